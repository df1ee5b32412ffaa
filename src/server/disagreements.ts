// "Where sources disagree": facts (subject, predicate, object) whose claims
// give different counts, or that are both asserted and denied/negated.
import type { ClaimView } from '../store/types';
import type { DisagreementGroup, DisagreementReason } from './api-types';
import { compareClaims } from './claims';

const CONTRADICTING = new Set(['denied', 'negated']);

export function findDisagreements(claims: readonly ClaimView[]): DisagreementGroup[] {
  const groups = new Map<string, ClaimView[]>();
  for (const c of claims) {
    const key = `${c.subject}\u0000${c.predicate}\u0000${c.object}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const out: DisagreementGroup[] = [];
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const reasons: DisagreementReason[] = [];
    const counts = new Set(list.filter((c) => c.count !== undefined).map((c) => `${c.countModifier ?? ''}${c.count}`));
    if (counts.size > 1) reasons.push('counts');
    const asserted = list.some((c) => c.modality === 'asserted');
    const contradicted = list.some((c) => CONTRADICTING.has(c.modality));
    if (asserted && contradicted) reasons.push('modality');
    if (reasons.length === 0) continue;
    const sorted = [...list].sort(compareClaims);
    const first = sorted[0]!;
    out.push({
      subject: first.subject,
      subjectName: first.subjectName,
      predicate: first.predicate,
      object: first.object,
      objectName: first.objectName,
      reasons,
      claims: sorted,
    });
  }
  // most-disputed first, then by names for a stable order
  return out.sort(
    (a, b) =>
      b.claims.length - a.claims.length ||
      a.subjectName.localeCompare(b.subjectName) ||
      a.predicate.localeCompare(b.predicate) ||
      a.objectName.localeCompare(b.objectName),
  );
}
