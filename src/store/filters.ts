// Claim-level graph filters (predicate, outlet, modality, date range), shared
// by the embedded store and by the Neo4j store's post-processing.
import { claimDate, factEnds, factEdgeId } from './model';
import { overlapsRange } from './dates';
import type { Claim, GraphFilters, OverviewEdge, StoredArticle } from './types';

/** True when the filters restrict claims, not just entity types or predicates. */
export function filtersTouchClaims(f: GraphFilters | undefined): boolean {
  return Boolean(f && ((f.outlets && f.outlets.length > 0) || (f.modalities && f.modalities.length > 0) || f.from || f.to));
}

export function claimPasses(
  claim: Claim,
  article: Pick<StoredArticle, 'outlet' | 'publishedAt'>,
  f: GraphFilters | undefined,
): boolean {
  if (!f) return true;
  if (f.predicates && f.predicates.length > 0 && !f.predicates.includes(claim.predicate)) return false;
  if (f.outlets && f.outlets.length > 0 && (article.outlet === null || !f.outlets.includes(article.outlet))) return false;
  if (f.modalities && f.modalities.length > 0 && !f.modalities.includes(claim.modality)) return false;
  if ((f.from || f.to) && !overlapsRange(claimDate(claim, article), f.from, f.to)) return false;
  return true;
}

/** Overview edges (one per fact edge) counting only the claims given. */
export function edgesFromClaims(claims: Iterable<Pick<Claim, 'subject' | 'predicate' | 'object'>>): OverviewEdge[] {
  const edges = new Map<string, OverviewEdge>();
  for (const c of claims) {
    const id = factEdgeId(c.subject, c.predicate, c.object);
    const edge = edges.get(id);
    if (edge) edge.claims += 1;
    else {
      const [source, target] = factEnds(c.subject, c.predicate, c.object);
      edges.set(id, { id, source, target, predicate: c.predicate, claims: 1 });
    }
  }
  return [...edges.values()];
}
