// The gazetteers (resources/gazetteer/*.json) as one entity table plus a
// token trie for longest-match lookup. Loaded once per process.
import type { EntityType } from '../types';
import { formTokens, slugify, tokenKey } from './normalize';
import { EntityDataError, readGazetteerJson, requiredString, stringList } from './resources';

export interface GazEntity {
  id: string;
  name: string;
  type: EntityType;
  /** every form the tables know, for `aliases` */
  forms: string[];
  wikidata?: string;
  /** ISO alpha-2 of the country the body/place/person belongs to */
  country?: string;
  /** for capitals and seats of government: the country id they stand for when acting */
  seat?: string;
  /** roles of a state body (organizations.json), for compositional names */
  roles?: string[];
  /** English demonym adjective of a country ("Russian") */
  adjective?: string;
  /** "the" for countries English writes with it ("the Philippines") */
  article?: string;
}

/** How a form must match: `title` = case-insensitive but a capitalised first
 * word must be capitalised in the text; `exact` = letter case as written
 * (acronyms such as AS, RI); `short` = a surname alone, exact case. */
export type MatchMode = 'title' | 'exact' | 'short';

export interface FormHit {
  entityId: string;
  form: string;
  mode: MatchMode;
  /** the form's sub-tokens as written, for exact comparison */
  parts: string[];
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  hits: FormHit[];
}

export interface Gazetteer {
  entities: Map<string, GazEntity>;
  root: TrieNode;
  /** country alpha-2 → country id */
  countryByCode: Map<string, string>;
  /** sub-token keys (space-joined) of forms that always name the place, never
   * the country acting ("DKI Jakarta", a province) */
  placeOnly: Set<string>;
}

/** The key placeOnly uses for a form or a mention's sub-tokens. */
export const formKey = (keys: string[]): string => keys.join(' ');

/** Split a form into hyphen-free sub-tokens, the unit of matching. */
export function subParts(text: string): string[] {
  return formTokens(text).flatMap((t) => t.split(/[-‐‑–]/).filter((p) => p.length > 0));
}

export function newNode(): TrieNode {
  return { next: new Map(), hits: [] };
}

export function addForm(root: TrieNode, form: string, entityId: string, mode: MatchMode): void {
  const parts = subParts(form);
  if (parts.length === 0) return;
  let node = root;
  for (const p of parts) {
    const k = tokenKey(p);
    let child = node.next.get(k);
    if (!child) {
      child = newNode();
      node.next.set(k, child);
    }
    node = child;
  }
  if (!node.hits.some((h) => h.entityId === entityId && h.mode === mode && h.form === form)) {
    node.hits.push({ entityId, form, mode, parts });
  }
}

type Raw = Record<string, unknown>;

function list(data: unknown, key: string, file: string): Raw[] {
  const v = (data as Raw | undefined)?.[key];
  if (!Array.isArray(v)) throw new EntityDataError('GAZETTEER_INVALID', `${key} must be an array`, file);
  return v as Raw[];
}

const optStrings = (v: unknown, file: string, field: string): string[] =>
  v === undefined || (Array.isArray(v) && v.length === 0) ? [] : stringList(v, file, field);

/** Build the gazetteer from parsed data files (exported for tests). */
export function buildGazetteer(files: {
  countries: unknown;
  places: unknown;
  organizations: unknown;
  people: unknown;
}): Gazetteer {
  const entities = new Map<string, GazEntity>();
  const root = newNode();
  const countryByCode = new Map<string, string>();
  const placeOnly = new Set<string>();

  const register = (e: GazEntity, forms: string[], caps: string[], shorts: string[] = []): void => {
    const prev = entities.get(e.id);
    if (prev) {
      prev.forms = [...new Set([...prev.forms, ...forms, ...caps])];
    } else {
      entities.set(e.id, { ...e, forms: [...new Set([...forms, ...caps])] });
    }
    for (const f of forms) addForm(root, f, e.id, 'title');
    for (const f of caps) addForm(root, f, e.id, 'exact');
    for (const f of shorts) addForm(root, f, e.id, 'short');
  };

  list(files.countries, 'countries', 'countries.json').forEach((c, i) => {
    const f = 'countries.json';
    const code = requiredString(c.code, f, `countries[${i}].code`);
    const name = requiredString(c.name, f, `countries[${i}].name`);
    const type = c.type === 'Location' ? 'Location' : 'Country';
    const id = type === 'Country' ? `country:${code}` : `loc:${slugify(name)}`;
    if (type === 'Country') countryByCode.set(code, id);
    register(
      {
        id,
        name,
        type,
        forms: [],
        country: code,
        ...(typeof c.wikidata === 'string' ? { wikidata: c.wikidata } : {}),
        ...(typeof c.adjective === 'string' ? { adjective: c.adjective } : {}),
        ...(typeof c.article === 'string' ? { article: c.article } : {}),
      },
      stringList(c.forms, f, `countries[${i}].forms`),
      optStrings(c.caps, f, `countries[${i}].caps`),
    );
  });

  list(files.places, 'places', 'places.json').forEach((p, i) => {
    const f = 'places.json';
    const name = requiredString(p.name, f, `places[${i}].name`);
    const seat = typeof p.seat === 'string' ? `country:${p.seat}` : undefined;
    register(
      {
        id: `loc:${slugify(name)}`,
        name,
        type: 'Location',
        forms: [],
        ...(typeof p.country === 'string' ? { country: p.country } : {}),
        ...(seat ? { seat } : {}),
        ...(typeof p.wikidata === 'string' ? { wikidata: p.wikidata } : {}),
      },
      stringList(p.forms, f, `places[${i}].forms`),
      optStrings(p.caps, f, `places[${i}].caps`),
    );
    for (const form of optStrings(p.placeOnly, f, `places[${i}].placeOnly`)) {
      if (!stringList(p.forms, f, `places[${i}].forms`).includes(form)) {
        throw new EntityDataError('GAZETTEER_INVALID', `places[${i}].placeOnly: "${form}" is not one of its forms`, f);
      }
      placeOnly.add(formKey(subParts(form).map(tokenKey)));
    }
  });

  list(files.organizations, 'organizations', 'organizations.json').forEach((o, i) => {
    const f = 'organizations.json';
    const name = requiredString(o.name, f, `organizations[${i}].name`);
    register(
      {
        id: `org:${slugify(name)}`,
        name,
        type: 'Organization',
        forms: [],
        ...(typeof o.country === 'string' ? { country: o.country } : {}),
        // "Gedung Putih" acting is its country, as a capital is
        ...(typeof o.seat === 'string' ? { seat: `country:${o.seat}` } : {}),
        ...(Array.isArray(o.roles) ? { roles: stringList(o.roles, f, `organizations[${i}].roles`) } : {}),
        ...(typeof o.wikidata === 'string' ? { wikidata: o.wikidata } : {}),
      },
      optStrings(o.forms, f, `organizations[${i}].forms`),
      optStrings(o.caps, f, `organizations[${i}].caps`),
    );
  });

  list(files.people, 'people', 'people.json').forEach((p, i) => {
    const f = 'people.json';
    const name = requiredString(p.name, f, `people[${i}].name`);
    register(
      {
        id: `person:${slugify(name)}`,
        name,
        type: 'Person',
        forms: [],
        ...(typeof p.country === 'string' ? { country: p.country } : {}),
        ...(typeof p.wikidata === 'string' ? { wikidata: p.wikidata } : {}),
      },
      stringList(p.forms, f, `people[${i}].forms`),
      [],
      optStrings(p.short, f, `people[${i}].short`),
    );
  });

  return { entities, root, countryByCode, placeOnly };
}

let cached: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  cached ??= buildGazetteer({
    countries: readGazetteerJson('countries.json'),
    places: readGazetteerJson('places.json'),
    organizations: readGazetteerJson('organizations.json'),
    people: readGazetteerJson('people.json'),
  });
  return cached;
}

export interface TrieMatch {
  /** number of sub-tokens matched */
  length: number;
  hits: FormHit[];
}

/**
 * Every trie match starting at sub-token `i`, longest first. `keys` are the
 * tokenKey of each sub-token, `texts` their surface text.
 */
export function matchAt(root: TrieNode, keys: string[], texts: string[], i: number): TrieMatch[] {
  const out: TrieMatch[] = [];
  let node: TrieNode | undefined = root;
  for (let j = i; j < keys.length && node; j++) {
    node = node.next.get(keys[j]);
    if (!node) break;
    if (node.hits.length === 0) continue;
    const surface = texts.slice(i, j + 1);
    const hits = node.hits.filter((h) => caseAllows(h, surface));
    if (hits.length) out.push({ length: j - i + 1, hits });
  }
  return out.reverse();
}

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Case rules: acronyms exact; names need the capital their form has on the first word. */
export function caseAllows(hit: FormHit, surface: string[]): boolean {
  if (hit.mode === 'exact' || hit.mode === 'short') {
    return hit.parts.every((p, k) => p === surface[k]);
  }
  const first = hit.parts[0];
  // later words are compared case-insensitively: the press writes
  // "Badan intelijen Korea Selatan" as often as "Badan Intelijen …"
  return !(isUpper(first[0]) && !isUpper(surface[0][0]));
}
