// A synthetic benchmark corpus built from text we have: the seed articles'
// sentences plus, when ../shared/datasets is beside the project, sentences of
// the public NER corpora. Articles are shuffled recombinations with a fixed
// seed, so every run measures the same text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../util/random';


function seedSentences(seedDir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(seedDir).filter((n) => n.endsWith('.txt')).sort()) {
    for (const line of readFileSync(join(seedDir, name), 'utf8').split('\n')) {
      if (line.split(' ').length >= 6) out.push(line.trim());
    }
  }
  return out;
}

/** Sentences of a CoNLL-style file (token first column), joined by spaces. */
function conllSentences(file: string): string[] {
  const out: string[] = [];
  let tokens: string[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const tok = line.split(/[\t ]/)[0];
    if (!line.trim()) {
      if (tokens.length >= 6) out.push(tokens.join(' ').replace(/ ([.,:;!?)])/g, '$1').replace(/\( /g, '('));
      tokens = [];
    } else tokens.push(tok);
  }
  return out;
}

export interface BenchCorpus {
  articles: { id: string; text: string }[];
  words: number;
  sources: string[];
}

export function buildCorpus(opts: { articles: number; root: string; seed?: number }): BenchCorpus {
  const sources = ['seeds/'];
  const pool = seedSentences(join(opts.root, 'seeds'));
  const datasets = join(opts.root, '..', 'shared', 'datasets', 'ner');
  for (const rel of ['idner-news-2k/train.txt', 'nerugm/train.01.tsv', 'nerui/train.01.tsv']) {
    const file = join(datasets, rel);
    if (existsSync(file)) {
      pool.push(...conllSentences(file));
      sources.push(`../shared/datasets/ner/${rel}`);
    }
  }
  const rand = seededRandom(opts.seed ?? 20241019);
  const articles: BenchCorpus['articles'] = [];
  let words = 0;
  for (let i = 0; i < opts.articles; i++) {
    // 12–24 sentences per article, like the seeds (≈ 300–600 words)
    const n = 12 + Math.floor(rand() * 13);
    const lines: string[] = [];
    for (let j = 0; j < n; j++) lines.push(pool[Math.floor(rand() * pool.length)]);
    const text = lines.join('\n') + '\n';
    words += text.split(/\s+/).filter(Boolean).length;
    articles.push({ id: `bench_${String(i).padStart(5, '0')}`, text });
  }
  return { articles, words, sources };
}
