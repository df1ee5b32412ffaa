// Public API of the statistical NER tagger (the seam the entity stage uses).
//
//   const tagger = loadNerTagger();                 // shipped weights, cached
//   const tags = tagger.tag(['Presiden', 'Joko', 'Widodo']); // ['O', 'B-PER', 'I-PER']
//   spans(tags);                                    // [{ start: 1, end: 3, type: 'PER' }]
//
// Tokens are the project tokenizer's (no whitespace inside a token). The
// model is an averaged structured perceptron; `npm run train:ner` rebuilds
// it, `npm run bench:ner` measures it (see NOTICE for the corpora).
import { resolve } from 'node:path';
import { loadModel } from './model-io';
import { defaultModelPath } from './paths';

export { spans, type NerSpan } from './spans';
export type { NerType } from './labels';
export { defaultModelPath } from './paths';

export interface NerTagger {
  /** one BIO tag per token, e.g. `B-PER`, `I-ORG`, `O` */
  tag(tokens: string[]): string[];
}

const cache = new Map<string, NerTagger>();

/** Loads the tagger once per path (default: the shipped weights) and caches it. */
export function loadNerTagger(path?: string): NerTagger {
  const full = resolve(path ?? defaultModelPath());
  let tagger = cache.get(full);
  if (!tagger) {
    const model = loadModel(full);
    tagger = { tag: (tokens: string[]) => model.tag(tokens) };
    cache.set(full, tagger);
  }
  return tagger;
}
