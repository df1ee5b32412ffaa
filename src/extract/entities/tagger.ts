// The statistical NER tagger (src/extract/ner) as a source of candidates for
// names the tables do not know. Degrades to nothing when no model is shipped.
import { loadNerTagger, spans, type NerSpan, type NerTagger } from '../ner';
import { isBareClassifier } from './patterns';
import { loadTitles } from './titles';
import type { EntityType, Sentence } from '../types';
import type { Candidate } from './candidates';
import { PRIORITY } from './scan';
import { readGazetteerJson, stringList } from './resources';
import { hasLetter, isCapitalised, type Sub } from './subtokens';
import { commonWords, nameParticles, stopwordGivenNames } from './wordlists';

interface Cues {
  locationBefore: string[][];
  organizationBefore: string[][];
  productBefore: string[][];
  neverAlone: Set<string>;
  innerConnectors: Set<string>;
  placeClassifiers: string[][];
  companyWords: Set<string>;
  /** model names of widely exported weapon systems: a product, never a person or place, even with no cue */
  productNames: Set<string>;
}
let cues: Cues | undefined;
function nerCues(): Cues {
  if (!cues) {
    const raw = readGazetteerJson('ner-cues.json') as Record<string, unknown>;
    const split = (k: string): string[][] => stringList(raw[k], 'ner-cues.json', k).map((c) => c.toLowerCase().split(' '));
    cues = {
      locationBefore: split('locationBefore'),
      organizationBefore: split('organizationBefore'),
      productBefore: split('productBefore'),
      neverAlone: new Set(stringList(raw.neverAlone, 'ner-cues.json', 'neverAlone')),
      innerConnectors: new Set(stringList(raw.innerConnectors, 'ner-cues.json', 'innerConnectors')),
      placeClassifiers: split('placeClassifiers'),
      companyWords: new Set(stringList(raw.companyWords, 'ner-cues.json', 'companyWords')),
      productNames: new Set(stringList(raw.productNames, 'ner-cues.json', 'productNames')),
    };
  }
  return cues;
}

/** Do the words before token `a` end with one of the cue phrases, allowing
 * one lower-case modifier in between ("pangkalan militer Nevatim")? */
function cued(sent: Sentence, a: number, phrases: string[][], gap = 1): boolean {
  const endsAt = (e: number): boolean =>
    phrases.some((p) => p.length <= e && p.every((w, k) => sent.tokens[e - p.length + k].lower === w));
  if (endsAt(a)) return true;
  for (let g = 1; g <= gap && a - g > 0; g++) {
    if (!/^\p{Ll}+$/u.test(sent.tokens[a - g].text)) return false;
    if (endsAt(a - g)) return true;
  }
  return false;
}

let tagger: NerTagger | null | undefined;

/** The shipped tagger, or null when its weights are missing or unreadable. */
export function nerTagger(): NerTagger | null {
  if (tagger === undefined) {
    try {
      tagger = loadNerTagger();
    } catch {
      tagger = null;
    }
  }
  return tagger;
}

/** For tests: force a tagger, none (null), or the shipped one again (undefined). */
export function setNerTagger(t: NerTagger | null | undefined): void {
  tagger = t;
}

/** An ALL-CAPS headline tells the tagger nothing about names: skip it. */
function shouting(sent: Sentence): boolean {
  const words = sent.tokens.filter((x) => /\p{L}{2,}/u.test(x.text));
  const caps = words.filter((x) => x.text === x.text.toUpperCase());
  return words.length >= 3 && caps.length / words.length >= 0.6;
}

/**
 * Can the tagger give this sentence a name at all? Every kept span is made of
 * capitalised words, and a span of one sentence-initial stopword ("Namun")
 * is trimmed away: without any other capitalised word, tagging is wasted.
 */
function nameable(sent: Sentence, stop: Set<string>): boolean {
  const toks = sent.tokens;
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k].text;
    if (!isCapitalised(w)) continue;
    if (k > 0 || !stop.has(w) || /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(w)) return true;
  }
  return false;
}

const TYPE: Record<string, EntityType> = { PER: 'Person', ORG: 'Organization', LOC: 'Location' };
const MAX_LEN: Record<string, number> = { PER: 4, ORG: 6, LOC: 4 };

/**
 * NER spans trimmed of title and function words at their edges; kept only
 * when every remaining word is capitalised (generic nouns are not names).
 */
let acronymTitles: Set<string> | undefined;
/** One-word all-capital title forms (KSAU, KSAD, Menlu is not one): posts, not bodies. */
function titleAcronyms(): Set<string> {
  acronymTitles ??= new Set(loadTitles().flatMap((t) => t.forms.filter((f) => /^[\p{Lu}\d]{2,8}$/u.test(f))));
  return acronymTitles;
}

/** Capitalised words a product cue introduces anywhere in the document ("jet tempur Rafale"):
 * the same word alone elsewhere ("Rafale pertama tiba") is that model too. */
export function productNames(sentences: Sentence[]): Set<string> {
  const out = new Set<string>(nerCues().productNames);
  const cues = nerCues().productBefore;
  for (const sent of sentences) {
    for (let a = 1; a < sent.tokens.length; a++) {
      const w = sent.tokens[a].text;
      if (isCapitalised(w) && hasLetter(w) && cued(sent, a, cues, 0) && !cued(sent, a, nerCues().organizationBefore, 0)) out.add(w);
    }
  }
  return out;
}

/** "Pangkalan Udara" + "Roesmin Nurjadin": a span that is only a place or body classifier joins the name right after it. */
function joinClassifiers(list: NerSpan[], sent: Sentence): NerSpan[] {
  const out: NerSpan[] = [];
  for (let k = 0; k < list.length; k++) {
    const sp = list[k];
    const next = list[k + 1];
    const words = sent.tokens.slice(sp.start, sp.end).map((t) => t.text);
    if (next && next.start === sp.end && sp.type !== 'PER' && isBareClassifier(words)) {
      out.push({ ...sp, end: next.end });
      k++;
    } else out.push(sp);
  }
  return out;
}

export function nerCandidates(sentence: number, sent: Sentence, subs: Sub[], stop: Set<string>, products: ReadonlySet<string> = new Set()): Candidate[] {
  const t = nerTagger();
  if (!t || sent.tokens.length === 0 || !nameable(sent, stop) || shouting(sent)) return [];
  const tags = t.tag(sent.tokens.map((x) => x.text));
  const out: Candidate[] = [];
  for (const sp of joinClassifiers(spans(tags), sent)) {
    let a = sp.start;
    let b = sp.end;
    // person names lose title and function words at their edges; a body's or
    // place's own name keeps "Badan", "Nasional" and the like
    const bad = (k: number): boolean => {
      const w = sent.tokens[k].text;
      return (sp.type === 'PER' && stop.has(w)) || !isCapitalised(w) || !hasLetter(w);
    };
    while (a < b && bad(a)) a++;
    while (b > a && bad(b - 1)) b--;
    // "Oleh Syniehubov": the tagger reads a given name that is also a
    // function word as the function word
    const given = sp.type === 'PER' && a > 1 && a < b && stopwordGivenNames().has(sent.tokens[a - 1].text);
    if (given) a--;
    if (a === b || b - a > MAX_LEN[sp.type]) continue;
    let ok = true;
    const particles = nameParticles();
    const c = nerCues();
    for (let k = a; k < b; k++) {
      if (!bad(k) || (given && k === a)) continue;
      const w = sent.tokens[k].text;
      // inside, not at the edges: "bin" in a person, "for" in a body's name
      const inner = k > a && (sp.type === 'PER' ? particles.has(w) : c.innerConnectors.has(w));
      if (!inner) ok = false;
    }
    if (ok && c.neverAlone.has(sent.tokens.slice(a, b).map((t) => t.text).join(' '))) continue;
    if (!ok) continue;
    // a lone all-caps word is an acronym, never a person
    if (sp.type === 'PER' && b - a === 1 && /^[\p{Lu}\d]+$/u.test(sent.tokens[a].text)) continue;
    // one unknown word is a place or body only after a word of its kind
    // ("desa Robotyne") or, for bodies, when it is an acronym ("KPK");
    // "sistem pertahanan udara Patriot" is a weapon
    // "jet tempur Rafale", "kapal selam Scorpene": a model name, not a name
    // ("galangan kapal Fincantieri" is a body all the same)
    if (cued(sent, a, nerCues().productBefore) && !cued(sent, a, nerCues().organizationBefore, 0)) continue;
    if (b - a === 1 && products.has(sent.tokens[a].text)) continue;
    // "Kepala Staf Angkatan Udara (KSAU)": a title's acronym is no body
    if (b - a === 1 && titleAcronyms().has(sent.tokens[a].text)) continue;
    // "UNCLOS 1982": an acronym dated by a year is a treaty or law, not a body
    if (b < sent.tokens.length && /^(1[89]|20)\d\d$/.test(sent.tokens[b].text)) continue;
    const acronym = /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(sent.tokens[a].text);
    // a body's one-word name mid-sentence that is no common word ("Samsung")
    const brand =
      sp.type === 'ORG' &&
      a > 0 &&
      !/^\p{Lu}/u.test(sent.tokens[a - 1].text) && // not the tail of a longer name
      !commonWords().has(sent.tokens[a].lower) &&
      /^\p{Lu}\p{Ll}+$/u.test(sent.tokens[a].text);
    if (b - a === 1 && sp.type !== 'PER' && !(sp.type === 'ORG' && (acronym || brand))) {
      const cues1 = nerCues();
      if (!cued(sent, a, sp.type === 'LOC' ? cues1.locationBefore : cues1.organizationBefore)) continue;
    }
    // an acronym in parentheses after an unrecognised phrase is not a body
    if (a > 0 && sent.tokens[a - 1].text === '(' && sp.type !== 'PER') continue;
    // "provinsi Quang Ngai": after a place classifier a name is a place
    // "Hudson Technologies": a name ending in a company word is a body
    const company = sp.type === 'PER' && b - a >= 2 && c.companyWords.has(sent.tokens[b - 1].text);
    // "mengunjungi Tbilisi", "tiba di Gitega": a one-word brand-like body
    // right after a place word is a place
    const placeNotBrand =
      sp.type === 'ORG' && b - a === 1 && brand && cued(sent, a, c.locationBefore, 0) && !cued(sent, a, c.organizationBefore, 0);
    const type = company || placeNotBrand
      ? (company ? 'ORG' : 'LOC')
      : sp.type === 'PER' && cued(sent, a, nerCues().placeClassifiers, 0)
        ? 'LOC'
        : sp.type;
    const subStart = subs.findIndex((s) => s.tok === a);
    let subEnd = subStart;
    while (subEnd < subs.length && subs[subEnd].tok < b) subEnd++;
    out.push({
      sentence,
      subStart,
      subEnd,
      start: sent.tokens[a].start,
      end: sent.tokens[b - 1].end,
      entityId: '',
      type: TYPE[type],
      source: 'ner',
      priority: PRIORITY.ner,
    });
  }
  return out;
}
