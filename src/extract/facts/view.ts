// One sentence as the fact stage sees it: tokens with their morphology, the
// entity mentions laid over the tokens as "slots", and word-class tests built
// from the function-word lexicon.
import { analyzeWord, type MorphAnalysis } from '../morphology';
import type { EntityMention, EntityType, Sentence } from '../types';
import { tokenKey } from '../entities/normalize';
import type { Lexicon } from './lexicon';

/** Mentions covering the same token range. A plural coreference ("kedua
 * negara") arrives as several mentions on one range: one slot, many entities. */
export interface Slot {
  tokenStart: number;
  tokenEnd: number;
  entityIds: string[];
  types: EntityType[];
  coref: boolean;
}

export interface SentenceView {
  sentence: Sentence;
  lower: string[];
  /** title-matching keys of the tokens (entities/normalize tokenKey), computed once per sentence */
  keys: string[];
  morph: MorphAnalysis[];
  slots: Slot[];
  /** token index → slot covering it */
  slotAt: Array<Slot | undefined>;
  /** token index → nesting depth of ( ) */
  parenDepth: number[];
  /** a title-cased line without final punctuation (headlines drop verb prefixes) */
  headline: boolean;
  lex: Lexicon;
}

// analyses are per lexicon: a cache keyed by word alone would mix lexicons (tests load their own)
const morphCaches = new WeakMap<Lexicon, Map<string, MorphAnalysis>>();
function morphOf(key: string, lex: Lexicon): MorphAnalysis {
  let morphCache = morphCaches.get(lex);
  if (!morphCache) {
    morphCache = new Map();
    morphCaches.set(lex, morphCache);
  }
  let a = morphCache.get(key);
  if (!a) {
    a = analyzeWord(key, lex.roots);
    if (morphCache.size > 200_000) morphCache.clear();
    morphCache.set(key, a);
  }
  return a;
}

export function buildView(sentence: Sentence, mentions: EntityMention[], lex: Lexicon): SentenceView {
  const lower = sentence.tokens.map((t) => t.lower);
  const keys = sentence.tokens.map((t) => tokenKey(t.text));
  const morph = sentence.tokens.map((t) => morphOf(t.lower, lex));
  // Merge mentions on the same range; among overlapping ranges keep the longest.
  const byRange = new Map<string, Slot>();
  for (const m of mentions) {
    if (m.tokenEnd <= m.tokenStart) continue;
    const key = `${m.tokenStart}:${m.tokenEnd}`;
    let s = byRange.get(key);
    if (!s) {
      s = { tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, entityIds: [], types: [], coref: m.source === 'coref' };
      byRange.set(key, s);
    }
    if (!s.entityIds.includes(m.entityId)) {
      s.entityIds.push(m.entityId);
      s.types.push(m.type);
    }
  }
  const sorted = [...byRange.values()].sort(
    (a, b) => b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || a.tokenStart - b.tokenStart,
  );
  const slotAt: Array<Slot | undefined> = new Array(lower.length).fill(undefined);
  const slots: Slot[] = [];
  for (const s of sorted) {
    let free = true;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (slotAt[i]) free = false;
    if (!free) continue;
    for (let i = s.tokenStart; i < s.tokenEnd && i < lower.length; i++) slotAt[i] = s;
    slots.push(s);
  }
  slots.sort((a, b) => a.tokenStart - b.tokenStart);
  const parenDepth: number[] = [];
  let depth = 0;
  for (const w of lower) {
    if (w === '(' || w === '[') depth++;
    parenDepth.push(depth);
    if ((w === ')' || w === ']') && depth > 0) depth--;
  }
  const words = sentence.tokens.filter((t) => /^\p{L}/u.test(t.text));
  const capitalised = words.filter((t) => t.text[0] !== t.text[0].toLowerCase()).length;
  // title case anywhere, or the article's first line without final punctuation (sentence-case titles)
  const unpunctuated = !/[.!?"”]$/.test(sentence.text.trim());
  const headline = words.length >= 3 && unpunctuated && (capitalised / words.length >= 0.6 || sentence.index === 0);
  return { sentence, lower, keys, morph, slots, slotAt, parenDepth, headline, lex };
}

/** Does the lower-case phrase match at token i? */
export function matchAt(v: SentenceView, i: number, phrase: string[]): boolean {
  if (i < 0 || i + phrase.length > v.lower.length) return false;
  for (let k = 0; k < phrase.length; k++) if (v.lower[i + k] !== phrase[k]) return false;
  return true;
}

/** Phrase lists indexed by their first word (lexicon lists are built once, so keyed by identity). */
const phraseIndex = new WeakMap<string[][], Map<string, string[][]>>();
function indexOf(phrases: string[][]): Map<string, string[][]> {
  let idx = phraseIndex.get(phrases);
  if (!idx) {
    idx = new Map();
    for (const p of phrases) {
      if (p.length === 0) continue;
      const list = idx.get(p[0]) ?? [];
      list.push(p);
      idx.set(p[0], list);
    }
    phraseIndex.set(phrases, idx);
  }
  return idx;
}

/** Length of the first phrase of the list (in list order) matching at i (0 if none). */
export function matchAny(v: SentenceView, i: number, phrases: string[][]): number {
  const list = indexOf(phrases).get(v.lower[i] ?? '');
  if (!list) return 0;
  for (const p of list) if (matchAt(v, i, p)) return p.length;
  return 0;
}

/** Length of a noun of the class at i, also with the possessive -nya (pasukannya). */
export function classAt(v: SentenceView, i: number, cls: string): number {
  const list = v.lex.nounClasses.get(cls);
  if (!list || v.slotAt[i]) return 0;
  const n = matchAny(v, i, list);
  if (n) return n;
  const w = v.lower[i] ?? '';
  if (w.endsWith('nya')) {
    const bare = w.slice(0, -3);
    if (list.some((p) => p.length === 1 && p[0] === bare)) return 1;
  }
  return 0;
}

export function isWord(v: SentenceView, i: number): boolean {
  return /^[\p{L}\p{N}]/u.test(v.lower[i] ?? '');
}

export function isPrep(v: SentenceView, i: number): boolean {
  return v.lex.prepositions.has(v.lower[i] ?? '');
}

export function isBoundary(v: SentenceView, i: number): boolean {
  const w = v.lower[i] ?? '';
  return v.lex.clauseBoundaries.has(w) || w === '.' || w === ';' || w === ':' || w === '!' || w === '?';
}

export function isQuote(v: SentenceView, i: number): boolean {
  return /^["“”'‘’]$/.test(v.lower[i] ?? '');
}

/** A verb by its morphology (meN-, di-, ber-), not one of the listed non-verbs. */
export function isVerb(v: SentenceView, i: number): boolean {
  const w = v.lower[i] ?? '';
  if (v.lex.nonVerbs.has(w) || v.slotAt[i]) return false;
  // a capitalised word inside a sentence is a name or title (Menteri, Dinas), not a verb —
  // except in a title-cased headline
  const text = v.sentence.tokens[i]?.text ?? '';
  const capitalised = text[0] !== undefined && text[0] !== text[0].toLowerCase();
  if (i > 0 && !isQuote(v, i - 1) && capitalised && !v.headline) return false;
  const voice = v.morph[i]?.voice;
  const outer = v.morph[i]?.prefixes[0];
  return voice === 'active' || outer === 'di' || voice === 'intransitive';
}

const ATTRIBUTION_WORD = (v: SentenceView, w: string) =>
  v.lex.attribution.postposed.has(w) || w === 'menurut' || w === 'dikutip' || w === 'dilansir' || w === 'mengutip' || w === 'melansir';

/** A word that may sit inside a noun phrase before its entity: a noun,
 * adjective, number or title word — not a function word, verb or punctuation. */
export function isFiller(v: SentenceView, i: number): boolean {
  const w = v.lower[i] ?? '';
  if (!w || v.slotAt[i] || !isWord(v, i)) return false;
  if (isPrep(v, i) || isBoundary(v, i) || v.lex.coordinators.has(w) || w === 'atau') return false;
  if (v.lex.copulas.has(w) || ATTRIBUTION_WORD(v, w)) return false;
  const m = v.lex.modality;
  if (m.planned.has(w) || m.possible.has(w) || m.negated.has(w) || m.denied.has(w)) return false;
  if (w === 'telah' || w === 'sudah' || w === 'sedang' || w === 'juga' || w === 'masih' || w === 'pun') return false;
  return !isVerb(v, i);
}

export function isAttributionWord(v: SentenceView, i: number): boolean {
  return ATTRIBUTION_WORD(v, v.lower[i] ?? '');
}
