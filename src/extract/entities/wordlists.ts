// Small word lists from resources/gazetteer used by the rules.
import { readGazetteerJson, stringList } from './resources';

const sets = new Map<string, Set<string>>();

/** The string list `field` of a gazetteer file, as a set, read once. */
function wordSet(file: string, field: string): Set<string> {
  const key = `${file}#${field}`;
  let set = sets.get(key);
  if (!set) {
    set = new Set(stringList((readGazetteerJson(file) as Record<string, unknown>)[field], file, field));
    sets.set(key, set);
  }
  return set;
}

/** Capitalised words that never belong to a person's name (name-stopwords.json). */
export const nameStopwords = (): Set<string> => wordSet('name-stopwords.json', 'words');

/** Lower-case particles inside names ("bin", "van", "al"), name-stopwords.json. */
export const nameParticles = (): Set<string> => wordSet('name-stopwords.json', 'particles');

/** Lower-case common Indonesian words (common-words.json, generated). */
export const commonWords = (): Set<string> => wordSet('common-words.json', 'words');

/** Words that end an organisation's name ("Institute", "Times"), name-stopwords.json. */
export const organisationWords = (): Set<string> => wordSet('name-stopwords.json', 'orgWords');

/** First words of a body's name ("Badan", "Tentara"), ner-cues.json. */
export const organisationHeads = (): Set<string> => wordSet('ner-cues.json', 'organizationHeads');

/** Words that continue a body's name ("Nasional"), ner-cues.json. */
export const nameContinuers = (): Set<string> => wordSet('ner-cues.json', 'nameContinuers');

/** Stopwords that are also given names ("Oleh"), name-stopwords.json. */
export const stopwordGivenNames = (): Set<string> => wordSet('name-stopwords.json', 'givenNames');
