// Indonesian numbers and count expressions.
// `parseIndonesianNumber` reads numerals (`1.500`, `12.000`, `3,5`), numerals with a
// scale word (`3,5 juta`, `2 ribu`) and number words (`seribu`, `dua ribu`, `sepuluh`,
// `dua ratus lima puluh`); Indonesian writes `.` between thousands and `,` before decimals.
// `findCounts` finds counts in a token sequence with their modifier (`lebih dari`,
// `sekitar`, `hampir`, `setidaknya` …) and the noun they count, so the fact stage can
// tell `12.000 tentara` from `4.000 pekerja`. Word lists: resources/lexicon/number-words.json.
import { loadResource } from '../resources';
import { monthNumber, monthNumberOrAbbreviation } from '../ingest/calendar';
import type { CountModifier, Token } from './types';

interface NumberLexicon {
  units: Record<string, number>;
  fixed: Record<string, number>;
  teen: string;
  multipliers: Record<string, number>;
  scales: Record<string, number>;
  approximate: Record<string, number>;
  countModifiers: Record<CountModifier, string[]>;
  postModifiers: Partial<Record<CountModifier, string[]>>;
  fillers: string[];
  classifiers: string[];
  notNounsAfterClassifier: string[];
}

const lex = () => loadResource<NumberLexicon>('lexicon/number-words.json');

export interface ParsedNumber {
  value: number;
  /** true for `ratusan`, `ribuan`, `puluhan ribu` (a lower bound) and `5.000-an` (about) */
  approximate: boolean;
  /** what an approximate number means as a count: `ratusan` more_than, `5.000-an` about */
  modifier?: CountModifier;
  /** number of words read */
  words: number;
}

/** Value of a numeral token: `1.500` → 1500, `3,5` → 3.5, `12` → 12; null when not a numeral. */
export function parseNumeral(s: string): number | null {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(?:,\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d+\.\d{1,2}$/.test(s)) return Number(s); // English decimal point: 3.5
  return null;
}

/**
 * Parse a number written in digits and/or Indonesian words; null when `s` is not
 * entirely a number. Approximate words (`ratusan`) give their lower bound.
 */
export function parseIndonesianNumber(s: string): number | null {
  const words = s.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const parsed = readNumber(words, 0);
  return parsed && parsed.words === words.length ? parsed.value : null;
}

/** Read a number from words[at…]; returns its value and how many words it used, or null. */
export function readNumber(words: readonly string[], at: number): ParsedNumber | null {
  const L = lex();
  const first = words[at];
  if (first === undefined) return null;
  // approximate: ratusan, puluhan ribu
  const twoWord = words[at + 1] !== undefined ? `${first} ${words[at + 1]}` : '';
  if (twoWord && L.approximate[twoWord] !== undefined) return { value: L.approximate[twoWord], approximate: true, modifier: 'more_than', words: 2 };
  if (L.approximate[first] !== undefined) return { value: L.approximate[first], approximate: true, modifier: 'more_than', words: 1 };
  // 5.000-an: "some 5,000"
  const suffixed = /^(.+)-an$/.exec(first);
  const aboutValue = suffixed ? parseNumeral(suffixed[1]) : null;
  if (aboutValue !== null) return { value: aboutValue, approximate: true, modifier: 'about', words: 1 };

  let total = 0;
  let current = 0; // the part below the last scale word
  let pending = 0; // a unit waiting for puluh/ratus/belas
  let used = 0;
  let sawAny = false;
  let fromNumeral = false;
  for (let i = at; i < words.length; i++) {
    const w = words[i];
    const numeral = parseNumeral(w);
    if (numeral !== null) {
      if (sawAny) break; // two numerals in a row are two numbers
      current = numeral;
      sawAny = true;
      fromNumeral = true;
      used = i - at + 1;
      continue;
    }
    if (L.units[w] !== undefined) {
      if (fromNumeral || pending !== 0 || (sawAny && current % 10 !== 0)) break;
      pending = L.units[w];
      if (pending === 0 && sawAny) break;
      sawAny = true;
      used = i - at + 1;
      continue;
    }
    if (L.fixed[w] !== undefined) {
      const v = L.fixed[w];
      if (fromNumeral || pending !== 0) break;
      if (v >= 1000) {
        if (current !== 0) break;
        total += v;
      } else current += v;
      sawAny = true;
      used = i - at + 1;
      continue;
    }
    if (sawAny && w === L.teen && pending > 0) {
      current += 10 + pending;
      pending = 0;
      used = i - at + 1;
      continue;
    }
    if (sawAny && L.multipliers[w] !== undefined && pending > 0) {
      current += pending * L.multipliers[w];
      pending = 0;
      used = i - at + 1;
      continue;
    }
    if (sawAny && L.scales[w] !== undefined) {
      const base = current + pending;
      if (base === 0) break;
      total += base * L.scales[w];
      current = 0;
      pending = 0;
      used = i - at + 1;
      continue;
    }
    break;
  }
  if (!sawAny || used === 0) return null;
  const value = total + current + pending;
  return { value: Math.round(value * 1e6) / 1e6, approximate: false, words: used };
}

export interface CountExpression {
  /** token range [tokenStart, tokenEnd) of modifier + number in the given tokens */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
  value: number;
  modifier?: CountModifier;
  /** lower-cased noun counted (`tentara`), skipping classifiers like `orang`; null when none follows */
  noun: string | null;
  nounToken: number | null;
}

const YEAR_CUES = new Set(['tahun', 'pada', 'sejak', 'hingga', 'sampai', 'awal', 'akhir', 'pertengahan', 'medio', 'periode', 'in', 'since']);
const NOT_COUNT_CUES = new Set(['rp', 'rp.', 'us$', '$', 'usd', 'idr', '€', '£', 'pukul', 'jam', 'no.', 'nomor', 'pasal', 'ayat', 'halaman', 'ke']);

/** Count expressions in a token sequence (usually one sentence). */
export function findCounts(tokens: readonly Token[], text?: string): CountExpression[] {
  const L = lex();
  const words = tokens.map((t) => t.lower);
  const out: CountExpression[] = [];
  let i = 0;
  while (i < tokens.length) {
    const parsed = readNumber(words, i);
    if (!parsed || !isCountStart(words, i)) {
      i++;
      continue;
    }
    const numberEnd = i + parsed.words;
    const prev = words[i - 1];
    const isPlainYear = parsed.words === 1 && /^(?:19|20)\d{2}(?:-an)?$/.test(tokens[i].text);
    if (isDayOfMonth(words, i, parsed) ||
      (prev && NOT_COUNT_CUES.has(prev)) || (isPlainYear && prev && (YEAR_CUES.has(prev) || monthNumber(prev) !== null))) {
      i = numberEnd;
      continue;
    }
    // modifier before the number, possibly with fillers between: "total sekitar 12.000"
    let modifier: CountModifier | undefined = parsed.modifier;
    let tokenStart = i;
    let k = i;
    while (k > 0 && L.fillers.includes(words[k - 1])) k--;
    const pre = matchPhraseBefore(words, k, L.countModifiers);
    if (pre) {
      modifier = pre.modifier;
      tokenStart = pre.start;
      while (tokenStart > 0 && L.fillers.includes(words[tokenStart - 1])) tokenStart--;
    } else if (k < i) tokenStart = k;
    let tokenEnd = numberEnd;
    // "11.000 lebih tentara"
    if (!pre && L.postModifiers.more_than?.includes(words[tokenEnd]) && words[tokenEnd + 1] !== 'banyak' && /^\p{L}/u.test(words[tokenEnd + 1] ?? '')) {
      modifier = 'more_than';
      tokenEnd++;
    }
    let nounToken: number | null = tokenEnd < tokens.length && /^\p{L}/u.test(tokens[tokenEnd].text) ? tokenEnd : null;
    // "5.000 orang tentara": the noun after the classifier; not in "45 orang tewas" or "5.000 orang yang mengungsi"
    const afterClassifier = nounToken === null ? undefined : words[nounToken + 1];
    if (nounToken !== null && L.classifiers.includes(words[nounToken]) && afterClassifier !== undefined && /^\p{L}/u.test(afterClassifier) && !looksLikePredicate(afterClassifier, L)) nounToken++;
    const start = tokens[tokenStart].start;
    const end = tokens[tokenEnd - 1].end;
    const expr: CountExpression = {
      tokenStart,
      tokenEnd,
      start,
      end,
      text: text !== undefined ? text.slice(start, end) : tokens.slice(tokenStart, tokenEnd).map((t) => t.text).join(' '),
      value: parsed.value,
      noun: nounToken === null ? null : words[nounToken],
      nounToken,
    };
    if (modifier) expr.modifier = modifier;
    out.push(expr);
    i = tokenEnd;
  }
  return out;
}

const RANGE_WORDS = new Set(['-', '–', 'hingga', 'sampai', 'dan', 'atau', 's.d.', 's.d']);

/** The day of a date: `23 Oktober`, `tanggal 8 hingga 13 Oktober`. */
function isDayOfMonth(words: readonly string[], i: number, parsed: ParsedNumber): boolean {
  if (parsed.words !== 1 || !Number.isInteger(parsed.value) || parsed.value < 1 || parsed.value > 31) return false;
  if (words[i - 1] === 'tanggal' || words[i - 1] === 'tgl' || words[i - 1] === 'tgl.') return true;
  const isMonth = (w: string | undefined) => w !== undefined && monthNumberOrAbbreviation(w) !== null;
  if (isMonth(words[i + 1])) return true;
  return RANGE_WORDS.has(words[i + 1] ?? '') && parseNumeral(words[i + 2] ?? '') !== null && isMonth(words[i + 3]);
}

/** A number starts at i when the word there can begin one (not "satu" of "salah satu", not "se-" words alone). */
function isCountStart(words: readonly string[], i: number): boolean {
  const w = words[i];
  if (w === 'satu' && words[i - 1] === 'salah') return false;
  return true;
}

/** A listed verb or function word, or a verb by its prefix (meng-, meny-, mem-, ber-, ter-); `men-`/`di-` are left out for menteri, diplomat. */
function looksLikePredicate(w: string, L: NumberLexicon): boolean {
  return L.notNounsAfterClassifier.includes(w) || /^(?:meng|meny|mem|ber|ter)[a-z]{3,}/.test(w);
}

function matchPhraseBefore(
  words: readonly string[],
  end: number,
  phrases: Record<CountModifier, string[]>,
): { modifier: CountModifier; start: number } | null {
  let best: { modifier: CountModifier; start: number } | null = null;
  for (const [modifier, list] of Object.entries(phrases) as [CountModifier, string[]][]) {
    for (const phrase of list) {
      const parts = phrase.split(' ');
      const start = end - parts.length;
      if (start < 0) continue;
      if (parts.every((p, k) => words[start + k] === p) && (!best || start < best.start)) best = { modifier, start };
    }
  }
  return best;
}
