// PLACEHOLDER (to be replaced by the ingest/tokenize work): a simple tokenizer
// with the final API. Tokens carry offsets into the original text.
import type { Token } from './types';

const TOKEN_RE = /\d+(?:[.,]\d+)*|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokenize text[start, end) keeping offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN_RE)) {
    const s = start + (m.index ?? 0);
    out.push({ text: m[0], start: s, end: s + m[0].length, lower: m[0].toLowerCase() });
  }
  return out;
}
