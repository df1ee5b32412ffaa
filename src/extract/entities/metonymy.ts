// Place words before a capital mean the place itself (metonymy.json).
import type { Candidate, EntityRegistry } from './candidates';
import type { Gazetteer } from './gazetteer';
import { readGazetteerJson, stringList } from './resources';
import type { Sub } from './subtokens';

export interface MetonymyWords {
  /** a capital right after one of these is the place */
  placeBefore: Set<string>;
  /** …except "dari" right after one of these nouns: the government acting */
  actorBeforeDari: Set<string>;
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
      currencyBefore: new Set(stringList(raw.currencyBefore, 'metonymy.json', 'currencyBefore')),
      streetBefore: new Set(stringList(raw.streetBefore, 'metonymy.json', 'streetBefore')),
    };
  }
  return words;
}

/** Is a capital after these words (lower-cased, nearest first) used as a place?
 * "dari" looks back two words past an adjective: "konfirmasi resmi dari". */
export function isPlaceUse(before: string[], w: MetonymyWords): boolean {
  if (!w.placeBefore.has(before[0] ?? '')) return false;
  return !(before[0] === 'dari' && before.slice(1, 3).some((x) => w.actorBeforeDari.has(x)));
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
    const before = subs.slice(Math.max(0, c.subStart - 3), c.subStart).map((s) => s.key).reverse();
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
