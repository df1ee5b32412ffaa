// The graph schema as data: labels, relationship types and property keys the
// model uses. The Cypher lint checks every statement against it, so a misspelt
// label or property in a query fails the tests.
import { ENTITY_TYPES, PREDICATES } from '../../extract/types';

export const NODE_LABELS = ['Entity', 'Article', 'Claim', ...ENTITY_TYPES] as const;

export const PROVENANCE_RELATIONSHIPS = ['MENTIONS', 'SUBJECT', 'OBJECT', 'ATTRIBUTED_TO', 'STATED_IN'] as const;

export const RELATIONSHIP_TYPES = [...PROVENANCE_RELATIONSHIPS, ...PREDICATES] as const;

export const PROPERTY_KEYS = {
  Entity: ['id', 'name', 'type', 'aliases', 'wikidata', 'mentions', 'articles', 'searchText'],
  Article: ['id', 'source', 'sources', 'memberIds', 'outlet', 'title', 'publishedAt', 'language', 'contentHash'],
  Claim: [
    'id', 'article', 'predicate', 'subject', 'object', 'count', 'countModifier', 'time', 'modality', 'role',
    'attributedTo', 'confidence', 'evidence', 'start', 'end', 'periodStart', 'periodEnd',
  ],
  MENTIONS: ['count', 'name', 'type', 'aliases', 'wikidata'],
  FactEdge: ['id', 'claims', 'articles', 'outlets', 'firstSeen', 'lastSeen', 'counts'],
  /** keys of UNWIND parameter rows that are not graph properties (the linter sees row.x as a property) */
  ParameterRow: ['entity'],
} as const;

export function allPropertyKeys(): string[] {
  return [...new Set(Object.values(PROPERTY_KEYS).flat())].sort();
}

/** (from label, relationship type, to label) triples of the model. */
export function graphSchemaTriples(): { from: string; relType: string; to: string }[] {
  return [
    { from: 'Article', relType: 'MENTIONS', to: 'Entity' },
    { from: 'Claim', relType: 'SUBJECT', to: 'Entity' },
    { from: 'Claim', relType: 'OBJECT', to: 'Entity' },
    { from: 'Claim', relType: 'ATTRIBUTED_TO', to: 'Entity' },
    { from: 'Claim', relType: 'STATED_IN', to: 'Article' },
    ...PREDICATES.map((p) => ({ from: 'Entity', relType: p, to: 'Entity' })),
  ];
}
