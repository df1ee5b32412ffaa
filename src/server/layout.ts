// Server-side layout: ForceAtlas2 with a fixed iteration budget, then noverlap.
// Initial positions come from a hash of each id (or from a known layout), and
// nodes and edges are sorted by id first, so the same graph always gets the
// same picture, whatever order the store returned it in.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { GraphOverview } from '../store/types';

export interface Point {
  x: number;
  y: number;
}

export interface LayoutResult {
  positions: Map<string, Point>;
  iterations: number;
  ms: number;
}

/** FNV-1a, 32 bit: a cheap, stable hash for seeding positions. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A deterministic point in a disc of radius `radius` for an id. */
export function seededPosition(id: string, radius = 100): Point {
  const a = (hashString(id) / 0x100000000) * 2 * Math.PI;
  const r = Math.sqrt(hashString(id, 0x9747b28c) / 0x100000000) * radius;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

/** Fewer iterations for larger graphs keeps the cost bounded (each iteration is ~O(n log n + e)). */
export function iterationBudget(nodes: number): number {
  if (nodes <= 500) return 300;
  if (nodes <= 2000) return 150;
  if (nodes <= 10000) return 60;
  return 30;
}

export function nodeSize(mentions: number): number {
  return 3 + Math.min(12, 2.2 * Math.log2(1 + Math.max(0, mentions)));
}

export interface LayoutOptions {
  /** positions to start from (kept for nodes that have them) */
  initial?: ReadonlyMap<string, Point>;
  iterations?: number;
}

export function computeLayout(overview: Pick<GraphOverview, 'nodes' | 'edges'>, opts: LayoutOptions = {}): LayoutResult {
  const started = performance.now();
  const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  const nodes = [...overview.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const radius = Math.max(100, Math.sqrt(nodes.length) * 20);
  for (const n of nodes) {
    const p = opts.initial?.get(n.id) ?? seededPosition(n.id, radius);
    graph.addNode(n.id, { x: p.x, y: p.y, size: nodeSize(n.mentions) });
  }
  const edges = [...overview.edges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const e of edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    // parallel facts between one pair pull once, weighted by how many there are
    const key = graph.edge(e.source, e.target);
    if (key !== undefined) graph.updateEdgeAttribute(key, 'weight', (w: number | undefined) => (w ?? 1) + 1);
    else graph.addEdge(e.source, e.target, { weight: 1 });
  }
  const iterations = opts.iterations ?? iterationBudget(graph.order);
  if (graph.order > 1 && iterations > 0) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: 'weight',
      // Barnes-Hut with a coarse theta: measured ~10x faster than the default
      // 0.5 at 20k nodes, and the picture is still a readable overview
      // small graphs: more repulsion and size-aware spacing, so a dense core of
      // news actors (and their labels) does not collapse into one knot
      settings:
        graph.order > 400
          ? { ...settings, barnesHutOptimize: true, barnesHutTheta: graph.order > 5000 ? 1.2 : 0.9, adjustSizes: false }
          : { ...settings, barnesHutOptimize: false, adjustSizes: true, scalingRatio: 20, gravity: 0.3, strongGravityMode: true },
    });
    noverlap.assign(graph, {
      maxIterations: graph.order > 5000 ? 5 : 30,
      inputReducer: (_key, attr) => ({ x: attr.x, y: attr.y, size: attr.size }),
      // about one node per grid cell keeps each pass near-linear (the default 20x20 grid is quadratic at 20k nodes)
      settings: { margin: 2, ratio: 1.2, gridSize: Math.max(20, Math.ceil(Math.sqrt(graph.order))) },
    });
  }
  const positions = new Map<string, Point>();
  graph.forEachNode((id, attr) => {
    positions.set(id, { x: round(attr.x as number), y: round(attr.y as number) });
  });
  return { positions, iterations, ms: Math.round(performance.now() - started) };
}

/** Two decimals are plenty on screen and keep the JSON small. */
function round(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 100) / 100 : 0;
}
