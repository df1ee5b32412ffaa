// Types of the extract stage. The `Extracted*` interfaces ARE the JSON Lines
// contract of ../shared/spec/output.md: add fields freely, never rename or drop.

export const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Location'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The closed predicate set of ontology.md. Nothing outside it is a fact. */
export const PREDICATES = [
  'SENDS_TROOPS_TO',
  'SUPPLIES_WEAPONS_TO',
  'SUPPORTS',
  'VISITS',
  'MEETS',
  'SIGNS_AGREEMENT_WITH',
  'ALLIED_WITH',
  'FIGHTS_AGAINST',
  'ATTACKS',
  'OCCUPIES',
  'TRAINS',
  'CONDEMNS',
  'ACCUSES',
  'SANCTIONS',
  'HOLDS_POSITION',
  'PART_OF',
  'LOCATED_IN',
] as const;
export type Predicate = (typeof PREDICATES)[number];

export const SYMMETRIC_PREDICATES: ReadonlySet<Predicate> = new Set<Predicate>([
  'MEETS',
  'SIGNS_AGREEMENT_WITH',
  'ALLIED_WITH',
  'FIGHTS_AGAINST',
]);

export const MODALITIES = ['asserted', 'planned', 'possible', 'denied', 'negated'] as const;
export type Modality = (typeof MODALITIES)[number];

export const COUNT_MODIFIERS = ['more_than', 'less_than', 'about', 'at_least'] as const;
export type CountModifier = (typeof COUNT_MODIFIERS)[number];

export function isPredicate(p: unknown): p is Predicate {
  return typeof p === 'string' && (PREDICATES as readonly string[]).includes(p);
}
export function isEntityType(t: unknown): t is EntityType {
  return typeof t === 'string' && (ENTITY_TYPES as readonly string[]).includes(t);
}

export interface ExtractedMention {
  start: number;
  end: number;
  text: string;
}

export interface ExtractedEntity {
  /** stable across documents: `country:KP`, else `<type-prefix>:<slug of canonical name>` */
  id: string;
  /** canonical English name (people keep their own name) */
  name: string;
  type: EntityType;
  /** surface forms seen in this document and known alternatives (Indonesian forms) */
  aliases: string[];
  mentions: ExtractedMention[];
  /** Wikidata QID when the gazetteer knows it */
  wikidata?: string;
}

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface ExtractedFact {
  subject: string;
  predicate: Predicate;
  object: string;
  count?: number;
  countModifier?: CountModifier;
  /** ISO 8601 date or partial date: 2024-10-19, 2024-10, 2024 */
  time?: string;
  modality?: Modality;
  role?: string;
  attributedTo?: string;
  evidence: Evidence;
  confidence: number;
}

export interface ExtractedDocument {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: 'id' | 'en';
  /** sha256 of the decoded text (extra field, used for duplicate detection) */
  contentHash?: string;
  entities: ExtractedEntity[];
  facts: ExtractedFact[];
}

// ---- internal pipeline types (not part of the JSON contract) ----

/** A token with offsets into the original text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** lower-cased text, precomputed because every stage needs it */
  lower: string;
}

export interface Sentence {
  /** index in the document */
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

/** A recognised mention of an entity in a sentence, linked to an entity key. */
export interface EntityMention {
  sentence: number;
  /** token range [tokenStart, tokenEnd) in that sentence */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
  /** the id of the resolved entity (same as ExtractedEntity.id) */
  entityId: string;
  type: EntityType;
  /** where the mention came from, for confidence and debugging */
  source: 'gazetteer' | 'title-rule' | 'ner' | 'coref' | 'acronym';
  /** coreference mentions only: the pronoun or phrase is not a name
   * ("Ia", "kedua negara") and is not listed in the output mentions */
  anaphor?: boolean;
  /** a person named after a title: the English role ("Foreign Minister") */
  role?: string;
  /** …and the entity id of the country/organisation the title names
   * ("Presiden Korsel Yoon" → country:KR), when the text names one */
  roleOf?: string;
  /** a compositional organisation name ("Kementerian Pertahanan Rusia"):
   * the entity id of the country it belongs to */
  partOf?: string;
}

/** What the entity stage hands to the fact stage. */
export interface EntityResult {
  /** entities of this document, each with its output mentions */
  entities: ExtractedEntity[];
  /** every mention the fact stage may use, including coreference mentions
   * (pronouns, "kedua negara") that are not listed in the output */
  mentions: EntityMention[];
}

/** Everything known about one document while extracting it. */
export interface DocumentContext {
  /** the original decoded text; all offsets point into it */
  text: string;
  meta: import('../ingest/types').ArticleMeta;
  sentences: Sentence[];
}
