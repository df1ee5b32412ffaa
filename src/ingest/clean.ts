// Cleaning: decide which parts of an article are its text and which are page
// furniture, without changing the text. The result lists `kept` spans (trimmed,
// never containing a line break) and `removed` spans with a reason; offsets point
// into the original text. Patterns live in resources/ingest/boilerplate.json.
import { createHash } from 'node:crypto';
import { findTimeExpressions } from '../extract/time';
import { isoDate, monthAbbreviations, monthNames, parseIsoDate, todayIso, weekdayNames } from './calendar';
import { findDateline } from './dateline';
import { htmlTitle, looksLikeHtml, markupSpans, mergeSpans } from './html';
import { outletInText, outletName } from './outlets';
import { loadResource } from '../resources';
import type { ArticleMeta, CleanedArticle, Removal, RemovalReason, Span } from './types';

export interface CleanOptions {
  /** ISO date used to resolve dates without a year; defaults to today */
  referenceDate?: string;
}

interface PatternSpec {
  reason: RemovalReason;
  pattern: string;
  flags?: string;
}
interface BoilerplateTable {
  line: PatternSpec[];
  suffix: PatternSpec[];
  inline: PatternSpec[];
}
interface CompiledPattern {
  reason: RemovalReason;
  re: RegExp;
}

let compiled: { line: CompiledPattern[]; suffix: CompiledPattern[]; inline: CompiledPattern[]; timestamp: RegExp } | null = null;

function patterns() {
  if (compiled) return compiled;
  const table = loadResource<BoilerplateTable>('ingest/boilerplate.json');
  const compile = (specs: PatternSpec[], extra = '') =>
    specs.map((p, i) => {
      try {
        return { reason: p.reason, re: new RegExp(p.pattern, `u${extra}${p.flags ?? ''}`) };
      } catch (err) {
        throw new Error(`resources/ingest/boilerplate.json: pattern ${i} (${p.pattern}) is invalid: ${(err as Error).message}`);
      }
    });
  const alt = (xs: string[]) => xs.sort((a, b) => b.length - a.length).join('|');
  // "Sabtu, 19 Okt 2024 14:30 WIB", "Diperbarui 24/10/2024, 15:30 WIB": the page's own time stamp
  const day = `(?:(?:${alt(weekdayNames())})\\s*,?\\s*)?(?:\\d{1,2}\\s+(?:${alt(monthNames())}|(?:${alt(monthAbbreviations())})\\.?)\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4})`;
  const clock = `(?:\\s*[,|-]?\\s*(?:pukul\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:WIB|WITA|WIT|GMT[+-]?\\d*|UTC)?)?`;
  const timestamp = new RegExp(`^(?:(?:Diperbarui|Diterbitkan|Dipublikasikan|Terbit|Published|Updated)\\s*:?\\s*)?${day}${clock}$`, 'iu');
  compiled = { line: compile(table.line), suffix: compile(table.suffix), inline: compile(table.inline, 'g'), timestamp };
  return compiled;
}

interface Line {
  start: number;
  end: number;
}

/** Trimmed non-empty lines of text[from, to), split at CRLF, CR and LF. */
function linesOf(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n\u2028\u2029]+/g;
  const part = text.slice(from, to);
  for (const m of part.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.replace(/^[\s\uFEFF]+/u, '').length;
    const body = raw.replace(/[\s\uFEFF]+$/u, '');
    if (body.length <= lead) continue;
    out.push({ start: from + (m.index ?? 0) + lead, end: from + (m.index ?? 0) + body.length });
  }
  return out;
}

/** Clean one decoded article. Never throws on any string input. */
export function cleanArticle(text: string, file: { id: string; source: string }, opts: CleanOptions = {}): CleanedArticle {
  const P = patterns();
  const removed: Removal[] = [];
  const html = looksLikeHtml(text);

  // byte-order marks and markup are removed first; lines are read between them
  const hard: Span[] = [];
  for (let i = text.indexOf('\uFEFF'); i >= 0; i = text.indexOf('\uFEFF', i + 1)) hard.push({ start: i, end: i + 1 });
  if (html) for (const s of markupSpans(text)) hard.push(s); // a loop: spreading millions of spans overflows the stack
  const hardMerged = mergeSpans(hard);
  for (const s of hardMerged) removed.push({ ...s, reason: 'markup' });

  const lines: Line[] = [];
  let cursor = 0;
  for (const gap of hardMerged.concat([{ start: text.length, end: text.length }])) {
    for (const line of linesOf(text, cursor, gap.start)) lines.push(line);
    cursor = gap.end;
  }

  const seen = new Set<string>();
  let outlet: string | null = null;
  let bylineOutlet: string | null = null;
  let datelineChecks = 0;
  let titleLine: Line | null = null;
  let firstLineSeen = false;
  const kept: Span[] = [];

  for (const line of lines) {
    const lineText = text.slice(line.start, line.end);
    const isFirstLine = !firstLineSeen;
    firstLineSeen = true;
    const whole = P.line.find((p) => p.re.test(lineText));
    if (whole) {
      removed.push({ ...line, reason: whole.reason });
      if (whole.reason === 'byline' || whole.reason === 'boilerplate') bylineOutlet ??= outletInText(lineText);
      continue;
    }
    if (P.timestamp.test(lineText)) {
      removed.push({ ...line, reason: 'dateline' });
      continue;
    }
    const normalized = lineText.replace(/\s+/g, ' ');
    if (normalized.split(' ').length >= 4 && seen.has(normalized)) {
      removed.push({ ...line, reason: 'caption' });
      continue;
    }
    seen.add(normalized);

    let start = line.start;
    const end = line.end;
    // the dateline opens the story: look in the first few content lines only
    if (outlet === null && datelineChecks < 3) {
      datelineChecks++;
      const dateline = findDateline(lineText);
      if (dateline) {
        removed.push({ start, end: start + dateline.length, reason: 'dateline' });
        start += dateline.length;
        outlet = dateline.outlet ? outletName(dateline.outlet) : null;
        datelineChecks = 3;
      } else if (isFirstLine && readsAsHeadline(lineText)) {
        titleLine = line;
      }
    }
    const body = stripTrailing(text, { start, end }, P.suffix, (r) => {
      removed.push(r);
      if (r.reason === 'byline') bylineOutlet ??= outletInText(text.slice(r.start, r.end));
    });
    for (const piece of splitAtInlineMarkers(text, body, P.inline, (r) => removed.push(r))) {
      const trimmed = trimSpan(text, piece);
      if (trimmed) kept.push(trimmed);
    }
  }

  kept.sort((a, b) => a.start - b.start);
  removed.sort((a, b) => a.start - b.start || a.end - b.end);

  const referenceDate = parseIsoDate(opts.referenceDate) ? (opts.referenceDate as string) : todayIso();
  const meta: ArticleMeta = {
    id: file.id,
    source: file.source,
    title: html ? htmlTitle(text) : titleLine && kept.some((k) => k.start > (titleLine as Line).end) ? text.slice(titleLine.start, titleLine.end) : null,
    outlet: outlet ?? bylineOutlet,
    publishedAt: publishedDate(text, (kept as Span[]).concat(removed.filter((r) => r.reason === 'dateline')), referenceDate),
    language: detectLanguage(text, kept),
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
  return { meta, text, kept, removed };
}

/** Remove trailing editor codes, bylines and photo credits, possibly several: "… (Foto: X) (isa/bac)". Returns what is left. */
function stripTrailing(text: string, span: Span, suffixes: CompiledPattern[], remove: (r: Removal) => void): Span {
  const { start } = span;
  let { end } = span;
  for (let changed = true; changed; ) {
    changed = false;
    const rest = text.slice(start, end);
    for (const p of suffixes) {
      const m = p.re.exec(rest);
      if (m && m.index > 0) {
        remove({ start: start + m.index, end, reason: p.reason });
        end = start + m.index;
        changed = true;
        break;
      }
    }
  }
  return { start, end };
}

/** Cut a line at markers glued into a paragraph (ADVERTISEMENT); returns the pieces around them. */
function splitAtInlineMarkers(text: string, span: Span, markers: CompiledPattern[], remove: (r: Removal) => void): Span[] {
  const segment = text.slice(span.start, span.end);
  const hits = markers
    .flatMap((p) => [...segment.matchAll(p.re)].map((m) => ({ start: span.start + (m.index ?? 0), end: span.start + (m.index ?? 0) + m[0].length, reason: p.reason })))
    .sort((a, b) => a.start - b.start);
  const pieces: Span[] = [];
  let pieceStart = span.start;
  for (const hit of hits) {
    if (hit.start < pieceStart) continue;
    remove(hit);
    pieces.push({ start: pieceStart, end: hit.start });
    pieceStart = hit.end;
  }
  pieces.push({ start: pieceStart, end: span.end });
  return pieces;
}

function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /[\s\uFEFF]/u.test(text[start])) start++;
  while (end > start && /[\s\uFEFF]/u.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** A first line reads as a headline when it is short, has no final period and is not a sentence with a dateline. */
function readsAsHeadline(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length < 3 || words.length > 25 || line.length > 200) return false;
  if (/[.,;:]$/.test(line.trim())) return false;
  return /^[\p{Lu}\p{N}"“'‘]/u.test(line.trim());
}

/**
 * The latest full date the text states (with its year, or a weekday that fixes the
 * year), not after the reference date. Dates without a year are resolved against the
 * latest full date with a year in the text when there is one, else the reference date.
 */
function publishedDate(text: string, spans: Span[], referenceDate: string): string | null {
  const full = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
  // a full date always has digits: skip the spans that have none (most of a long page)
  spans = spans.filter((s) => /\d/.test(text.slice(s.start, s.end)));
  const explicit: string[] = [];
  for (const s of spans) {
    for (const t of findTimeExpressions(text, s.start, s.end, null)) {
      if (full(t.value) && (t.kind === 'date' || t.kind === 'weekday-date') && t.value <= referenceDate) explicit.push(t.value);
    }
  }
  const anchor = explicit.length > 0 ? explicit.sort()[explicit.length - 1] : referenceDate;
  const anchorDate = parseIsoDate(anchor);
  if (!anchorDate) return null;
  let latest: string | null = explicit.length > 0 ? anchor : null;
  const maxDaysAfter = explicit.length > 0 ? 183 : 0;
  for (const s of spans) {
    for (const t of findTimeExpressions(text, s.start, s.end, isoDate(anchorDate), { maxDaysAfter })) {
      if (t.kind !== 'weekday-date' || !full(t.value) || t.value > referenceDate) continue;
      if (latest === null || t.value > latest) latest = t.value;
    }
  }
  return latest;
}

interface FunctionWords {
  id: string[];
  en: string[];
}
let functionWordSets: { id: Set<string>; en: Set<string> } | null = null;

/** `en` when English function words outnumber Indonesian ones in the kept text, else `id`. */
function detectLanguage(text: string, kept: Span[]): 'id' | 'en' {
  if (!functionWordSets) {
    const fw = loadResource<FunctionWords>('ingest/language-words.json');
    functionWordSets = { id: new Set(fw.id), en: new Set(fw.en) };
  }
  let id = 0;
  let en = 0;
  let budget = 5000; // words: enough to decide, bounded for huge files
  for (const span of kept) {
    for (const w of text.slice(span.start, span.end).toLowerCase().split(/[^\p{L}]+/u)) {
      if (!w) continue;
      if (functionWordSets.id.has(w)) id++;
      if (functionWordSets.en.has(w)) en++;
      if (--budget <= 0) break;
    }
    if (budget <= 0) break;
  }
  return en > id && en >= 3 ? 'en' : 'id';
}
