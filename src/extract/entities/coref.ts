// In-document coreference for pronouns and plural anaphors:
//   Ia / Dia / beliau → the person talked about;
//   Mereka → a coordinated pair ("Rusia dan Korut") or the group just named;
//   kedua negara → the two countries last named; keduanya / kedua pihak → the pair;
//   pihaknya → the party just named.
// These mentions are kept in EntityResult.mentions with `anaphor: true` for
// the fact stage; they are NOT listed in the output entities' mentions.
import type { EntityMention, EntityType, Sentence } from '../types';
import type { Sub } from './subtokens';
import { loadResource } from '../../resources';

const PERSON_PRONOUNS = new Set(['ia', 'dia', 'beliau']);
const GROUP_PRONOUNS = new Set(['mereka']);
const PAIR_WORDS = new Set(['keduanya']);
const PARTY_WORDS = new Set(['pihaknya']);
const COORD = new Set(['dan', 'serta', ',', 'bersama']);
const CONJ = new Set(['dan', 'serta', 'bersama']);
const WINDOW = 3;

type Named = EntityMention;

export interface Anaphor {
  sentence: number;
  subStart: number;
  subEnd: number;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  kind: 'person' | 'group' | 'pair' | 'countries' | 'party' | 'people' | 'country' | 'island' | 'body';
}

interface AnaphorWords {
  demonstratives: Set<string>;
  countryNouns: Set<string>;
  islandNouns: Set<string>;
  bodyNouns: Set<string>;
  pairOfPeopleNouns: string[][];
  waterWords: Set<string>;
}

let anaphorWords: AnaphorWords | undefined;
/** resources/lexicon/anaphors.json: definite noun phrases that refer back. */
function words(): AnaphorWords {
  if (!anaphorWords) {
    const raw = loadResource<Record<string, unknown>>('lexicon/anaphors.json');
    const list = (k: string): string[] => {
      const v = raw[k];
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
        throw new Error(`COREF_LEXICON_INVALID: resources/lexicon/anaphors.json: ${k} must be an array of strings`);
      }
      return (v as string[]).map((x) => x.toLowerCase());
    };
    anaphorWords = {
      demonstratives: new Set(list('demonstratives')),
      countryNouns: new Set(list('countryNouns')),
      islandNouns: new Set(list('islandNouns')),
      bodyNouns: new Set(list('bodyNouns')),
      pairOfPeopleNouns: list('pairOfPeopleNouns').map((p) => p.split(/\s+/)).sort((a, b) => b.length - a.length),
      waterWords: new Set(list('waterWords')),
    };
  }
  return anaphorWords;
}

/** Find anaphors in one sentence's sub-tokens. */
export function findAnaphors(sentence: number, subs: Sub[]): Anaphor[] {
  const out: Anaphor[] = [];
  for (let i = 0; i < subs.length; i++) {
    const k = subs[i].key;
    const whole = (i === 0 || subs[i - 1].tok !== subs[i].tok) && (i + 1 === subs.length || subs[i + 1].tok !== subs[i].tok);
    if (!whole) continue;
    const at = (n: number, kind: Anaphor['kind']): Anaphor => ({
      sentence,
      subStart: i,
      subEnd: i + n,
      tokenStart: subs[i].tok,
      tokenEnd: subs[i + n - 1].tok + 1,
      start: subs[i].start,
      end: subs[i + n - 1].end,
      kind,
    });
    if (PERSON_PRONOUNS.has(k)) out.push(at(1, 'person'));
    else if (GROUP_PRONOUNS.has(k)) out.push(at(1, 'group'));
    else if (PAIR_WORDS.has(k)) out.push(at(1, 'pair'));
    else if (PARTY_WORDS.has(k)) out.push(at(1, 'party'));
    else if (k === 'kedua' && i + 1 < subs.length) {
      const n = subs[i + 1].key;
      if (n === 'negara') out.push(at(2, 'countries'));
      else if (n === 'pihak') out.push(at(2, 'pair'));
      else if (n === 'belah' && subs[i + 2]?.key === 'pihak') out.push(at(3, 'pair'));
      else {
        // "kedua menteri", "kedua kepala negara": the two people just named
        const w = words();
        const len = w.pairOfPeopleNouns.find((p) => p.every((x, d) => subs[i + 1 + d]?.key === x))?.length ?? 0;
        if (len) out.push(at(1 + len, 'people'));
      }
    } else if (i + 1 < subs.length && words().demonstratives.has(subs[i + 1].key) && (i === 0 || subs[i - 1].key !== 'kedua')) {
      // "negara itu", "pulau tersebut", "blok itu": the country, island or body last named
      const w = words();
      const kind = w.countryNouns.has(k) ? 'country' : w.islandNouns.has(k) ? 'island' : w.bodyNouns.has(k) ? 'body' : null;
      if (kind) out.push(at(2, kind));
    }
  }
  return out;
}

/** Mentions before (sentence, start), nearest sentence first, within the window. */
function before(named: Named[], sentence: number, start: number): Named[][] {
  const groups: Named[][] = [];
  for (let s = sentence; s >= Math.max(0, sentence - WINDOW); s--) {
    groups.push(named.filter((m) => m.sentence === s && (s < sentence || m.end <= start)));
  }
  return groups;
}

/** A coordinated pair "X dan Y" among a sentence's mentions, if any. */
function coordinatedPair(ms: Named[], sent: Sentence, types: EntityType[]): [Named, Named] | undefined {
  const ok = ms.filter((m) => types.includes(m.type)).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < ok.length; i++) {
    const a = ok[i];
    const b = ok[i + 1];
    if (a.entityId === b.entityId) continue;
    const between = sent.tokens.filter((t) => t.start >= a.end && t.end <= b.start).map((t) => t.lower);
    if (between.length <= 2 && between.some((w) => CONJ.has(w)) && between.every((w) => COORD.has(w))) return [a, b];
  }
  return undefined;
}

/** Resolve anaphors of a document to their antecedents (named mentions). */
export function resolveAnaphors(anaphors: Anaphor[], named: Named[], sentences: Sentence[], text: string): EntityMention[] {
  const out: EntityMention[] = [];
  const emit = (a: Anaphor, m: Named): void => {
    out.push({
      sentence: a.sentence,
      tokenStart: a.tokenStart,
      tokenEnd: a.tokenEnd,
      start: a.start,
      end: a.end,
      text: text.slice(a.start, a.end),
      entityId: m.entityId,
      type: m.type,
      source: 'coref',
      anaphor: true,
    });
  };
  for (const a of anaphors) {
    const groups = before(named, a.sentence, a.start);
    if (a.kind === 'person') {
      for (const [gi, g] of groups.entries()) {
        const persons = g.filter((m) => m.type === 'Person');
        if (!persons.length) continue;
        // same sentence: the nearest person; earlier sentence: its first (the subject)
        emit(a, gi === 0 ? persons[persons.length - 1] : persons[0]);
        break;
      }
    } else if (a.kind === 'group') {
      // "Mereka": a coordinated pair, else the body or country just named
      for (const g of groups) {
        const s = g[0]?.sentence;
        if (s === undefined) continue;
        const pair = coordinatedPair(g, sentences[s], ['Country', 'Organization', 'Person']);
        if (pair) {
          pair.forEach((m) => emit(a, m));
          break;
        }
        const first = g.find((m) => m.type === 'Country' || m.type === 'Organization');
        if (first) {
          emit(a, first);
          break;
        }
      }
    } else if (a.kind === 'party') {
      // "pihaknya": the party just named (same sentence: nearest; before: the subject)
      for (const [gi, g] of groups.entries()) {
        const parties = g.filter((m) => m.type !== 'Location');
        if (!parties.length) continue;
        emit(a, gi === 0 ? parties[parties.length - 1] : parties[0]);
        break;
      }
    } else if (a.kind === 'people') {
      for (const g of groups) {
        const people = twoDistinct(g, (m) => m.type === 'Person');
        if (people) {
          people.forEach((m) => emit(a, m));
          break;
        }
      }
    } else if (a.kind === 'country' || a.kind === 'island' || a.kind === 'body') {
      const m = definiteAntecedent(a, groups, sentences);
      if (m) emit(a, m);
    } else {
      const pair = resolvePair(a.kind === 'countries', groups, sentences);
      pair?.forEach((m) => emit(a, m));
    }
  }
  return out;
}

/** Is the mention a water body or a place name after a place preposition ("di Munich, Jerman")? */
function placeUse(m: Named, sent: Sentence): boolean {
  const k = sent.tokens.findIndex((t) => t.start >= m.start);
  const prev = sent.tokens[k - 1]?.lower ?? '';
  if (PLACE_PREPS.has(prev)) return true;
  // "Munich, Jerman": a country in apposition to a place
  return prev === ',' && PLACE_PREPS.has(sent.tokens[k - 3]?.lower ?? '');
}
const PLACE_PREPS = new Set(['di', 'ke', 'dari', 'menuju']);

/**
 * "negara itu", "pulau tersebut", "blok itu": opening its sentence, the first fitting
 * entity of the sentence before (its subject); inside a sentence, the nearest fitting
 * entity before it other than the sentence's own first (its subject: "Seoul tidak
 * mengirim senjata ke Ukraina, tetapi membantu negara itu" is Ukraine).
 */
function definiteAntecedent(a: Anaphor, groups: Named[][], sentences: Sentence[]): Named | undefined {
  const w = words();
  const fits = (m: Named): boolean => {
    if (a.kind === 'body') return m.type === 'Organization';
    if (a.kind === 'country') return m.type === 'Country';
    // an island: a state or a place that is no sea or strait
    return (m.type === 'Country' || m.type === 'Location') && !w.waterWords.has(m.text.split(/\s+/)[0].toLowerCase());
  };
  const own = groups[0] ?? [];
  const initial = own.every((m) => m.end > a.start) && a.tokenStart <= 1;
  if (initial) {
    for (const g of groups.slice(1)) {
      const first = g.find(fits);
      if (first) return first;
    }
    return undefined;
  }
  const subject = own.find(fits);
  for (const [gi, g] of groups.entries()) {
    const sent = g[0] ? sentences[g[0].sentence] : undefined;
    for (let k = g.length - 1; k >= 0; k--) {
      const m = g[k];
      if (!fits(m) || (subject && m.entityId === subject.entityId)) continue;
      if (a.kind !== 'island' && sent && placeUse(m, sent) && gi > 0) continue;
      return m;
    }
  }
  return undefined;
}

/** The two nearest distinct entities among `ms` that pass `accept`, in text order. */
function twoDistinct(ms: Named[], accept: (m: Named) => boolean): Named[] | undefined {
  const seen: Named[] = [];
  for (const m of [...ms].reverse()) {
    if (accept(m) && !seen.some((x) => x.entityId === m.entityId)) seen.push(m);
    if (seen.length === 2) return seen.reverse();
  }
  return undefined;
}

/** A person's country stands in for it in "kedua negara" ("Presiden Prabowo … Xi"). */
function asCountry(m: Named): Named | undefined {
  if (m.type === 'Country') return m;
  if (m.type === 'Person' && m.roleOf?.startsWith('country:')) return { ...m, entityId: m.roleOf, type: 'Country' };
  return undefined;
}

/**
 * "kedua negara" → two countries; "keduanya" / "kedua pihak" → a coordinated
 * pair, else two people, else two countries — in the nearest sentence first.
 */
function resolvePair(countries: boolean, groups: Named[][], sentences: Sentence[]): Named[] | undefined {
  for (const g of groups) {
    const s = g[0]?.sentence;
    if (s === undefined) continue;
    const types: EntityType[] = countries ? ['Country'] : ['Country', 'Organization', 'Person'];
    const pair = coordinatedPair(g, sentences[s], types);
    if (pair) return pair;
    if (!countries) {
      const people = twoDistinct(g, (m) => m.type === 'Person');
      if (people) return people;
    }
    // "bertemu … di Munich, Jerman": the venue is not one of the two
    const states = twoDistinct(
      g.filter((m) => !placeUse(m, sentences[s])).map(asCountry).filter((m): m is Named => m !== undefined),
      () => true,
    );
    if (states) return states;
  }
  return undefined;
}
