// Data controller: fetches the laid-out graph from the API and turns it into
// the graphology graph sigma draws. Positions come from the server; the
// browser never runs a layout.
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import type { EntityType, Predicate } from '../../src/extract/types';
import type { GraphResponse } from '../../src/server/api-types';
import { api } from './api';
import { EDGE_COLOR, TYPE_COLORS } from './colors';
import { filterParams, type FilterState } from './url';

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  entityType: EntityType;
  mentions: number;
}
export interface EdgeAttrs {
  size: number;
  color: string;
  label: string;
  predicate: Predicate;
  claims: number;
  type: 'arrow' | 'curvedArrow' | 'line';
  curvature: number;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}
export type ExplorerGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

/** The API caps graphs at 50,000 nodes; the page asks for all it may have. */
export const PAGE_NODE_LIMIT = 50000;

export async function fetchGraph(filters: FilterState): Promise<GraphResponse> {
  return api.graph({ limit: String(PAGE_NODE_LIMIT), ...filterParams(filters) });
}

export function nodeSize(mentions: number): number {
  return 3 + Math.min(12, 2.2 * Math.log2(1 + Math.max(0, mentions)));
}

/** Spread parallel edges (several predicates between one pair) on curves;
 * as in sigma's "parallel edges" example. */
export function curvatureFor(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvatureFor(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** Above this many edges the overview draws plain lines (arrows return on the
 * hovered or selected node's edges): measured in headless Chromium on
 * SwiftShader, arrow heads and curves double the per-frame cost at 50k edges. */
export const LARGE_GRAPH_EDGES = 15000;

export function fillGraph(graph: ExplorerGraph, data: GraphResponse): void {
  const large = data.edges.length > LARGE_GRAPH_EDGES;
  graph.clear();
  for (const n of data.nodes) {
    graph.addNode(n.id, {
      x: n.x,
      y: n.y,
      size: nodeSize(n.mentions),
      color: TYPE_COLORS[n.type] ?? '#777',
      label: n.name,
      entityType: n.type,
      mentions: n.mentions,
    });
  }
  for (const e of data.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.id)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      size: Math.min(6, 1 + Math.log2(e.claims)),
      color: EDGE_COLOR,
      label: e.predicate.toLowerCase().replace(/_/g, ' '),
      predicate: e.predicate,
      claims: e.claims,
      type: large ? 'line' : 'arrow',
      curvature: 0,
    });
  }
  if (large) return;
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  graph.forEachEdge((edge, attrs) => {
    const index = attrs.parallelIndex;
    const max = attrs.parallelMaxIndex;
    if (typeof index === 'number' && typeof max === 'number' && max > 0) {
      graph.mergeEdgeAttributes(edge, { type: 'curvedArrow', curvature: curvatureFor(index, max) });
    } else if (graph.hasEdge(graph.target(edge), graph.source(edge))) {
      // a pair linked both ways: curve so the two arrows do not overlap
      graph.mergeEdgeAttributes(edge, { type: 'curvedArrow', curvature: DEFAULT_EDGE_CURVATURE / 2 });
    }
  });
}

export function typeCounts(graph: ExplorerGraph): Partial<Record<EntityType, number>> {
  const counts: Partial<Record<EntityType, number>> = {};
  graph.forEachNode((_id, a) => {
    counts[a.entityType] = (counts[a.entityType] ?? 0) + 1;
  });
  return counts;
}
