// Filter choices with counts, for the filters panel.
import { ENTITY_TYPES, MODALITIES, PREDICATES } from '../extract/types';
import type { ClaimView, StoreStats } from '../store/types';
import type { FacetCount, FacetsResponse } from './api-types';
import { claimDate } from './claims';

export function buildFacets(stats: StoreStats, claims: readonly ClaimView[]): FacetsResponse {
  const outlets = new Map<string, number>();
  const modalities = new Map<string, number>();
  let min: string | null = null;
  let max: string | null = null;
  for (const c of claims) {
    if (c.articleOutlet) outlets.set(c.articleOutlet, (outlets.get(c.articleOutlet) ?? 0) + 1);
    modalities.set(c.modality, (modalities.get(c.modality) ?? 0) + 1);
    const d = claimDate(c);
    if (d) {
      if (min === null || d < min) min = d;
      if (max === null || d > max) max = d;
    }
  }
  return {
    types: ENTITY_TYPES.map((value) => ({ value, count: stats.byType[value] ?? 0 })),
    predicates: PREDICATES.map((value) => ({ value, count: stats.byPredicate[value] ?? 0 })),
    outlets: [...outlets.entries()]
      .map(([value, count]): FacetCount => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    modalities: MODALITIES.map((value) => ({ value, count: modalities.get(value) ?? 0 })),
    dates: { min, max },
  };
}
