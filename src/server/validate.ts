// Parsing and validation of query-string parameters. Every function throws an
// ApiError naming the parameter; nothing unvalidated reaches a store.
import { ENTITY_TYPES, MODALITIES, PREDICATES } from '../extract/types';
import type { EntityType, Modality, Predicate } from '../extract/types';
import type { GraphFilters } from '../store/types';
import { ApiError, badParam } from './errors';

export type RawQuery = Record<string, unknown>;

/** Hard caps: a client can ask for less, never for more. */
export const LIMITS = {
  graphNodes: { default: 5000, max: 50000 },
  search: { default: 10, max: 50 },
  facts: { default: 1000, max: 5000 },
  disagreements: { default: 200, max: 1000 },
  listValues: 64,
  stringLength: 200,
} as const;

const ENTITY_ID = /^[a-z][a-z0-9_-]{0,31}:[\p{L}\p{N}._~\-]{1,200}$/u;
/** ISO 8601 date or partial date, as claim times are written */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function rejectUnknownParams(query: RawQuery, allowed: readonly string[]): void {
  for (const key of Object.keys(query)) {
    if (!allowed.includes(key)) {
      throw new ApiError(400, 'UNKNOWN_PARAMETER', `${key}: unknown parameter (allowed: ${allowed.join(', ') || 'none'})`, key);
    }
  }
}

/** One string value: repeated parameters are refused rather than guessed at. */
export function singleString(query: RawQuery, name: string): string | undefined {
  const v = query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw badParam(name, 'give it once, as a single value');
  if (v.length > 4096) throw badParam(name, 'value too long');
  return v;
}

export function parseLimit(query: RawQuery, name: string, cap: { default: number; max: number }): number {
  const raw = singleString(query, name);
  if (raw === undefined || raw === '') return cap.default;
  if (!/^\d{1,9}$/.test(raw)) throw badParam(name, `must be a whole number from 1 to ${cap.max}`);
  const n = Number(raw);
  if (n < 1 || n > cap.max) throw badParam(name, `must be from 1 to ${cap.max} (got ${n})`);
  return n;
}

export function parseBoolean(query: RawQuery, name: string): boolean | undefined {
  const raw = singleString(query, name);
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw badParam(name, 'must be true or false');
}

/** A comma-separated list whose values must all be in `allowed`. */
export function parseEnumList<T extends string>(query: RawQuery, name: string, allowed: readonly T[]): T[] | undefined {
  const raw = singleString(query, name);
  if (raw === undefined || raw === '') return undefined;
  const values = raw.split(',').map((v) => v.trim()).filter((v) => v !== '');
  if (values.length > LIMITS.listValues) throw badParam(name, `at most ${LIMITS.listValues} values`);
  for (const v of values) {
    if (!(allowed as readonly string[]).includes(v)) {
      throw badParam(name, `unknown value "${truncate(v)}" (allowed: ${allowed.join(', ')})`);
    }
  }
  return [...new Set(values as T[])].sort();
}

/** Outlets are open-ended names, so they are checked for shape here and
 * against the outlets the store knows by the caller. */
export function parseOutletList(query: RawQuery, name: string): string[] | undefined {
  const raw = singleString(query, name);
  if (raw === undefined || raw === '') return undefined;
  const values = raw.split(',').map((v) => v.trim()).filter((v) => v !== '');
  if (values.length > LIMITS.listValues) throw badParam(name, `at most ${LIMITS.listValues} values`);
  for (const v of values) {
    if (v.length > LIMITS.stringLength || /[\u0000-\u001f]/.test(v)) throw badParam(name, `bad outlet name "${truncate(v)}"`);
  }
  return [...new Set(values)].sort();
}

export function parseDate(query: RawQuery, name: string): string | undefined {
  const raw = singleString(query, name);
  if (raw === undefined || raw === '') return undefined;
  if (!PARTIAL_DATE.test(raw)) throw badParam(name, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
  return raw;
}

export const FILTER_PARAMS = ['types', 'predicates', 'outlets', 'modalities', 'from', 'to', 'hideIsolated'] as const;

export function parseFilters(query: RawQuery): GraphFilters {
  const filters: GraphFilters = {};
  const types = parseEnumList<EntityType>(query, 'types', ENTITY_TYPES);
  const predicates = parseEnumList<Predicate>(query, 'predicates', PREDICATES);
  const modalities = parseEnumList<Modality>(query, 'modalities', MODALITIES);
  const outlets = parseOutletList(query, 'outlets');
  const from = parseDate(query, 'from');
  const to = parseDate(query, 'to');
  const hideIsolated = parseBoolean(query, 'hideIsolated');
  if (from && to && from > to) throw badParam('from', `is after to (${from} > ${to})`);
  if (types) filters.types = types;
  if (predicates) filters.predicates = predicates;
  if (modalities) filters.modalities = modalities;
  if (outlets) filters.outlets = outlets;
  if (from) filters.from = from;
  if (to) filters.to = to;
  if (hideIsolated) filters.hideIsolated = true;
  return filters;
}

/** A canonical string for a filter set: equal filters give equal keys. */
export function filterKey(filters: GraphFilters): string {
  const parts: string[] = [];
  for (const name of FILTER_PARAMS) {
    const v = filters[name];
    if (v === undefined || v === false) continue;
    parts.push(`${name}=${Array.isArray(v) ? [...v].sort().join(',') : String(v)}`);
  }
  return parts.join('&');
}

export function parseEntityId(raw: string): string {
  if (raw.length > 240 || !ENTITY_ID.test(raw)) {
    throw badParam('id', `"${truncate(raw)}" is not an entity id (expected prefix:slug, e.g. country:KP)`);
  }
  return raw;
}

export function parseSearchText(query: RawQuery, name: string): string {
  const raw = singleString(query, name);
  const text = (raw ?? '').trim();
  if (text === '') throw badParam(name, 'is required');
  if (text.length > 100) throw badParam(name, 'at most 100 characters');
  if (/[\u0000-\u001f]/.test(text)) throw badParam(name, 'contains control characters');
  return text;
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
