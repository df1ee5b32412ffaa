// Claims for the fact table, the facets and the disagreement view. Uses the
// store's claims() when it has one; otherwise walks the overview and each
// entity's outgoing facts (fine at news-archive scale, capped all the same).
import type { EntityType } from '../extract/types';
import { claimViewDate, compareClaimViews } from '../store/claim-order';
import { overlapsRange } from '../store/dates';
import type { ClaimView, GraphFilters, GraphStore } from '../store/types';
import { LIMITS } from './validate';

/** The date a claim is filed under: its own time, else its article's date. */
export const claimDate = claimViewDate;

/** Partial-date range test: "2024-10" lies within from=2024 .. to=2024-10-31.
 * The stores' overlap rule, so the table and the graph filter dates alike. */
export function dateInRange(date: string | null, from?: string, to?: string): boolean {
  return overlapsRange(date, from, to);
}

export function claimMatches(c: ClaimView, filters: GraphFilters, typeOf: (id: string) => EntityType | undefined): boolean {
  if (filters.predicates && !filters.predicates.includes(c.predicate)) return false;
  if (filters.modalities && !filters.modalities.includes(c.modality)) return false;
  if (filters.outlets && !(c.articleOutlet !== null && filters.outlets.includes(c.articleOutlet))) return false;
  if (filters.types) {
    const s = typeOf(c.subject);
    const o = typeOf(c.object);
    if (!s || !o || !filters.types.includes(s) || !filters.types.includes(o)) return false;
  }
  return dateInRange(claimDate(c), filters.from, filters.to);
}

/** Stable order: date, outlet, subject, predicate, object, id. */
export const compareClaims = compareClaimViews;

/** Claims from a store, with the walked fallback cached per store revision. */
export class ClaimSource {
  private walked: { revision: string; data: Promise<{ claims: ClaimView[]; types: Map<string, EntityType> }> } | null = null;

  constructor(private readonly store: GraphStore) {}

  async list(filters: GraphFilters, limit: number): Promise<{ claims: ClaimView[]; truncated: boolean }> {
    if (this.store.claims) {
      const claims = await this.store.claims(filters, limit + 1);
      const sorted = [...claims].sort(compareClaims);
      return { claims: sorted.slice(0, limit), truncated: sorted.length > limit };
    }
    const revision = await this.store.revision();
    if (!this.walked || this.walked.revision !== revision) {
      const data = allClaimsByWalking(this.store).then((r) => ({ claims: r.claims, types: new Map(r.types) }));
      data.catch(() => (this.walked = null));
      this.walked = { revision, data };
    }
    const all = await this.walked.data;
    const matched = all.claims.filter((c) => claimMatches(c, filters, (id) => all.types.get(id))).sort(compareClaims);
    return { claims: matched.slice(0, limit), truncated: matched.length > limit };
  }
}

async function allClaimsByWalking(store: GraphStore): Promise<{ claims: ClaimView[]; types: [string, EntityType][] }> {
  const overview = await store.overview(LIMITS.graphNodes.max, {});
  const claims = new Map<string, ClaimView>();
  const types: [string, EntityType][] = overview.nodes.map((n) => [n.id, n.type]);
  // both directions, deduplicated by claim id: stores differ in which end of a
  // symmetric fact they call "out"
  const withEdges = new Set(overview.edges.flatMap((e) => [e.source, e.target]));
  for (const node of overview.nodes) {
    if (!withEdges.has(node.id)) continue;
    const detail = await store.entity(node.id);
    for (const fact of detail?.facts ?? []) {
      types.push([fact.other.id, fact.other.type]);
      for (const c of fact.claims) claims.set(c.id, c);
    }
    if (claims.size > LIMITS.facts.max * 20) break;
  }
  return { claims: [...claims.values()], types };
}
