// Calendar arithmetic and the month/weekday lexicon (resources/lexicon/calendar.json).
// All dates are proleptic Gregorian, computed in UTC so results never depend on the host's time zone.
import { loadResource } from '../resources';

interface CalendarLexicon {
  months: Record<string, number>;
  monthAbbreviations: Record<string, number>;
  weekdays: Record<string, number>;
}

export interface YMD {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

function lexicon(): CalendarLexicon {
  return loadResource<CalendarLexicon>('lexicon/calendar.json');
}

/** Month number of a full month name (any case), else null. */
export function monthNumber(word: string): number | null {
  return lexicon().months[word.toLowerCase()] ?? null;
}

/** Month number of a full name or a press abbreviation (`Okt`, `Des.`), else null. */
export function monthNumberOrAbbreviation(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return lexicon().months[w] ?? lexicon().monthAbbreviations[w] ?? null;
}

/** 0 = Sunday … 6 = Saturday, else null. */
export function weekdayNumber(word: string): number | null {
  return lexicon().weekdays[word.toLowerCase().replace('’', "'")] ?? null;
}

export function monthNames(): string[] {
  return Object.keys(lexicon().months);
}
export function monthAbbreviations(): string[] {
  return Object.keys(lexicon().monthAbbreviations);
}
export function weekdayNames(): string[] {
  return Object.keys(lexicon().weekdays);
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Day number since 1970-01-01 (UTC). */
export function dayNumber(date: YMD): number {
  const t = new Date(0);
  t.setUTCFullYear(date.y, date.m - 1, date.d);
  return Math.round(t.getTime() / DAY_MS);
}

export function fromDayNumber(n: number): YMD {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function weekdayOf(date: YMD): number {
  // 1970-01-01 was a Thursday (4)
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function addDays(date: YMD, days: number): YMD {
  return fromDayNumber(dayNumber(date) + days);
}

/** Month arithmetic on (year, month) only. */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (((index % 12) + 12) % 12) + 1 };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDate(date: YMD): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}
export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** Parse `YYYY-MM-DD`; null when malformed or not a real date. */
export function parseIsoDate(s: string | null | undefined): YMD | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const date = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDate(date.y, date.m, date.d) ? date : null;
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayIso(): string {
  const t = new Date();
  return isoDate({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
}

/**
 * The date `day`/`month` that falls on `weekday`, nearest to `anchor` and at most
 * `maxDaysAfter` days after it (ties go to the earlier date). Null when no year within
 * 28 years (one full weekday cycle of the Gregorian calendar) qualifies.
 */
export function resolveWeekdayDate(month: number, day: number, weekday: number, anchor: YMD, maxDaysAfter: number): YMD | null {
  const anchorDay = dayNumber(anchor);
  let best: YMD | null = null;
  let bestDistance = Infinity;
  for (let y = anchor.y - 28; y <= anchor.y + 1; y++) {
    if (!isValidDate(y, month, day)) continue;
    const candidate = { y, m: month, d: day };
    if (weekdayOf(candidate) !== weekday) continue;
    const offset = dayNumber(candidate) - anchorDay;
    if (offset > maxDaysAfter) continue;
    const distance = Math.abs(offset);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The date `day`/`month` in the year (anchor's, the one before or after) nearest to `anchor`, at most `maxDaysAfter` after it. */
export function resolveDayMonth(month: number, day: number, anchor: YMD, maxDaysAfter: number): YMD | null {
  const anchorDay = dayNumber(anchor);
  let best: YMD | null = null;
  let bestDistance = Infinity;
  for (const y of [anchor.y - 1, anchor.y, anchor.y + 1]) {
    if (!isValidDate(y, month, day)) continue;
    const candidate = { y, m: month, d: day };
    const offset = dayNumber(candidate) - anchorDay;
    if (offset > maxDaysAfter) continue;
    if (Math.abs(offset) < bestDistance) {
      best = candidate;
      bestDistance = Math.abs(offset);
    }
  }
  return best;
}
