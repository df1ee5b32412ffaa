// Place words before a capital mean the place itself (metonymy.json).
import type { Candidate, EntityRegistry } from './candidates';
import { formKey, type Gazetteer } from './gazetteer';
import { readGazetteerJson, stringList } from './resources';
import type { Sub } from './subtokens';

export interface MetonymyWords {
  /** a capital right after one of these is the place */
  placeBefore: Set<string>;
  /** …except "dari" right after one of these nouns: the government acting */
  actorBeforeDari: Set<string>;
  /** "tiba dari": a verb of motion before "dari" makes the place */
  motionBeforeDari: Set<string>;
  /** a country after a currency word ("dolar AS") is no mention */
  currencyBefore: Set<string>;
  /** a place after a street word ("Jalan Medan Merdeka") is no mention */
  streetBefore: Set<string>;
}

let words: MetonymyWords | undefined;
export function metonymyWords(): MetonymyWords {
  if (!words) {
    const raw = readGazetteerJson('metonymy.json') as Record<string, unknown>;
    words = {
      placeBefore: new Set(stringList(raw.placeBefore, 'metonymy.json', 'placeBefore')),
      actorBeforeDari: new Set(stringList(raw.actorBeforeDari, 'metonymy.json', 'actorBeforeDari')),
      motionBeforeDari: new Set(stringList(raw.motionBeforeDari, 'metonymy.json', 'motionBeforeDari')),
      currencyBefore: new Set(stringList(raw.currencyBefore, 'metonymy.json', 'currencyBefore')),
      streetBefore: new Set(stringList(raw.streetBefore, 'metonymy.json', 'streetBefore')),
    };
  }
  return words;
}

/** Is a capital after these words (lower-cased, nearest first) used as a place?
 * "dari" looks back within its clause for a noun of statement or action:
 * "konfirmasi resmi dari", "tekanan militer yang terus meningkat dari". */
export function isPlaceUse(before: string[], w: MetonymyWords): boolean {
  if (!w.placeBefore.has(before[0] ?? '')) return false;
  if (before[0] !== 'dari' || w.motionBeforeDari.has(before[1] ?? '')) return true;
  for (const x of before.slice(1, 6)) {
    if (!/\p{L}/u.test(x)) break; // a comma or quote ends the clause
    if (w.actorBeforeDari.has(x)) return false;
  }
  return true;
}

/**
 * A capital or seat of government ("Pyongyang", "Kremlin") is its country
 * when it acts, and the place after a place word ("tiba di Pyongyang").
 */
export function applyMetonymy(
  accepted: Candidate[],
  subs: Sub[],
  gaz: Gazetteer,
  reg: EntityRegistry,
  words: MetonymyWords,
): void {
  for (const c of accepted) {
    const seat = gaz.entities.get(c.entityId)?.seat;
    if (!seat) continue;
    // "DKI Jakarta" is the province, whatever it does
    if (gaz.placeOnly.has(formKey(subs.slice(c.subStart, c.subEnd).map((s) => s.key)))) continue;
    const before = subs.slice(Math.max(0, c.subStart - 6), c.subStart).map((s) => s.key).reverse();
    if (isPlaceUse(before, words)) continue;
    // a dateline: "Abu Dhabi - Rusia dan Ukraina …"
    if (c.subStart === 0 && /^[-–—]$/.test(subs[c.subEnd]?.text ?? '')) continue;
    // an address between commas: "di Kantor Kemhan, Jakarta, Kamis (29/8)"
    const prevMention = accepted.find((p) => p.subEnd === c.subStart - 1);
    const next = subs[c.subEnd]?.text ?? '.';
    const address = before[0] === ',' && /^[,.;)]$/.test(next);
    if (address && prevMention && (prevMention.type === 'Organization' || prevMention.type === 'Location')) continue;
    c.entityId = reg.known(seat).id;
    c.type = 'Country';
  }
}
