import type { GraphStore, LoadSummary } from '../store/types';

export function formatLoadSummary(store: GraphStore, s: LoadSummary): string {
  const parts = [`${s.written} written`, `${s.unchanged} unchanged`];
  if (s.duplicates) parts.push(`${s.duplicates} duplicate${s.duplicates > 1 ? 's' : ''} by content`);
  return `loaded ${s.documents} documents into the ${store.kind} store (${parts.join(', ')}): ${s.entities} entities, ${s.claims} claims in ${(s.ms / 1000).toFixed(2)} s`;
}
