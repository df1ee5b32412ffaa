// The one order claims are listed in (fact table, disagreements, store claims()):
// date (own time, else the article's), outlet, subject, predicate, object, id.
// Shared so a store that selects the first N claims picks the same N the server
// would after sorting everything.
import type { ClaimView } from './types';

/** The date a claim is filed under: its own time, else its article's date. */
export function claimViewDate(c: ClaimView): string | null {
  return c.time ?? c.articlePublishedAt ?? null;
}

export function compareClaimViews(a: ClaimView, b: ClaimView): number {
  const ka = [claimViewDate(a) ?? '', a.articleOutlet ?? '', a.subjectName, a.predicate, a.objectName, a.id];
  const kb = [claimViewDate(b) ?? '', b.articleOutlet ?? '', b.subjectName, b.predicate, b.objectName, b.id];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
  return 0;
}
