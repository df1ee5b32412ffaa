// Partial ISO dates (2024, 2024-10, 2024-10-19) as inclusive day ranges, so a
// claim dated "2024-10" falls inside a filter from 2024-10-15 to 2024-12-01.

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** First day of the period a partial date names, or null when it is not a date. */
export function periodStart(date: string | null | undefined): string | null {
  const m = date ? PARTIAL_DATE.exec(date) : null;
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** Last day of the period (day 31 is fine: only used for string comparison). */
export function periodEnd(date: string | null | undefined): string | null {
  const m = date ? PARTIAL_DATE.exec(date) : null;
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '12'}-${m[3] ?? '31'}`;
}

/** True when the period of `date` overlaps [from, to] (either bound optional). */
export function overlapsRange(date: string | null | undefined, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  const start = periodStart(date);
  const end = periodEnd(date);
  if (start === null || end === null) return false;
  if (from && end < (periodStart(from) ?? from)) return false;
  if (to && start > (periodEnd(to) ?? to)) return false;
  return true;
}
