// Where each corpus lives inside a datasets folder laid out like
// ../shared/datasets/ner (see that folder's README for sources and licences).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NerError } from './errors';
import { readCorpusFile, type TaggedSentence } from './corpus';

export interface Split {
  train: TaggedSentence[];
  dev: TaggedSentence[];
  test: TaggedSentence[];
}

export const FOLDS = [1, 2, 3, 4, 5] as const;

function read(dir: string, ...parts: string[]): TaggedSentence[] {
  const path = join(dir, ...parts);
  if (!existsSync(path)) throw new NerError('NER_CORPUS_MISSING', 'corpus file not found', { file: path });
  return readCorpusFile(path);
}

/** One fold of an IndoLEM corpus (`nerui`, `nerugm`): train/dev/test.0N.tsv */
export function readIndolemFold(dataDir: string, corpus: 'nerui' | 'nerugm', fold: number): Split {
  const n = String(fold).padStart(2, '0');
  return {
    train: read(dataDir, corpus, `train.${n}.tsv`),
    dev: read(dataDir, corpus, `dev.${n}.tsv`),
    test: read(dataDir, corpus, `test.${n}.tsv`),
  };
}

/**
 * Every sentence of an IndoLEM corpus once: the five test folds partition
 * it (cross-validation corpora have no held-out split of their own).
 */
export function readIndolemAll(dataDir: string, corpus: 'nerui' | 'nerugm'): TaggedSentence[] {
  return FOLDS.flatMap((f) => read(dataDir, corpus, `test.${String(f).padStart(2, '0')}.tsv`));
}

export function readIdnerNews(dataDir: string): Split {
  return {
    train: read(dataDir, 'idner-news-2k', 'train.txt'),
    dev: read(dataDir, 'idner-news-2k', 'dev.txt'),
    test: read(dataDir, 'idner-news-2k', 'test.txt'),
  };
}

/** IndoNLU layout (`nergrit`, `nerp`): train/valid/test_preprocess.txt */
export function readIndonlu(dataDir: string, corpus: 'nergrit' | 'nerp'): Split {
  return {
    train: read(dataDir, corpus, 'train_preprocess.txt'),
    dev: read(dataDir, corpus, 'valid_preprocess.txt'),
    test: read(dataDir, corpus, 'test_preprocess.txt'),
  };
}
