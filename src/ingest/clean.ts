// PLACEHOLDER (to be replaced by the ingest helper) with the final API.
import { createHash } from 'node:crypto';
import type { CleanedArticle, Span } from './types';

export interface CleanOptions {
  /** ISO date used to resolve dates without a year; defaults to today */
  referenceDate?: string;
}

export function cleanArticle(text: string, file: { id: string; source: string }, _opts: CleanOptions = {}): CleanedArticle {
  const kept: Span[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const start = pos;
    const end = pos + line.length;
    pos = end + 1;
    if (/^(ADVERTISEMENT|SCROLL TO CONTINUE WITH CONTENT|Advertisement|Baca [jJ]uga.*|\(\w+\/\w+\))\s*$/.test(line.trim())) continue;
    if (line.trim()) kept.push({ start, end });
  }
  return {
    meta: {
      id: file.id,
      source: file.source,
      title: null,
      outlet: null,
      publishedAt: null,
      language: 'id',
      contentHash: createHash('sha256').update(text).digest('hex'),
    },
    text,
    kept,
    removed: [],
  };
}
