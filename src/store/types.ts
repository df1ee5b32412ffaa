// Types of the store stage: the graph model (ontology + provenance) and the
// one interface both stores (embedded, Neo4j) implement.
import type {
  CountModifier,
  EntityType,
  ExtractedDocument,
  Modality,
  Predicate,
} from '../extract/types';

export interface StoredEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  wikidata?: string;
  /** total mentions over all articles */
  mentions: number;
  /** number of articles mentioning it */
  articles: number;
}

export interface StoredArticle {
  id: string;
  /** every path this content was loaded from (duplicates by content hash are loaded once) */
  sources: string[];
  outlet: string | null;
  title: string | null;
  publishedAt: string | null;
  language: string;
  contentHash: string;
}

/** One extracted fact as stated in one article. */
export interface Claim {
  /** deterministic: hash of (article, predicate, subject, object, evidence offsets) */
  id: string;
  article: string;
  predicate: Predicate;
  subject: string;
  object: string;
  count?: number;
  countModifier?: CountModifier;
  time?: string;
  modality: Modality;
  role?: string;
  attributedTo?: string;
  confidence: number;
  evidence: string;
  start: number;
  end: number;
}

/** Derived edge: one per (subject, predicate, object), aggregated from claims. */
export interface FactEdge {
  id: string;
  subject: string;
  predicate: Predicate;
  object: string;
  claims: number;
  articles: number;
  outlets: string[];
  firstSeen?: string;
  lastSeen?: string;
  counts: number[];
}

export interface GraphFilters {
  types?: EntityType[];
  predicates?: Predicate[];
  outlets?: string[];
  modalities?: Modality[];
  /** inclusive ISO dates compared against claim time, else article date */
  from?: string;
  to?: string;
  hideIsolated?: boolean;
}

export interface OverviewNode {
  id: string;
  name: string;
  type: EntityType;
  mentions: number;
}
export interface OverviewEdge {
  id: string;
  source: string;
  target: string;
  predicate: Predicate;
  claims: number;
}
export interface GraphOverview {
  nodes: OverviewNode[];
  edges: OverviewEdge[];
  /** totals before the limit was applied */
  totalNodes: number;
  totalEdges: number;
  truncated: boolean;
}

/** A claim with what a reader needs to judge it. */
export interface ClaimView extends Claim {
  articleOutlet: string | null;
  articleTitle: string | null;
  articlePublishedAt: string | null;
  articleSource: string;
  attributedToName?: string;
  subjectName: string;
  objectName: string;
}

export interface EntityFact {
  direction: 'out' | 'in';
  predicate: Predicate;
  /** the entity at the other end */
  other: { id: string; name: string; type: EntityType };
  claims: ClaimView[];
}

export interface EntityDetail {
  entity: StoredEntity;
  facts: EntityFact[];
  articles: { id: string; outlet: string | null; title: string | null; publishedAt: string | null; mentions: number }[];
}

export interface SearchHit {
  id: string;
  name: string;
  type: EntityType;
  /** the alias that matched, when it was not the name */
  matched?: string;
  mentions: number;
}

export interface StoreStats {
  articles: number;
  entities: number;
  claims: number;
  factEdges: number;
  byType: Partial<Record<EntityType, number>>;
  byPredicate: Partial<Record<Predicate, number>>;
}

export interface LoadProgress {
  documents: number;
  totalDocuments: number;
  rows: number;
  /** time since the load started, to compute documents and rows per second */
  elapsedMs?: number;
}

export interface LoadSummary {
  documents: number;
  /** articles whose content was new or changed */
  written: number;
  /** articles already present with the same content hash */
  unchanged: number;
  /** duplicates by content hash under another source path */
  duplicates: number;
  entities: number;
  claims: number;
  ms: number;
  /** documents rejected whole by validation (the others still went in) */
  rejected?: { id: string; code: string; message: string }[];
}

export interface LoadOptions {
  onProgress?: (p: LoadProgress) => void;
  /** rows per transaction batch (Neo4j) */
  batchSize?: number;
}

/** The one interface both stores implement. Every method is read-consistent:
 * a load in progress is either invisible or complete to readers. */
export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** create schema / open files; idempotent */
  init(): Promise<void>;
  load(docs: ExtractedDocument[], opts?: LoadOptions): Promise<LoadSummary>;
  overview(limit: number, filters?: GraphFilters): Promise<GraphOverview>;
  entity(id: string): Promise<EntityDetail | null>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  /** changes whenever the contents change (used to cache layouts) */
  revision(): Promise<string>;
  close(): Promise<void>;
  /** optional: claims matching the filters, at most `limit`. The server falls
   * back to walking overview() + entity() when a store does not provide it. */
  claims?(filters: GraphFilters, limit: number): Promise<ClaimView[]>;
  /** optional (Neo4j): run one read-only Cypher query in read access mode with
   * a time-out and a row limit; the server refuses write clauses before calling. */
  readQuery?(cypher: string, params: Record<string, unknown>, opts: ReadQueryOptions): Promise<ReadQueryResult>;
}

export interface ReadQueryOptions {
  timeoutMs: number;
  rowLimit: number;
}

/** A read query's answer, already converted to plain JSON values. */
export interface ReadQueryResult {
  columns: string[];
  rows: unknown[][];
  /** graph elements found anywhere in the rows, for drawing */
  nodes: {
    /** Neo4j's elementId: what `relationships` refer to */
    id: string;
    labels: string[];
    name?: string;
    type?: EntityType;
    /** the `id` property of an `:Entity` node (e.g. `country:KP`): the key the explorer's graph uses */
    entityId?: string;
    /** a short text to draw the node with: the entity's name, an article's title, a claim's predicate and count… */
    caption?: string;
  }[];
  relationships: { id: string; type: string; source: string; target: string }[];
  truncated: boolean;
}

export class StoreError extends Error {
  constructor(
    public readonly code:
      | 'INVALID_DOCUMENT'
      | 'UNKNOWN_PREDICATE'
      | 'MISSING_ENTITY'
      | 'CONNECTION_FAILED'
      | 'AUTH_FAILED'
      | 'CORRUPT_SNAPSHOT'
      | 'WRITE_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
