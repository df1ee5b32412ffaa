// Draws a Cypher answer on the explorer's graph: the entities it returns that
// are already drawn are marked, everything else it returns (entities the
// overview left out, articles, claims, their relationships) is added next to
// its neighbours, and clearing removes exactly what was added. Pure functions
// over the graphology graph: no layout run, positions depend only on the
// graph and the answer, never on timing or on the order of the rows.
import { SYMMETRIC_PREDICATES, isPredicate, type Predicate } from '../../src/extract/types';
import type { ReadQueryResult } from '../../src/store/types';
import { QUERY_EDGE_COLOR, QUERY_NODE_COLOR } from './colors';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './data';

/** Keys of what the overlay adds (non-entity nodes, relationships) start with
 * this; entity ids (`country:KP`) never do, as no entity type is "query". */
export const QUERY_KEY_PREFIX = 'query:';

export function isQueryKey(key: string): boolean {
  return key.startsWith(QUERY_KEY_PREFIX);
}

export interface QueryOverlay {
  /** the graph it was merged into: a graph reloaded since then holds none of it */
  graph: ExplorerGraph;
  /** graph keys of every node and edge the answer holds: what stays lit */
  nodes: Set<string>;
  edges: Set<string>;
  /** what clearing removes, in the order it was added */
  addedNodes: string[];
  addedEdges: string[];
}

export interface OverlaySummary {
  nodes: number;
  edges: number;
  addedNodes: number;
  addedEdges: number;
}

type ResultNode = ReadQueryResult['nodes'][number];
type ResultRelationship = ReadQueryResult['relationships'][number];

/** An entity is keyed by its entity id, so one already drawn is found; any other node by its elementId. */
export function graphKeyOf(node: ResultNode): string {
  return node.entityId ?? `${QUERY_KEY_PREFIX}${node.id}`;
}

const ADDED_NODE_SIZE = 5;
const ADDED_EDGE_SIZE = 1.5;
/** Spacing of added nodes, as a share of the drawn graph's larger side: about
 * half the typical gap between drawn nodes (side / √n), kept between 0.4 % (a
 * dense graph the user zooms into) and 8 % (a handful of nodes). */
export function stepShare(order: number): number {
  return Math.min(0.08, Math.max(0.004, 0.5 / Math.sqrt(Math.max(1, order))));
}
/** @sigma/edge-curve's default curvature (0.25), not imported: that package
 * needs WebGL when loaded, and this module is tested outside a browser */
const BASE_CURVATURE = 0.25;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** FNV-1a of a string, in [0, 1): a stable per-anchor turn, so the nodes
 * hung on different anchors do not all start at the same angle. */
function unitHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function boundingBox(graph: ExplorerGraph): Box | null {
  let box: Box | null = null;
  graph.forEachNode((_n, a) => {
    if (!box) box = { minX: a.x, minY: a.y, maxX: a.x, maxY: a.y };
    else {
      box.minX = Math.min(box.minX, a.x);
      box.minY = Math.min(box.minY, a.y);
      box.maxX = Math.max(box.maxX, a.x);
      box.maxY = Math.max(box.maxY, a.y);
    }
  });
  return box;
}

/**
 * Positions for the answer's nodes the graph does not hold. In waves: a node
 * with neighbours already placed goes on a small spiral around their centre
 * (the first anchor's turn, one slot per node hung on it); nodes that never
 * reach a placed neighbour go in a grid under the drawn graph. Within a wave
 * nodes are taken in key order, so the answer's row order does not matter.
 */
export function placeNewNodes(graph: ExplorerGraph, keys: string[], links: [string, string][]): Map<string, { x: number; y: number }> {
  const box = boundingBox(graph) ?? { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  const side = Math.max(box.maxX - box.minX, box.maxY - box.minY);
  const step = side > 0 ? side * stepShare(graph.order) : 1;

  const neighbours = new Map<string, Set<string>>();
  for (const [a, b] of links) {
    if (a === b) continue;
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    if (!neighbours.has(b)) neighbours.set(b, new Set());
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  }
  const out = new Map<string, { x: number; y: number }>();
  const placedAt = (k: string): { x: number; y: number } | undefined => {
    const p = out.get(k);
    if (p) return p;
    return graph.hasNode(k) ? { x: graph.getNodeAttribute(k, 'x'), y: graph.getNodeAttribute(k, 'y') } : undefined;
  };

  const slots = new Map<string, number>();
  let pending = [...new Set(keys)].filter((k) => !graph.hasNode(k)).sort();
  for (;;) {
    const wave = pending.filter((k) => [...(neighbours.get(k) ?? [])].some((n) => placedAt(n)));
    if (wave.length === 0) break;
    const next = new Map<string, { x: number; y: number }>();
    for (const k of wave) {
      const anchors = [...neighbours.get(k)!].filter((n) => placedAt(n)).sort();
      const cx = anchors.reduce((s, n) => s + placedAt(n)!.x, 0) / anchors.length;
      const cy = anchors.reduce((s, n) => s + placedAt(n)!.y, 0) / anchors.length;
      const first = anchors[0]!;
      const slot = slots.get(first) ?? 0;
      slots.set(first, slot + 1);
      const angle = 2 * Math.PI * unitHash(first) + slot * GOLDEN_ANGLE;
      const r = step * (1 + 0.5 * Math.sqrt(slot));
      next.set(k, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
    }
    // a wave sees only what earlier waves placed: its own order cannot matter
    for (const [k, p] of next) out.set(k, p);
    const placed = new Set(wave);
    pending = pending.filter((k) => !placed.has(k));
  }
  const cols = Math.max(1, Math.ceil(Math.sqrt(pending.length)));
  pending.forEach((k, i) => {
    out.set(k, { x: box.minX + (i % cols) * 2 * step, y: box.minY - 2 * step * (1 + Math.floor(i / cols)) });
  });
  return out;
}

/** The drawn fact edge that says what this relationship says (same ends and predicate), if any. */
function drawnFactEdge(graph: ExplorerGraph, source: string, target: string, type: string): string | undefined {
  const same = graph.directedEdges(source, target).find((e) => graph.getEdgeAttribute(e, 'predicate') === type);
  if (same || !isPredicate(type) || !SYMMETRIC_PREDICATES.has(type)) return same;
  // symmetric facts are stored once, either way round
  return graph.directedEdges(target, source).find((e) => graph.getEdgeAttribute(e, 'predicate') === type);
}

/** Merges a query answer into the graph (see the file comment). */
export function applyQueryResult(graph: ExplorerGraph, result: Pick<ReadQueryResult, 'nodes' | 'relationships'>): QueryOverlay {
  const overlay: QueryOverlay = { graph, nodes: new Set(), edges: new Set(), addedNodes: [], addedEdges: [] };
  const keyOf = new Map<string, string>();
  const byKey = new Map<string, ResultNode>();
  for (const n of result.nodes) {
    const key = graphKeyOf(n);
    keyOf.set(n.id, key);
    if (!byKey.has(key) || n.id < byKey.get(key)!.id) byKey.set(key, n);
  }
  const relationships: ResultRelationship[] = [...result.relationships]
    .filter((r) => keyOf.has(r.source) && keyOf.has(r.target))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const positions = placeNewNodes(graph, [...byKey.keys()], relationships.map((r) => [keyOf.get(r.source)!, keyOf.get(r.target)!]));
  for (const key of [...byKey.keys()].sort()) {
    overlay.nodes.add(key);
    if (graph.hasNode(key)) continue;
    const n = byKey.get(key)!;
    const attrs: Omit<NodeAttrs, 'entityType'> & { entityType?: NodeAttrs['entityType'] } = {
      ...positions.get(key)!,
      size: ADDED_NODE_SIZE,
      color: QUERY_NODE_COLOR,
      label: n.caption ?? n.name ?? n.labels[0] ?? n.id,
      mentions: 0,
    };
    if (n.type) attrs.entityType = n.type;
    // an article or claim has no entity type: the attribute stays absent
    graph.addNode(key, attrs as NodeAttrs);
    overlay.addedNodes.push(key);
  }

  for (const r of relationships) {
    const source = keyOf.get(r.source)!;
    const target = keyOf.get(r.target)!;
    const drawn = drawnFactEdge(graph, source, target, r.type);
    if (drawn !== undefined) {
      overlay.edges.add(drawn);
      continue;
    }
    const key = `${QUERY_KEY_PREFIX}${r.id}`;
    // sigma cannot draw a loop; the same relationship twice is one edge
    if (source === target || graph.hasEdge(key)) continue;
    const parallel = graph.edges(source, target).length + graph.edges(target, source).length;
    const attrs: Omit<EdgeAttrs, 'predicate'> & { predicate?: Predicate } = {
      size: ADDED_EDGE_SIZE,
      color: QUERY_EDGE_COLOR,
      label: r.type,
      claims: 0,
      type: parallel > 0 ? 'curvedArrow' : 'arrow',
      curvature: parallel > 0 ? BASE_CURVATURE * (1 + 0.5 * parallel) : 0,
    };
    if (isPredicate(r.type)) attrs.predicate = r.type;
    // STATED_IN, SUBJECT… are no predicate: the attribute stays absent
    graph.addDirectedEdgeWithKey(key, source, target, attrs as EdgeAttrs);
    overlay.edges.add(key);
    overlay.addedEdges.push(key);
  }
  return overlay;
}

/** Removes what the overlay added. A graph reloaded since holds none of it. */
export function clearQueryResult(graph: ExplorerGraph, overlay: QueryOverlay): void {
  if (overlay.graph !== graph) return;
  for (const e of overlay.addedEdges) if (graph.hasEdge(e)) graph.dropEdge(e);
  for (const n of overlay.addedNodes) if (graph.hasNode(n)) graph.dropNode(n);
}

export function summarize(overlay: QueryOverlay): OverlaySummary {
  return { nodes: overlay.nodes.size, edges: overlay.edges.size, addedNodes: overlay.addedNodes.length, addedEdges: overlay.addedEdges.length };
}

/** "7 nodes (3 added) and 6 relationships (4 added)" */
export function describeSummary(s: OverlaySummary): string {
  const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  return `${plural(s.nodes, 'node', 'nodes')} (${s.addedNodes.toLocaleString('en')} added) and ${plural(s.edges, 'relationship', 'relationships')} (${s.addedEdges.toLocaleString('en')} added)`;
}
