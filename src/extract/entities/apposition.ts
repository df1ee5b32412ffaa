// Bodies named by an apposition the tagger may miss: "Insitu, anak perusahaan
// Boeing", "Baykar, produsen drone Turki" (ner-cues.json organizationAfter).
import type { Candidate } from './candidates';
import { readGazetteerJson, stringList } from './resources';
import { PRIORITY } from './scan';
import { hasLetter, isCapitalised, type Sub } from './subtokens';

const MAX_NAME_TOKENS = 3;

let after: string[][] | undefined;
function organizationAfter(): string[][] {
  after ??= stringList(
    (readGazetteerJson('ner-cues.json') as { organizationAfter?: unknown }).organizationAfter,
    'ner-cues.json',
    'organizationAfter',
  ).map((c) => c.toLowerCase().split(' '));
  return after;
}

/** Does an apposition noun phrase start at sub-token i? */
const appositionAt = (subs: Sub[], i: number): boolean =>
  organizationAfter().some((p) => p.every((w, k) => subs[i + k]?.key === w));

/**
 * "<Name>, <company noun> …": the capitalised run (up to three words, not a
 * stopword, not opening the sentence) right before the comma is a body.
 */
export function appositionBodies(sentence: number, subs: Sub[], stop: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  for (let c = 1; c < subs.length - 1; c++) {
    if (subs[c].text !== ',' || !appositionAt(subs, c + 1)) continue;
    let i = c;
    const toks = new Set<number>();
    while (i > 0) {
      const s = subs[i - 1];
      if (!toks.has(s.tok)) {
        if (!isCapitalised(s.text) || !hasLetter(s.text) || stop.has(s.text) || toks.size === MAX_NAME_TOKENS) break;
        toks.add(s.tok);
      }
      i--;
    }
    // the first word of a sentence is capitalised anyway: it needs company
    if (i === c || (i === 0 && c - i === 1)) continue;
    out.push({
      sentence,
      subStart: i,
      subEnd: c,
      start: subs[i].start,
      end: subs[c - 1].end,
      entityId: '',
      type: 'Organization',
      source: 'ner',
      // the apposition says more than the tagger's type for the same words
      priority: PRIORITY.acronym,
    });
  }
  return out;
}
