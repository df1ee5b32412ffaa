// The JSON shapes of the explorer API: shared by the server (src/server) and
// the page (web/src), so both sides compile against one contract.
import type { EntityType, Modality, Predicate } from '../extract/types';
import type {
  ClaimView,
  EntityDetail,
  OverviewEdge,
  OverviewNode,
  ReadQueryResult,
  SearchHit,
  StoreStats,
} from '../store/types';

export interface ApiErrorBody {
  error: { code: string; message: string; param?: string };
}

export interface GraphNodeView extends OverviewNode {
  x: number;
  y: number;
}

export interface GraphResponse {
  nodes: GraphNodeView[];
  edges: OverviewEdge[];
  totalNodes: number;
  totalEdges: number;
  truncated: boolean;
  revision: string;
  layout: { iterations: number; ms: number };
}

export interface HealthResponse {
  ok: true;
  store: 'embedded' | 'neo4j';
  revision: string;
  readQuery: boolean;
}

export type StatsResponse = StoreStats & { revision: string };
export type EntityResponse = EntityDetail;
export interface SearchResponse {
  hits: SearchHit[];
}

export interface FacetCount<T extends string = string> {
  value: T;
  count: number;
}
export interface FacetsResponse {
  types: FacetCount<EntityType>[];
  predicates: FacetCount<Predicate>[];
  outlets: FacetCount[];
  modalities: FacetCount<Modality>[];
  /** earliest and latest claim date (claim time, else article date) */
  dates: { min: string | null; max: string | null };
}

export interface FactsResponse {
  claims: ClaimView[];
  truncated: boolean;
}

export type DisagreementReason = 'counts' | 'modality';
export interface DisagreementGroup {
  subject: string;
  subjectName: string;
  predicate: Predicate;
  object: string;
  objectName: string;
  reasons: DisagreementReason[];
  /** ordered by date, then outlet */
  claims: ClaimView[];
}
export interface DisagreementsResponse {
  groups: DisagreementGroup[];
}

export interface QueryLibraryEntry {
  name: string;
  title: string;
  cypher: string;
}
export interface QueryLibraryResponse {
  queries: QueryLibraryEntry[];
}
export type QueryResponse = ReadQueryResult & { ms: number };
