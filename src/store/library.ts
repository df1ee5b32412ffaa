// The Cypher library (cypher/queries/*.cypher) and the same questions answered
// by the embedded store. Each .cypher file's header declares its question and
// parameters; each has an embedded twin here returning the same columns, rows
// and order, so the page's answers match what Neo4j Browser would show.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';
import { EmbeddedStore } from './embedded';
import type { GraphIndex } from './graph-index';
import { Neo4jStore } from './neo4j/store';
import { byString, claimDate, factEnds } from './model';
import { cypherDir, splitCypherStatements } from './neo4j/cypher-file';
import type { CypherRunner, Row } from './neo4j/runner';
import type { Claim, GraphStore, StoredEntity } from './types';

export interface LibraryParam {
  name: string;
  type: 'string' | 'integer';
  optional: boolean;
  default?: string;
  description: string;
}

export interface LibraryQueryInfo {
  name: string;
  question: string;
  params: LibraryParam[];
  file: string;
}

export type LibraryValue = string | number | null;
export type LibraryParams = Record<string, LibraryValue>;

const PARAM_LINE = /^\/\/\s*@param\s+(\w+)\s+(string|integer)(\?)?(?:\s*=\s*(\S+))?\s*(.*)$/;

export function libraryDir(): string {
  return path.join(cypherDir(), 'queries');
}

/** Reads a library file's header: question (lines after "Question:") and @param lines. */
export function parseLibraryHeader(name: string, text: string, file: string): LibraryQueryInfo {
  const lines = text.split('\n');
  const header = lines.slice(0, lines.findIndex((l) => !l.startsWith('//')));
  const params: LibraryParam[] = [];
  const question: string[] = [];
  let inQuestion = false;
  for (const line of header) {
    const m = PARAM_LINE.exec(line);
    if (m) {
      const p: LibraryParam = { name: m[1]!, type: m[2] as LibraryParam['type'], optional: Boolean(m[3] || m[4]), description: m[5]!.trim() };
      if (m[4] !== undefined) p.default = m[4];
      params.push(p);
      inQuestion = false;
      continue;
    }
    const body = line.replace(/^\/\/\s?/, '');
    if (body.startsWith('Question:')) {
      inQuestion = true;
      question.push(body.slice('Question:'.length).trim());
    } else if (inQuestion && body.trim() && !/^(Example|@param)\b/.test(body)) question.push(body.trim());
    else inQuestion = false;
  }
  if (question.length === 0) throw new Error(`${file}: the header has no "// Question:" line`);
  return { name, question: question.join(' '), params, file };
}

export function listLibraryQueries(): LibraryQueryInfo[] {
  return readdirSync(libraryDir())
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const file = path.join(libraryDir(), f);
      return parseLibraryHeader(f.replace(/\.cypher$/, ''), readFileSync(file, 'utf8'), file);
    });
}

export function libraryQuery(name: string): LibraryQueryInfo {
  const q = listLibraryQueries().find((x) => x.name === name);
  if (!q) throw new Error(`no library query "${name}"; known: ${listLibraryQueries().map((x) => x.name).join(', ')}`);
  return q;
}

/** Checks and converts raw (string) parameters against the header; defaults applied. */
export function resolveLibraryParams(query: LibraryQueryInfo, raw: Record<string, string | number | null | undefined>): LibraryParams {
  const out: LibraryParams = {};
  for (const key of Object.keys(raw))
    if (!query.params.some((p) => p.name === key))
      throw new Error(`${query.name}: unknown parameter "${key}" (parameters: ${query.params.map((p) => p.name).join(', ') || 'none'})`);
  for (const p of query.params) {
    const value = raw[p.name] ?? p.default ?? null;
    if (value === null || value === '') {
      if (!p.optional) throw new Error(`${query.name}: parameter "${p.name}" is required (${p.description})`);
      out[p.name] = null;
    } else if (p.type === 'integer') {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isInteger(n)) throw new Error(`${query.name}: parameter "${p.name}" must be an integer, got "${value}"`);
      out[p.name] = n;
    } else out[p.name] = String(value);
  }
  return out;
}

/** Runs a library query against Neo4j; integer parameters go as neo4j Integers. */
export async function runLibraryQuery(name: string, raw: Record<string, string | number | null | undefined>, runner: CypherRunner): Promise<Row[]> {
  const query = libraryQuery(name);
  const params = resolveLibraryParams(query, raw);
  const wire = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? neo4j.int(v) : v]),
  );
  const [statement] = splitCypherStatements(readFileSync(query.file, 'utf8'));
  return runner.run(statement!, wire);
}

/** Runs a library query on whichever store is configured (the CLI's `simpul query`). */
export async function runLibraryQueryOnStore(
  name: string,
  raw: Record<string, string | number | null | undefined>,
  store: GraphStore,
): Promise<Row[]> {
  if (store instanceof EmbeddedStore) return runLibraryQueryEmbedded(name, raw, await store.graph());
  if (store instanceof Neo4jStore) return runLibraryQuery(name, raw, await store.cypher());
  throw new Error(`library queries need the embedded or the Neo4j store, not "${store.kind}"`);
}

/** Runs a library query's embedded twin. */
export function runLibraryQueryEmbedded(name: string, raw: Record<string, string | number | null | undefined>, graph: GraphIndex): Row[] {
  const query = libraryQuery(name);
  const impl = EMBEDDED[name];
  if (!impl) throw new Error(`library query "${name}" has no embedded implementation`);
  return impl(graph, resolveLibraryParams(query, raw));
}

export function embeddedLibraryNames(): string[] {
  return Object.keys(EMBEDDED).sort();
}

// ---- embedded twins ----

/** Cypher's ordering: ascending, nulls last; numbers numerically, strings by code unit. */
function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return byString(String(a), String(b));
}

/** ORDER BY over row keys; [key, 'desc'] sorts descending (nulls first, as Cypher does). */
function orderBy<R extends Row>(rows: R[], keys: (string | [string, 'desc'])[]): R[] {
  return rows.sort((x, y) => {
    for (const k of keys) {
      const c = Array.isArray(k) ? compareDesc(x[k[0]], y[k[0]]) : compareValues(x[k], y[k]);
      if (c !== 0) return c;
    }
    return 0;
  });
}

/** Cypher DESC: nulls first, then largest first. */
function compareDesc(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  return -compareValues(a, b);
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

function matchesEntity(e: StoredEntity | undefined, param: LibraryValue): boolean {
  if (!e || param === null) return false;
  return e.id === param || e.name.toLowerCase() === String(param).toLowerCase();
}

function claimsOf(g: GraphIndex, predicate?: Claim['predicate']): Claim[] {
  return predicate ? g.model.claims.filter((c) => c.predicate === predicate) : g.model.claims;
}

const nameOf = (g: GraphIndex, id: string | undefined): string | null => (id === undefined ? null : g.entities.get(id)?.name ?? null);

const EMBEDDED: Record<string, (g: GraphIndex, p: LibraryParams) => Row[]> = {
  troop_claims_by_source(g, p) {
    const rows = claimsOf(g, 'SENDS_TROOPS_TO')
      .filter((c) => p.sender === null || matchesEntity(g.entities.get(c.subject), p.sender))
      .map((c) => {
        const a = g.articles.get(c.article)!;
        return {
          date: claimDate(c, a),
          sender: nameOf(g, c.subject),
          destination: nameOf(g, c.object),
          count: orNull(c.count),
          countModifier: orNull(c.countModifier),
          modality: c.modality,
          source: nameOf(g, c.attributedTo) ?? a.outlet,
          outlet: a.outlet,
          article: a.id,
          evidence: c.evidence,
        };
      });
    return orderBy(rows, ['date', 'article', 'evidence', 'destination', 'sender']);
  },

  entity_timeline(g, p) {
    const ids = new Set([...g.entities.values()].filter((e) => matchesEntity(e, p.entity)).map((e) => e.id));
    const rows = g.model.claims
      .filter((c) => ids.has(c.subject))
      .map((c) => {
        const a = g.articles.get(c.article)!;
        return {
          date: claimDate(c, a),
          predicate: c.predicate,
          object: nameOf(g, c.object),
          modality: c.modality,
          count: orNull(c.count),
          attributedTo: nameOf(g, c.attributedTo),
          outlet: a.outlet,
          article: a.id,
          evidence: c.evidence,
        };
      });
    return orderBy(rows, ['date', 'article', 'evidence', 'predicate', 'object']);
  },

  weapons_supply(g) {
    const rows = claimsOf(g, 'SUPPLIES_WEAPONS_TO').map((c) => {
      const a = g.articles.get(c.article)!;
      return {
        supplier: nameOf(g, c.subject),
        recipient: nameOf(g, c.object),
        modality: c.modality,
        saidBy: nameOf(g, c.attributedTo),
        outlet: a.outlet,
        date: claimDate(c, a),
        evidence: c.evidence,
      };
    });
    return orderBy(rows, ['supplier', 'recipient', 'date', 'evidence']);
  },

  asserted_and_denied(g) {
    const groups = new Map<string, { c: Claim; asserted: Set<string>; denied: Set<string> }>();
    for (const c of g.model.claims) {
      const a = g.articles.get(c.article)!;
      const source = nameOf(g, c.attributedTo) ?? a.outlet ?? a.id;
      const key = `${c.subject}\u0000${c.predicate}\u0000${c.object}`;
      const group = groups.get(key) ?? { c, asserted: new Set<string>(), denied: new Set<string>() };
      if (c.modality === 'denied' || c.modality === 'negated') group.denied.add(source);
      else group.asserted.add(source);
      groups.set(key, group);
    }
    const rows = [...groups.values()]
      .filter(({ asserted, denied }) => [...asserted].some((x) => [...denied].some((y) => y !== x)))
      .map(({ c, asserted, denied }) => ({
        subject: nameOf(g, c.subject),
        predicate: c.predicate,
        object: nameOf(g, c.object),
        assertedBy: [...asserted].sort(byString),
        deniedBy: [...denied].sort(byString),
      }));
    return orderBy(rows, ['subject', 'predicate', 'object']);
  },

  corroborated_facts(g, p) {
    const min = Number(p.minOutlets);
    const rows = g.model.factEdges
      .filter((f) => f.outlets.length >= min)
      .map((f) => ({
        subject: nameOf(g, f.subject),
        predicate: f.predicate,
        object: nameOf(g, f.object),
        outlets: f.outlets,
        claims: f.claims,
        articles: f.articles,
        size: f.outlets.length,
      }));
    return orderBy(rows, [['size', 'desc'], ['claims', 'desc'], 'subject', 'predicate', 'object']).map(({ size: _size, ...row }) => row);
  },

  shortest_path(g, p) {
    const from = [...g.entities.values()].filter((e) => matchesEntity(e, p.from)).map((e) => e.id).sort(byString);
    const to = new Set([...g.entities.values()].filter((e) => matchesEntity(e, p.to)).map((e) => e.id));
    const adjacency = new Map<string, { next: string; predicate: string }[]>();
    for (const f of g.model.factEdges) {
      const [s, o] = factEnds(f.subject, f.predicate, f.object);
      adjacency.set(s, [...(adjacency.get(s) ?? []), { next: o, predicate: f.predicate }]);
      adjacency.set(o, [...(adjacency.get(o) ?? []), { next: s, predicate: f.predicate }]);
    }
    const rows: Row[] = [];
    for (const start of from) {
      // breadth-first, neighbours in id order, so the path is deterministic
      const previous = new Map<string, { from: string; predicate: string } | null>([[start, null]]);
      let frontier = [start];
      let found: string | null = null;
      for (let depth = 0; depth < 6 && frontier.length > 0 && found === null; depth++) {
        const next: string[] = [];
        for (const node of frontier) {
          const edges = [...(adjacency.get(node) ?? [])].sort((a, b) => byString(a.next, b.next) || byString(a.predicate, b.predicate));
          for (const e of edges) {
            if (previous.has(e.next)) continue;
            previous.set(e.next, { from: node, predicate: e.predicate });
            if (to.has(e.next) && e.next !== start) {
              found = e.next;
              break;
            }
            next.push(e.next);
          }
          if (found !== null) break;
        }
        frontier = next;
      }
      if (found === null) continue;
      const path: string[] = [];
      const predicates: string[] = [];
      for (let at: string | null = found; at !== null; ) {
        path.unshift(nameOf(g, at) ?? at);
        const step: { from: string; predicate: string } | null = previous.get(at) ?? null;
        if (step) predicates.unshift(step.predicate);
        at = step ? step.from : null;
      }
      rows.push({ hops: predicates.length, path, predicates });
    }
    return rows;
  },

  co_mentioned(g, p) {
    const pairs = new Map<string, { first: string; second: string; articles: number }>();
    for (const mentions of g.mentionsByArticle.values()) {
      const ids = [...new Set(mentions.map((m) => m.entity))].sort(byString);
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
          const key = `${ids[i]}\u0000${ids[j]}`;
          const pair = pairs.get(key) ?? { first: nameOf(g, ids[i])!, second: nameOf(g, ids[j])!, articles: 0 };
          pair.articles += 1;
          pairs.set(key, pair);
        }
    }
    return orderBy([...pairs.values()], [['articles', 'desc'], 'first', 'second']).slice(0, Number(p.limit));
  },

  article_extraction(g, p) {
    const rows = (g.claimsByArticle.get(String(p.article)) ?? []).map((c) => ({
      start: c.start,
      end: c.end,
      subject: nameOf(g, c.subject),
      predicate: c.predicate,
      object: nameOf(g, c.object),
      count: orNull(c.count),
      countModifier: orNull(c.countModifier),
      time: orNull(c.time),
      modality: c.modality,
      role: orNull(c.role),
      attributedTo: nameOf(g, c.attributedTo),
      confidence: c.confidence,
      evidence: c.evidence,
    }));
    return orderBy(rows, ['start', 'predicate', 'subject', 'object']);
  },

  article_entities(g, p) {
    const rows = (g.mentionsByArticle.get(String(p.article)) ?? []).map((m) => ({
      entity: nameOf(g, m.entity),
      type: g.entities.get(m.entity)?.type ?? null,
      mentions: m.count,
    }));
    return orderBy(rows, [['mentions', 'desc'], 'entity']);
  },
};
