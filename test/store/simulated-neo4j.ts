// A responder for RecordingRunner that keeps just enough state to answer the
// loader's reads, interpreting each statement by its name in statements.ts. It
// lets the tests compare what the loader would leave in Neo4j with the
// embedded store's model, without a database.
import neo4j from 'neo4j-driver';
import { ENTITY_TYPES, PREDICATES } from '../../src/extract/types';
import type { Params, Row } from '../../src/store/neo4j/runner';
import * as S from '../../src/store/neo4j/statements';

type Obj = Record<string, unknown>;

/** neo4j Integers back to numbers, as DriverRunner returns them. */
export function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

export class SimulatedNeo4j {
  readonly articles = new Map<string, Obj>();
  readonly mentions = new Map<string, Obj>(); // article \0 entity
  readonly claims = new Map<string, Obj>();
  readonly entities = new Map<string, Obj>();
  readonly facts = new Map<string, Obj>(); // predicate|subject|object
  private readonly names = new Map(Object.entries(S.allStatements()).map(([n, t]) => [t, n]));

  respond = (statement: string, raw: Params): Row[] => {
    const params = plain(raw) as { ids?: string[]; hashes?: string[]; rows?: Obj[] };
    const name = this.names.get(statement) ?? '';
    const ids = new Set(params.ids ?? []);
    const rows = params.rows ?? [];
    const articleOut = (a: Obj): Row => ({ id: a.id, contentHash: a.contentHash, sources: a.sources, memberIds: a.memberIds });
    switch (name) {
      case 'READ_ARTICLES_BY_ID':
        return [...ids].filter((id) => this.articles.has(id)).map((id) => articleOut(this.articles.get(id)!));
      case 'READ_ARTICLES_BY_HASH':
        return [...this.articles.values()].filter((a) => (params.hashes ?? []).includes(a.contentHash as string)).map(articleOut);
      case 'READ_ARTICLE_CLAIM_KEYS':
        return [...this.claims.values()].filter((c) => ids.has(c.article as string)).map((c) => ({ subject: c.subject, predicate: c.predicate, object: c.object }));
      case 'READ_ARTICLE_ENTITIES':
        return [...this.mentions.values()].filter((m) => ids.has(m.article as string)).map((m) => ({ id: m.entity }));
      case 'READ_CONTRIBUTIONS':
        return [...this.mentions.values()].filter((m) => ids.has(m.entity as string)).map((m) => ({ ...m }));
      case 'READ_FACT_CLAIMS':
        return [...this.claims.values()]
          .filter((c) => rows.some((r) => r.subject === c.subject && r.predicate === c.predicate && r.object === c.object))
          .map((c) => {
            const a = this.articles.get(c.article as string)!;
            return { ...c, outlet: a.outlet, publishedAt: a.publishedAt };
          });
      case 'DELETE_ARTICLE_CLAIMS':
        for (const [id, c] of this.claims) if (ids.has(c.article as string)) this.claims.delete(id);
        return [];
      case 'DELETE_ARTICLE_MENTIONS':
        for (const [k, m] of this.mentions) if (ids.has(m.article as string)) this.mentions.delete(k);
        return [];
      case 'DELETE_ARTICLES':
        for (const id of ids) this.articles.delete(id);
        return [];
      case 'UPSERT_ARTICLES':
        for (const r of rows) this.articles.set(r.id as string, { ...r });
        return [];
      case 'ADD_ARTICLE_MEMBERS':
        for (const r of rows) Object.assign(this.articles.get(r.id as string)!, r);
        return [];
      case 'UPSERT_MENTIONS':
        for (const r of rows) this.mentions.set(`${r.article}\u0000${r.entity}`, { ...r });
        return [];
      case 'UPSERT_CLAIMS':
        for (const r of rows) this.claims.set(r.id as string, { ...r });
        return [];
      case 'DELETE_UNMENTIONED_ENTITIES':
        for (const id of ids) if (![...this.mentions.values()].some((m) => m.entity === id)) this.entities.delete(id);
        return [];
      default:
        break;
    }
    for (const t of ENTITY_TYPES)
      if (name === `UPSERT_ENTITIES_${t}`) for (const r of rows) this.entities.set(r.id as string, { ...r, label: t });
    for (const p of PREDICATES) {
      if (name === `UPSERT_FACT_EDGES_${p}`) for (const r of rows) this.facts.set(`${r.subject}|${p}|${r.object}`, { ...r, predicate: p });
      if (name === `DELETE_FACT_EDGES_${p}`) for (const r of rows) this.facts.delete(`${r.subject}|${p}|${r.object}`);
    }
    return [];
  };
}
