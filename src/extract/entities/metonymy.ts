// Place words before a capital mean the place itself (metonymy.json).
import { readGazetteerJson, stringList } from './resources';

export interface MetonymyWords {
  /** a capital right after one of these is the place */
  placeBefore: Set<string>;
  /** …except "dari" right after one of these nouns: the government acting */
  actorBeforeDari: Set<string>;
  /** a country after a currency word ("dolar AS") is no mention */
  currencyBefore: Set<string>;
}

let words: MetonymyWords | undefined;
export function metonymyWords(): MetonymyWords {
  if (!words) {
    const raw = readGazetteerJson('metonymy.json') as Record<string, unknown>;
    words = {
      placeBefore: new Set(stringList(raw.placeBefore, 'metonymy.json', 'placeBefore')),
      actorBeforeDari: new Set(stringList(raw.actorBeforeDari, 'metonymy.json', 'actorBeforeDari')),
      currencyBefore: new Set(stringList(raw.currencyBefore, 'metonymy.json', 'currencyBefore')),
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
