// Build a DocumentContext from raw text the way the pipeline does.
import { recognizeEntities } from '../../../src/extract/entities';
import { splitSentences } from '../../../src/extract/sentences';
import type { DocumentContext, EntityResult, ExtractedEntity } from '../../../src/extract/types';

export function docOf(text: string): DocumentContext {
  return {
    text,
    meta: {
      id: 'test',
      source: 'test.txt',
      title: null,
      outlet: null,
      publishedAt: null,
      language: 'id',
      contentHash: '',
    },
    sentences: splitSentences(text, [{ start: 0, end: text.length }]),
  };
}

export function recognize(text: string): EntityResult {
  return recognizeEntities(docOf(text));
}

export function entity(r: EntityResult, name: string): ExtractedEntity | undefined {
  return r.entities.find((e) => e.name === name);
}

export function names(r: EntityResult): string[] {
  return r.entities.map((e) => `${e.type}:${e.name}`).sort();
}
