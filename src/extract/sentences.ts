// PLACEHOLDER (to be replaced by the ingest/tokenize work): sentence splitting
// over the kept spans of a cleaned article, with the final API.
import type { Span } from '../ingest/types';
import type { Sentence } from './types';
import { tokenize } from './tokenize';

export function splitSentences(text: string, kept: Span[]): Sentence[] {
  const out: Sentence[] = [];
  for (const span of kept) {
    const re = /[^.!?\n]+(?:[.!?]+["”]?|\n|$)/g;
    const part = text.slice(span.start, span.end);
    for (const m of part.matchAll(re)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const start = span.start + (m.index ?? 0) + lead;
      const end = start + trimmed.length;
      out.push({ index: out.length, start, end, text: text.slice(start, end), tokens: tokenize(text, start, end) });
    }
  }
  return out;
}
