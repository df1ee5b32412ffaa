// Readers for the public Indonesian NER corpora. All share "one token per
// line, blank line between sentences"; they differ in columns and separator.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { NerError } from './errors';
import { mapCorpusTag, repairBio, type BioLabel } from './labels';

export interface TaggedSentence {
  tokens: string[];
  /** one label of BIO_LABELS per token */
  tags: BioLabel[];
}

/**
 * - `token-tag`: `token<TAB>tag` (IndoLEM NER UI / UGM `.tsv`, IndoNLU `*_preprocess.txt`)
 * - `token-pos-tag`: `token POS tag`, space separated, CRLF (idner-news-2k)
 */
export type CorpusFormat = 'token-tag' | 'token-pos-tag';

/** Guesses the format from the file name: idner-news-2k's files are the only 3-column ones. */
export function formatForFile(path: string): CorpusFormat {
  const name = basename(path);
  if (/\.tsv$/.test(name) || /_preprocess\.txt$/.test(name)) return 'token-tag';
  return 'token-pos-tag';
}

export function parseCorpus(text: string, file: string, format: CorpusFormat): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let tokens: string[] = [];
  let tags: BioLabel[] = [];
  const flush = (): void => {
    if (tokens.length > 0) sentences.push({ tokens, tags: repairBio(tags) as BioLabel[] });
    tokens = [];
    tags = [];
  };
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = format === 'token-tag' ? line.split('\t') : line.trim().split(/ +/);
    const want = format === 'token-tag' ? 2 : 3;
    if (cols.length !== want || cols.some((c) => c === '')) {
      throw new NerError(
        'NER_CORPUS_FORMAT',
        `expected ${want} ${format === 'token-tag' ? 'tab' : 'space'}-separated columns (${format}), got ${JSON.stringify(line)}`,
        { file, line: n + 1 },
      );
    }
    const rawTag = cols[want - 1];
    const tag = mapCorpusTag(rawTag);
    if (tag === undefined) {
      throw new NerError('NER_UNKNOWN_TAG', `unknown tag ${JSON.stringify(rawTag)}`, { file, line: n + 1 });
    }
    tokens.push(cols[0]);
    tags.push(tag);
  }
  flush();
  return sentences;
}

export function readCorpusFile(path: string, format: CorpusFormat = formatForFile(path)): TaggedSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new NerError('NER_CORPUS_MISSING', `cannot read corpus file (${(err as Error).message})`, { file: path });
  }
  return parseCorpus(text, path, format);
}
