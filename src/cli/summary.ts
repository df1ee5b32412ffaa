import type { GraphStore, LoadSummary } from '../store/types';

export function formatLoadSummary(store: GraphStore, s: LoadSummary): string {
  const parts = [`${s.written} written`, `${s.unchanged} unchanged`];
  if (s.duplicates) parts.push(`${s.duplicates} duplicate${s.duplicates > 1 ? 's' : ''} by content`);
  return `loaded ${s.documents} documents into the ${store.kind} store (${parts.join(', ')}): ${s.entities} entities, ${s.claims} claims in ${(s.ms / 1000).toFixed(2)} s`;
}

/** Documents the store refused, one line each on stderr; returns how many. */
export function reportRejected(s: LoadSummary, command: string, stderr: NodeJS.WritableStream): number {
  for (const r of s.rejected ?? []) stderr.write(`simpul ${command}: error: document ${r.id}: ${r.code}: ${r.message}\n`);
  return s.rejected?.length ?? 0;
}
