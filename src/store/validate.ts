// Validation of ExtractedDocument input before it reaches any store. A bad
// document is rejected whole with an error naming the document and the field.
import {
  COUNT_MODIFIERS,
  MODALITIES,
  isEntityType,
  isPredicate,
  type ExtractedDocument,
} from '../extract/types';
import { StoreError } from './types';

/** A rejected document: which one, which field, and why (stable `code`). */
export class DocumentError extends StoreError {
  constructor(
    code: 'INVALID_DOCUMENT' | 'UNKNOWN_PREDICATE' | 'MISSING_ENTITY',
    public readonly documentId: string,
    public readonly field: string,
    detail: string,
  ) {
    super(code, `document "${documentId}": ${field} ${detail}`);
  }
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/**
 * Checks one parsed JSON value against the output contract and returns it typed,
 * or throws a DocumentError. `position` names the document when it has no id.
 */
export function validateDocument(value: unknown, position: number): ExtractedDocument {
  const fallbackId = `#${position}`;
  if (!isObj(value)) throw new DocumentError('INVALID_DOCUMENT', fallbackId, '(document)', 'is not an object');
  const id = typeof value.id === 'string' && value.id.length > 0 ? value.id : null;
  const docId = id ?? fallbackId;
  const fail = (field: string, detail: string): never => {
    throw new DocumentError('INVALID_DOCUMENT', docId, field, detail);
  };
  if (id === null) fail('id', 'must be a non-empty string');
  if (typeof value.source !== 'string' || value.source.length === 0) fail('source', 'must be a non-empty string');
  for (const field of ['title', 'outlet', 'publishedAt'] as const) {
    const v = value[field];
    if (v !== null && v !== undefined && typeof v !== 'string') fail(field, 'must be a string or null');
  }
  if (typeof value.language !== 'string') fail('language', 'must be a string');
  if (value.contentHash !== undefined && typeof value.contentHash !== 'string') fail('contentHash', 'must be a string');
  if (!Array.isArray(value.entities)) fail('entities', 'must be an array');
  if (!Array.isArray(value.facts)) fail('facts', 'must be an array');

  const entityIds = new Set<string>();
  (value.entities as unknown[]).forEach((e, i) => {
    const at = `entities[${i}]`;
    if (!isObj(e)) return fail(at, 'must be an object');
    if (typeof e.id !== 'string' || e.id.length === 0) fail(`${at}.id`, 'must be a non-empty string');
    if (entityIds.has(e.id as string)) fail(`${at}.id`, `"${String(e.id)}" appears twice`);
    entityIds.add(e.id as string);
    if (typeof e.name !== 'string' || e.name.length === 0) fail(`${at}.name`, 'must be a non-empty string');
    if (!isEntityType(e.type)) fail(`${at}.type`, `"${String(e.type)}" is not an entity type`);
    if (!Array.isArray(e.aliases) || !e.aliases.every((a) => typeof a === 'string'))
      fail(`${at}.aliases`, 'must be an array of strings');
    if (e.wikidata !== undefined && typeof e.wikidata !== 'string') fail(`${at}.wikidata`, 'must be a string');
    if (!Array.isArray(e.mentions)) return fail(`${at}.mentions`, 'must be an array');
    e.mentions.forEach((m, j) => {
      if (!isObj(m) || !isInt(m.start) || !isInt(m.end) || typeof m.text !== 'string')
        fail(`${at}.mentions[${j}]`, 'must be {start: integer, end: integer, text: string}');
    });
  });

  (value.facts as unknown[]).forEach((f, i) => {
    const at = `facts[${i}]`;
    if (!isObj(f)) return fail(at, 'must be an object');
    if (!isPredicate(f.predicate))
      throw new DocumentError('UNKNOWN_PREDICATE', docId, `${at}.predicate`, `"${String(f.predicate)}" is not in the ontology`);
    for (const role of ['subject', 'object'] as const) {
      if (typeof f[role] !== 'string') fail(`${at}.${role}`, 'must be an entity id string');
      if (!entityIds.has(f[role] as string))
        throw new DocumentError('MISSING_ENTITY', docId, `${at}.${role}`, `"${String(f[role])}" is not in this document's entities`);
    }
    if (f.attributedTo !== undefined) {
      if (typeof f.attributedTo !== 'string') fail(`${at}.attributedTo`, 'must be an entity id string');
      if (!entityIds.has(f.attributedTo as string))
        throw new DocumentError('MISSING_ENTITY', docId, `${at}.attributedTo`, `"${String(f.attributedTo)}" is not in this document's entities`);
    }
    if (f.count !== undefined && (!isInt(f.count) || f.count < 0)) fail(`${at}.count`, 'must be a non-negative integer');
    if (f.countModifier !== undefined && !(COUNT_MODIFIERS as readonly unknown[]).includes(f.countModifier))
      fail(`${at}.countModifier`, `"${String(f.countModifier)}" is not one of ${COUNT_MODIFIERS.join(', ')}`);
    if (f.modality !== undefined && !(MODALITIES as readonly unknown[]).includes(f.modality))
      fail(`${at}.modality`, `"${String(f.modality)}" is not one of ${MODALITIES.join(', ')}`);
    for (const field of ['time', 'role'] as const)
      if (f[field] !== undefined && typeof f[field] !== 'string') fail(`${at}.${field}`, 'must be a string');
    const ev = f.evidence;
    if (!isObj(ev) || !isInt(ev.start) || !isInt(ev.end) || typeof ev.text !== 'string')
      fail(`${at}.evidence`, 'must be {start: integer, end: integer, text: string}');
    if (typeof f.confidence !== 'number' || !(f.confidence >= 0 && f.confidence <= 1))
      fail(`${at}.confidence`, 'must be a number between 0 and 1');
  });
  return value as unknown as ExtractedDocument;
}
