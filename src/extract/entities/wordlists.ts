// Small word lists from resources/gazetteer used by the rules.
import { readGazetteerJson, stringList } from './resources';

let stop: Set<string> | undefined;

/** Capitalised words that never belong to a person's name (name-stopwords.json). */
export function nameStopwords(): Set<string> {
  stop ??= new Set(
    stringList((readGazetteerJson('name-stopwords.json') as { words?: unknown }).words, 'name-stopwords.json', 'words'),
  );
  return stop;
}

let particles: Set<string> | undefined;

/** Lower-case particles inside names ("bin", "van", "al"), name-stopwords.json. */
export function nameParticles(): Set<string> {
  particles ??= new Set(
    stringList(
      (readGazetteerJson('name-stopwords.json') as { particles?: unknown }).particles,
      'name-stopwords.json',
      'particles',
    ),
  );
  return particles;
}

let common: Set<string> | undefined;

/** Lower-case common Indonesian words (common-words.json, generated). */
export function commonWords(): Set<string> {
  common ??= new Set(
    stringList((readGazetteerJson('common-words.json') as { words?: unknown }).words, 'common-words.json', 'words'),
  );
  return common;
}

let orgWords: Set<string> | undefined;

/** Words that end an organisation's name ("Institute", "Times"), name-stopwords.json. */
export function organisationWords(): Set<string> {
  orgWords ??= new Set(
    stringList((readGazetteerJson('name-stopwords.json') as { orgWords?: unknown }).orgWords, 'name-stopwords.json', 'orgWords'),
  );
  return orgWords;
}

let orgHeads: Set<string> | undefined;

/** First words of a body's name ("Badan", "Tentara"), ner-cues.json. */
export function organisationHeads(): Set<string> {
  orgHeads ??= new Set(
    stringList((readGazetteerJson('ner-cues.json') as { organizationHeads?: unknown }).organizationHeads, 'ner-cues.json', 'organizationHeads'),
  );
  return orgHeads;
}

let continuers: Set<string> | undefined;

/** Words that continue a body's name ("Nasional"), ner-cues.json. */
export function nameContinuers(): Set<string> {
  continuers ??= new Set(
    stringList((readGazetteerJson('ner-cues.json') as { nameContinuers?: unknown }).nameContinuers, 'ner-cues.json', 'nameContinuers'),
  );
  return continuers;
}

let givenNames: Set<string> | undefined;

/** Stopwords that are also given names ("Oleh"), name-stopwords.json. */
export function stopwordGivenNames(): Set<string> {
  givenNames ??= new Set(
    stringList((readGazetteerJson('name-stopwords.json') as { givenNames?: unknown }).givenNames, 'name-stopwords.json', 'givenNames'),
  );
  return givenNames;
}
