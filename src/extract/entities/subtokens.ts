// Matching works on sub-tokens: tokens split at internal hyphens, so that
// "Kim Jong-un" meets the form "Kim Jong Un" and "Rusia-Ukraina" holds two
// country names. Each sub-token keeps its offsets and its parent token.
import type { Token } from '../types';
import { tokenKey } from './normalize';

export interface Sub {
  text: string;
  key: string;
  start: number;
  end: number;
  /** index of the parent token in the sentence */
  tok: number;
}

const HYPHEN = /[-‐‑–]/;

export function subTokens(tokens: Token[]): Sub[] {
  const out: Sub[] = [];
  tokens.forEach((t, tok) => {
    if (!HYPHEN.test(t.text) || t.text.length === 1) {
      out.push({ text: t.text, key: plainAscii(t.lower) ? t.lower : tokenKey(t.text), start: t.start, end: t.end, tok });
      return;
    }
    let offset = 0;
    for (const part of t.text.split(HYPHEN)) {
      if (part.length > 0) {
        const start = t.start + offset;
        out.push({ text: part, key: tokenKey(part), start, end: start + part.length, tok });
      }
      offset += part.length + 1;
    }
  });
  return out;
}

/** ASCII without a backtick: its tokenKey is its lower case, already on the
 * token (saves a cache lookup per token, the commonest case by far). */
function plainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || c === 96) return false;
  }
  return true;
}

export const isCapitalised = (s: string): boolean => /^\p{Lu}/u.test(s);
export const isAllCaps = (s: string): boolean => /^[\p{Lu}\d]+$/u.test(s) && /\p{Lu}/u.test(s);
export const hasLetter = (s: string): boolean => /\p{L}/u.test(s);
