// The Neo4j store: a thin adapter over a CypherRunner. Reads fetch rows with
// the statements in statements.ts and shape them with the same functions the
// embedded store uses (query.ts, filters.ts).
import { PREDICATES, isEntityType, type EntityType, type ExtractedDocument } from '../../extract/types';
import { periodEnd, periodStart } from '../dates';
import { edgesFromClaims, filtersTouchClaims } from '../filters';
import { sha256Hex } from '../hash';
import { buildEntityDetail, normaliseForSearch, rankSearch, selectOverview } from '../query';
import {
  StoreError,
  type Claim,
  type ClaimView,
  type EntityDetail,
  type GraphFilters,
  type GraphOverview,
  type GraphStore,
  type LoadOptions,
  type LoadSummary,
  type OverviewEdge,
  type ReadQueryOptions,
  type ReadQueryResult,
  type OverviewNode,
  type SearchHit,
  type StoreStats,
  type StoredEntity,
} from '../types';
import { connectNeo4j, type ConnectDeps, type Neo4jConfig } from './config';
import { applySchema, loadIntoNeo4j } from './loader';
import { shapeReadResult } from './read-query';
import { DriverRunner, type CypherRunner, type Row } from './runner';
import * as S from './statements';

export interface Neo4jStoreOptions {
  config?: Neo4jConfig;
  /** use this runner instead of connecting (tests: RecordingRunner) */
  runner?: CypherRunner;
  connect?: ConnectDeps;
}

const CLAIM_KEYS: (keyof Claim)[] = [
  'id', 'article', 'predicate', 'subject', 'object', 'count', 'countModifier', 'time', 'modality', 'role',
  'attributedTo', 'confidence', 'evidence', 'start', 'end',
];

const list = (xs: readonly string[] | undefined): string[] | null => (xs && xs.length > 0 ? [...xs] : null);

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private runner: CypherRunner | null;
  private initialised: Promise<void> | null = null;

  constructor(private readonly options: Neo4jStoreOptions) {
    this.runner = options.runner ?? null;
    if (!options.runner && !options.config) throw new StoreError('CONNECTION_FAILED', 'Neo4jStore needs a config or a runner');
  }

  init(): Promise<void> {
    this.initialised ??= (async () => {
      if (!this.runner) {
        const driver = await connectNeo4j(this.options.config!, this.options.connect);
        this.runner = new DriverRunner(driver, this.options.config!.database);
      }
      await applySchema(this.runner);
    })();
    return this.initialised;
  }

  private async db(): Promise<CypherRunner> {
    await this.init();
    return this.runner!;
  }

  /** The runner, for library queries. */
  async cypher(): Promise<CypherRunner> {
    return this.db();
  }

  async load(docs: ExtractedDocument[], opts?: LoadOptions): Promise<LoadSummary> {
    return loadIntoNeo4j(await this.db(), docs, opts);
  }

  async overview(limit: number, filters?: GraphFilters): Promise<GraphOverview> {
    const db = await this.db();
    const nodes: OverviewNode[] = (await db.run(S.OVERVIEW_NODES, { types: list(filters?.types) }))
      .filter((r) => isEntityType(r.type))
      .map((r) => ({ id: String(r.id), name: String(r.name), type: r.type as EntityType, mentions: Number(r.mentions ?? 0) }));
    const predicates = list(filters?.predicates) ?? [...PREDICATES];
    let edges: OverviewEdge[];
    if (filtersTouchClaims(filters)) {
      const rows = await db.run(S.OVERVIEW_CLAIMS, {
        predicates,
        outlets: list(filters?.outlets),
        modalities: list(filters?.modalities),
        from: filters?.from ? periodStart(filters.from) : null,
        to: filters?.to ? periodEnd(filters.to) : null,
      });
      edges = edgesFromClaims(rows.map((r) => ({ subject: String(r.subject), predicate: r.predicate as Claim['predicate'], object: String(r.object) })));
    } else {
      edges = (await db.run(S.OVERVIEW_FACT_EDGES, { predicates })).map((r) => ({
        id: String(r.id),
        source: String(r.source),
        target: String(r.target),
        predicate: r.predicate as Claim['predicate'],
        claims: Number(r.claims),
      }));
    }
    return selectOverview(nodes, edges, limit, filters?.hideIsolated ?? false);
  }

  async entity(id: string): Promise<EntityDetail | null> {
    const db = await this.db();
    const [row] = await db.run(S.ENTITY_BY_ID, { id });
    if (!row || !isEntityType(row.type)) return null;
    const entity: StoredEntity = {
      id: String(row.id),
      name: String(row.name),
      type: row.type,
      aliases: (row.aliases as string[] | null) ?? [],
      mentions: Number(row.mentions ?? 0),
      articles: Number(row.articles ?? 0),
    };
    if (typeof row.wikidata === 'string') entity.wikidata = row.wikidata;
    const types = new Map<string, EntityType>([[entity.id, entity.type]]);
    const claims = (await db.run(S.ENTITY_CLAIMS, { id })).map((r) => toClaimView(r, types));
    const articles = (await db.run(S.ENTITY_ARTICLES, { id })).map((r) => ({
      id: String(r.id),
      outlet: (r.outlet as string | null) ?? null,
      title: (r.title as string | null) ?? null,
      publishedAt: (r.publishedAt as string | null) ?? null,
      mentions: Number(r.mentions),
    }));
    return buildEntityDetail(entity, claims, types, articles);
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const q = normaliseForSearch(query);
    if (q.length === 0 || limit <= 0) return [];
    const rows = await (await this.db()).run(S.SEARCH_ENTITIES, { q });
    const candidates = rows
      .filter((r) => isEntityType(r.type))
      .map((r) => ({
        id: String(r.id),
        name: String(r.name),
        type: r.type as EntityType,
        aliases: (r.aliases as string[] | null) ?? [],
        mentions: Number(r.mentions ?? 0),
      }));
    return rankSearch(candidates, query, limit);
  }

  async stats(): Promise<StoreStats> {
    const db = await this.db();
    const byType: StoreStats['byType'] = {};
    let entities = 0;
    for (const r of await db.run(S.COUNT_ENTITIES_BY_TYPE)) {
      if (isEntityType(r.type)) byType[r.type] = Number(r.n);
      entities += Number(r.n);
    }
    const byPredicate: StoreStats['byPredicate'] = {};
    let claims = 0;
    for (const r of await db.run(S.COUNT_CLAIMS_BY_PREDICATE)) {
      byPredicate[r.predicate as Claim['predicate']] = Number(r.n);
      claims += Number(r.n);
    }
    const [articles] = await db.run(S.COUNT_ARTICLES);
    const [facts] = await db.run(S.COUNT_FACT_EDGES, { predicates: [...PREDICATES] });
    return { articles: Number(articles?.n ?? 0), entities, claims, factEdges: Number(facts?.n ?? 0), byType, byPredicate };
  }

  /** The Cypher box: the server's guard refuses write clauses first; here the
   * query runs in read access mode, with a time-out and a row limit. */
  async readQuery(cypher: string, params: Record<string, unknown>, opts: ReadQueryOptions): Promise<ReadQueryResult> {
    const db = await this.db();
    if (!db.readQuery) throw new StoreError('CONNECTION_FAILED', 'this Neo4j connection cannot run read queries');
    const limits = { timeoutMs: Math.max(1, Math.floor(opts.timeoutMs)), rowLimit: Math.max(0, Math.floor(opts.rowLimit)) };
    return shapeReadResult(await db.readQuery(cypher, params, limits));
  }

  async revision(): Promise<string> {
    const rows = await (await this.db()).run(S.REVISION_ROWS);
    return sha256Hex(JSON.stringify(rows.map((r) => [r.id, r.contentHash, r.sources]))).slice(0, 16);
  }

  async close(): Promise<void> {
    if (this.initialised) await this.initialised.catch(() => undefined);
    await this.runner?.close();
  }
}

function toClaimView(r: Row, types: Map<string, EntityType>): ClaimView {
  const props = (r.claim ?? {}) as Record<string, unknown>;
  const claim: Record<string, unknown> = {};
  for (const key of CLAIM_KEYS) if (props[key] !== null && props[key] !== undefined) claim[key] = props[key];
  const view = {
    ...(claim as unknown as Claim),
    articleOutlet: (r.outlet as string | null) ?? null,
    articleTitle: (r.title as string | null) ?? null,
    articlePublishedAt: (r.publishedAt as string | null) ?? null,
    articleSource: String(r.source ?? ''),
    subjectName: String(r.subjectName),
    objectName: String(r.objectName),
  } as ClaimView;
  if (typeof r.attributedToName === 'string') view.attributedToName = r.attributedToName;
  if (isEntityType(r.subjectType)) types.set(view.subject, r.subjectType);
  if (isEntityType(r.objectType)) types.set(view.object, r.objectType);
  return view;
}
