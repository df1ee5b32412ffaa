// Layouts and serialised graph answers, cached by store revision and filter
// key. Positions come from one layout of the whole (unfiltered) graph per
// revision, so filtering hides nodes without moving the ones that stay;
// only nodes the base layout lacks trigger a (seeded) layout of the subgraph.
import type { GraphFilters, GraphStore } from '../store/types';
import type { GraphResponse } from './api-types';
import { computeLayout, type Point } from './layout';
import { LIMITS, filterKey } from './validate';

interface BaseLayout {
  revision: string;
  positions: Map<string, Point>;
  iterations: number;
  ms: number;
}

export class GraphCache {
  private base: Promise<BaseLayout> | null = null;
  private baseRevision = '';
  private readonly bodies = new Map<string, Promise<string>>();

  constructor(
    private readonly store: GraphStore,
    private readonly maxEntries = 24,
  ) {}

  /** The JSON text of a graph answer (cached: a repeat costs one revision() call). */
  async graphBody(limit: number, filters: GraphFilters): Promise<string> {
    const revision = await this.store.revision();
    const key = `${revision}|${limit}|${filterKey(filters)}`;
    let body = this.bodies.get(key);
    if (body) {
      // refresh LRU order
      this.bodies.delete(key);
      this.bodies.set(key, body);
      return body;
    }
    body = this.build(revision, limit, filters);
    this.bodies.set(key, body);
    body.catch(() => this.bodies.delete(key));
    while (this.bodies.size > this.maxEntries) {
      const oldest = this.bodies.keys().next().value as string;
      this.bodies.delete(oldest);
    }
    return body;
  }

  /** Precompute the whole-graph layout, e.g. at start-up or after a load. */
  async warm(): Promise<void> {
    await this.graphBody(LIMITS.graphNodes.max, {});
  }

  private async build(revision: string, limit: number, filters: GraphFilters): Promise<string> {
    const [overview, base] = await Promise.all([this.store.overview(limit, filters), this.baseLayout(revision)]);
    let positions: ReadonlyMap<string, Point> = base.positions;
    let layout = { iterations: base.iterations, ms: base.ms };
    if (overview.nodes.some((n) => !base.positions.has(n.id))) {
      const own = computeLayout(overview, { initial: base.positions });
      positions = own.positions;
      layout = { iterations: own.iterations, ms: own.ms };
    }
    const response: GraphResponse = {
      nodes: overview.nodes.map((n) => ({ ...n, ...(positions.get(n.id) ?? { x: 0, y: 0 }) })),
      edges: overview.edges,
      totalNodes: overview.totalNodes,
      totalEdges: overview.totalEdges,
      truncated: overview.truncated,
      revision,
      layout,
    };
    return JSON.stringify(response);
  }

  private baseLayout(revision: string): Promise<BaseLayout> {
    if (!this.base || this.baseRevision !== revision) {
      this.baseRevision = revision;
      const pending = (async () => {
        const overview = await this.store.overview(LIMITS.graphNodes.max, {});
        const result = computeLayout(overview);
        return { revision, ...result };
      })();
      pending.catch(() => {
        if (this.base === pending) this.base = null;
      });
      this.base = pending;
    }
    return this.base;
  }
}
