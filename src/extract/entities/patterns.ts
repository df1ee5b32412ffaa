// English names for places and bodies the tables do not know, from the
// Indonesian classifier word that opens them (name-patterns.json):
// "Rumah Sakit Al-Ahli" → "Al-Ahli Hospital", "Istana Ciragan" → "Ciragan Palace".
import type { EntityType } from '../types';
import { EntityDataError, readGazetteerJson, requiredString } from './resources';

interface NamePattern {
  prefix: string[];
  english: string;
  type: EntityType;
}

let cached: NamePattern[] | undefined;

function patterns(): NamePattern[] {
  if (!cached) {
    const raw = (readGazetteerJson('name-patterns.json') as { patterns?: unknown }).patterns;
    if (!Array.isArray(raw)) throw new EntityDataError('GAZETTEER_INVALID', 'patterns must be an array', 'name-patterns.json');
    cached = raw
      .map((p: Record<string, unknown>, i: number) => {
        const type = requiredString(p?.type, 'name-patterns.json', `patterns[${i}].type`);
        if (type !== 'Location' && type !== 'Organization') {
          throw new EntityDataError('GAZETTEER_INVALID', `patterns[${i}].type must be Location or Organization`, 'name-patterns.json');
        }
        return {
          prefix: requiredString(p.prefix, 'name-patterns.json', `patterns[${i}].prefix`).toLowerCase().split(' '),
          english: requiredString(p.english, 'name-patterns.json', `patterns[${i}].english`),
          type: type as EntityType,
        };
      })
      // longest prefix first: "Pangkalan Udara" before "Pangkalan"
      .sort((a, b) => b.prefix.length - a.prefix.length);
  }
  return cached;
}

/** Canonical English name and type of an unknown name, or undefined to keep it. */
export function englishName(surface: string): { name: string; type: EntityType } | undefined {
  const words = surface.split(/\s+/);
  for (const p of patterns()) {
    if (words.length <= p.prefix.length) continue;
    if (!p.prefix.every((w, k) => words[k].toLowerCase() === w)) continue;
    const rest = words.slice(p.prefix.length).join(' ');
    return { name: p.english.replace('{name}', rest), type: p.type };
  }
  return undefined;
}

/** The classifier words opening a name, as written ("Bandara"), if any. */
export function classifierOf(surface: string): string | undefined {
  const words = surface.split(/\s+/);
  const p = patterns().find((x) => words.length > x.prefix.length && x.prefix.every((w, k) => words[k].toLowerCase() === w));
  return p ? words.slice(0, p.prefix.length).join(' ') : undefined;
}

/** Are these words exactly the classifier of a name pattern ("Pangkalan Udara"), with no name after it? */
export function isBareClassifier(words: string[]): boolean {
  return patterns().some((p) => p.prefix.length === words.length && p.prefix.every((w, k) => words[k].toLowerCase() === w));
}
