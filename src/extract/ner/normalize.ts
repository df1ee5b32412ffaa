// Harmonising corpus conventions before training the shipped model (the
// benchmarks score each corpus as published, without these steps).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TaggedSentence } from './corpus';
import { NerError } from './errors';
import { repairBio, type BioLabel } from './labels';
import { packageRoot } from './paths';

const OPENERS = '([{“"';
const CLOSERS = ')]}”"';

/**
 * Splits brackets and quotes glued to a word ("(Jokowi)" → "(" "Jokowi" ")"),
 * as idner-news-2k writes them, into the separate tokens the project's
 * tokenizer produces. The punctuation is outside the entity.
 */
export function splitGluedBrackets(s: TaggedSentence): TaggedSentence {
  const tokens: string[] = [];
  const tags: BioLabel[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const tok = s.tokens[i];
    let a = 0;
    let b = tok.length;
    while (a < b - 1 && OPENERS.includes(tok[a])) a++;
    while (b > a + 1 && CLOSERS.includes(tok[b - 1])) b--;
    if (a === 0 && b === tok.length) {
      tokens.push(tok);
      tags.push(s.tags[i]);
      continue;
    }
    const tag = s.tags[i];
    for (const ch of tok.slice(0, a)) {
      tokens.push(ch);
      tags.push('O');
    }
    tokens.push(tok.slice(a, b));
    // "(Jokowi)" after "Joko Widodo" is a mention of its own
    tags.push(a > 0 && tag.startsWith('I-') ? (('B-' + tag.slice(2)) as BioLabel) : tag);
    for (const ch of tok.slice(b)) {
      tokens.push(ch);
      tags.push('O');
    }
  }
  return { tokens, tags: repairBio(tags) as BioLabel[] };
}

/**
 * Marks untagged country names as LOC. idner-news-2k leaves a country that
 * acts ("Israel menyatakan ...") untagged while NER UI, NER UGM and NERGrit
 * tag every country as a location; mixing both would teach the model that
 * country-like names in subject position are not names.
 * `names` are token sequences (e.g. ["Amerika", "Serikat"]); longest match wins.
 */
export function tagUntaggedCountries(s: TaggedSentence, names: readonly (readonly string[])[]): TaggedSentence {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const n of names) {
    if (n.length === 0) continue;
    const list = byFirst.get(n[0]) ?? [];
    list.push(n);
    byFirst.set(n[0], list);
  }
  for (const list of byFirst.values()) list.sort((x, y) => y.length - x.length);
  const tags = s.tags.slice();
  for (let i = 0; i < s.tokens.length; i++) {
    if (tags[i] !== 'O') continue;
    for (const name of byFirst.get(s.tokens[i]) ?? []) {
      const end = i + name.length;
      if (end > s.tokens.length) continue;
      let match = true;
      for (let k = 0; k < name.length; k++) if (s.tokens[i + k] !== name[k] || tags[i + k] !== 'O') match = false;
      // only a whole name: not the start of a longer entity ("Israel" in an I-continued run)
      if (!match || (end < tags.length && tags[end].startsWith('I-'))) continue;
      for (let k = 0; k < name.length; k++) tags[i + k] = k === 0 ? 'B-LOC' : 'I-LOC';
      i = end - 1;
      break;
    }
  }
  return { tokens: s.tokens, tags };
}

/**
 * Country names (as token sequences) from the project's country gazetteer
 * (resources/gazetteer/countries.json: `forms` and `caps` of each country).
 */
export function countryNames(gazetteer: unknown, file: string): string[][] {
  const list = (gazetteer as { countries?: unknown })?.countries;
  if (!Array.isArray(list)) throw new NerError('NER_CORPUS_FORMAT', 'field "countries" must be an array', { file });
  const out = new Set<string>();
  for (const c of list as Record<string, unknown>[]) {
    for (const key of ['forms', 'caps']) {
      const v = c[key];
      if (Array.isArray(v)) for (const name of v) if (typeof name === 'string' && name.trim()) out.add(name.trim());
    }
  }
  return [...out].sort().map((n) => n.split(/\s+/));
}

export const COUNTRY_GAZETTEER_PATH = join(packageRoot(), 'resources', 'gazetteer', 'countries.json');

/** The conventions the shipped model is trained on: split glued brackets, countries are LOC. */
export function harmoniseForShipping(data: readonly TaggedSentence[], gazetteerPath: string = COUNTRY_GAZETTEER_PATH): TaggedSentence[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(gazetteerPath, 'utf8'));
  } catch (err) {
    throw new NerError('NER_CORPUS_MISSING', `cannot read the country gazetteer (${(err as Error).message})`, { file: gazetteerPath });
  }
  const names = countryNames(raw, gazetteerPath);
  return data.map((s) => tagUntaggedCountries(splitGluedBrackets(s), names));
}
