// Time expressions in Indonesian (and English) news text, resolved to ISO 8601
// dates or partial dates (`2024-10-19`, `2024-10`, `2024`) against the article date.
//
// Resolution rules (general calendar knowledge, no per-article tables):
// - a day/month with a weekday (`Kamis (26/6)`) takes the year in which that day is that
//   weekday, nearest to the article date and never more than half a year after it;
// - a day/month without year takes the nearest such date (previous, same or next year);
// - `Juni lalu` is the latest June not after the article's month; `Juli mendatang` the
//   next July not before it; a bare month after `pada`/`sejak`/`bulan` counts as past;
// - `pada hari Rabu` is the latest Wednesday on or before the article date (`Rabu lalu`:
//   strictly before); `kemarin`, `hari ini`, `besok`, `lusa` shift the article date.
// A range (`8 hingga 13 Oktober`, `Juli atau Agustus`) resolves to its first member.
// Without an article date only expressions that state their own year are returned.
import {
  addDays,
  addMonths,
  isoDate,
  isoMonth,
  isValidDate,
  monthAbbreviations,
  monthNames,
  monthNumber,
  monthNumberOrAbbreviation,
  parseIsoDate,
  resolveDayMonth,
  resolveWeekdayDate,
  weekdayNames,
  weekdayNumber,
  weekdayOf,
  type YMD,
} from '../ingest/calendar';

export type TimeKind =
  | 'date' // a full date stated with its year
  | 'weekday-date' // weekday + day/month, year inferred
  | 'day-month' // day + month, year inferred
  | 'month' // a month (with year or relative)
  | 'year'
  | 'relative-day' // kemarin, hari ini, pada hari Rabu
  | 'relative-period'; // bulan lalu, tahun depan

export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  /** ISO 8601 date or partial date */
  value: string;
  /** how the value was obtained (extra field) */
  kind: TimeKind;
}

export interface TimeOptions {
  /** the latest a weekday- or day/month-resolved date may fall after the article date (default 183 days) */
  maxDaysAfter?: number;
}

const DEFAULT_MAX_DAYS_AFTER = 183;

interface Rule {
  kind: TimeKind;
  re: RegExp;
  resolve(m: RegExpExecArray, ctx: Context): { value: string; skipLead?: number; kind?: TimeKind } | null;
}

interface Context {
  article: YMD | null;
  maxDaysAfter: number;
  text: string;
  absStart: number;
}

const B = '(?<![\\p{L}\\p{N}])'; // word start
const E = '(?![\\p{L}\\p{N}])'; // word end
const alt = (words: string[]) =>
  words
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : `\\${c}`)))
    .join('|');

let rulesCache: Rule[] | null = null;

function rules(): Rule[] {
  if (rulesCache) return rulesCache;
  const MONTH = `(?:${alt(monthNames())})`;
  const MONTH_OR_ABBR = `(?:${alt(monthNames())}|(?:${alt(monthAbbreviations())})\\.?)`;
  const WD = `(?:${alt(weekdayNames())})`;
  const RANGE = '(?:-|–|—|hingga|sampai(?:\\s+dengan)?|s\\.?d\\.?|dan|atau)';
  const Y4 = '(?:19|20|21)\\d{2}';
  const list: Rule[] = [
    {
      // Kamis (26/6), Senin, (28/10/2024), (19/10/2024), 7/4/2016, optional "kemarin"/"lalu" after
      kind: 'weekday-date',
      re: new RegExp(
        `${B}(?:(?:hari\\s+)?(${WD})\\s*,?\\s*)?(\\()?\\s*(\\d{1,2})/(\\d{1,2})(?:/(${Y4}|\\d{2}))?\\s*(\\))?(?:\\s+(?:kemarin|lalu))?${E}`,
        'giu',
      ),
      resolve(m, ctx) {
        const [, wdWord, open, dd, mm, yy, close] = m;
        const day = +dd;
        const month = +mm;
        if (!wdWord && !(open && close) && !(yy && yy.length === 4)) return null; // a bare 2/1 is a score or a fraction
        if (wdWord && !isCapitalized(wdWord) && !/^hari/i.test(m[0])) return null;
        if (yy) {
          const year = yy.length === 2 ? 2000 + +yy : +yy;
          return isValidDate(year, month, day) ? { value: isoDate({ y: year, m: month, d: day }), kind: 'date' } : null;
        }
        if (!ctx.article) return null;
        const weekday = wdWord ? weekdayNumber(wdWord) : null;
        const date =
          weekday === null
            ? resolveDayMonth(month, day, ctx.article, ctx.maxDaysAfter)
            : resolveWeekdayDate(month, day, weekday, ctx.article, ctx.maxDaysAfter);
        return date ? { value: isoDate(date), kind: weekday === null ? 'day-month' : 'weekday-date' } : null;
      },
    },
    {
      // 23 Oktober 2024, Rabu, 23 Oktober 2024, tanggal 8 hingga 13 Oktober, 19 Okt 2024
      kind: 'date',
      re: new RegExp(
        `${B}(?:(?:${WD})\\s*,?\\s*)?(?:tanggal\\s+|tgl\\.?\\s+)?(\\d{1,2})(?:\\s*${RANGE}\\s*\\d{1,2})?\\s+(${MONTH_OR_ABBR})(?:\\s*,?\\s*(${Y4}))?${E}`,
        'giu',
      ),
      resolve(m, ctx) {
        const [, dd, monthWord, yyyy] = m;
        const month = monthNumberOrAbbreviation(monthWord);
        if (month === null || !isCapitalized(monthWord)) return null;
        if (monthNumber(monthWord) === null && !yyyy) return null; // "5 Mar" alone is too ambiguous
        const day = +dd;
        if (yyyy) return isValidDate(+yyyy, month, day) ? { value: isoDate({ y: +yyyy, m: month, d: day }) } : null;
        if (!ctx.article) return null;
        const date = resolveDayMonth(month, day, ctx.article, ctx.maxDaysAfter);
        return date ? { value: isoDate(date), kind: 'day-month' } : null;
      },
    },
    {
      // October 23, 2024
      kind: 'date',
      re: new RegExp(`${B}(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(${Y4})${E}`, 'giu'),
      resolve(m) {
        const month = monthNumber(m[1]);
        if (month === null || !isCapitalized(m[1]) || !isValidDate(+m[3], month, +m[2])) return null;
        return { value: isoDate({ y: +m[3], m: month, d: +m[2] }) };
      },
    },
    {
      // (pada) bulan Februari 2022, Oktober 2024, awal Januari 2023
      kind: 'month',
      re: new RegExp(`${B}(?:(?:awal|akhir|pertengahan|medio)\\s+)?(?:bulan\\s+)?(${MONTH})\\s*,?\\s+(${Y4})${E}`, 'giu'),
      resolve(m) {
        const month = monthNumber(m[1]);
        if (month === null || !isCapitalized(m[1])) return null;
        return { value: isoMonth(+m[2], month) };
      },
    },
    {
      // Juni lalu, pertengahan Juni lalu, Juli atau Agustus mendatang, sejak Agustus lalu
      kind: 'month',
      re: new RegExp(
        `${B}(?:(?:awal|akhir|pertengahan|medio)\\s+)?(?:bulan\\s+)?(${MONTH})(?:\\s*(?:,|${RANGE})\\s*(?:${MONTH}))*\\s+(lalu|kemarin|mendatang|depan|nanti|ini|tahun\\s+ini|tahun\\s+lalu|tahun\\s+depan)${E}`,
        'giu',
      ),
      resolve(m, ctx) {
        const month = monthNumber(m[1]);
        if (month === null || !isCapitalized(m[1]) || !ctx.article) return null;
        const a = ctx.article;
        const when = m[2].toLowerCase().replace(/\s+/g, ' ');
        let year: number;
        if (when === 'tahun ini') year = a.y;
        else if (when === 'tahun lalu') year = a.y - 1;
        else if (when === 'tahun depan') year = a.y + 1;
        else if (when === 'ini') year = a.y;
        else if (when === 'lalu' || when === 'kemarin') year = month <= a.m ? a.y : a.y - 1;
        else year = month >= a.m ? a.y : a.y + 1;
        return { value: isoMonth(year, month) };
      },
    },
    {
      // pada April, sejak Agustus, pada bulan Juni, awal Maret: a past month of the article's year
      kind: 'month',
      re: new RegExp(
        `${B}(?:(pada|sejak|hingga|sampai|selama|sepanjang|per|dalam|in|since)\\s+)?((?:(?:awal|akhir|pertengahan|medio)\\s+)?(?:bulan\\s+)?)(${MONTH})${E}(?!\\s*\\d)`,
        'giu',
      ),
      resolve(m, ctx) {
        const [, cue, lead, monthWord] = m;
        const month = monthNumber(monthWord);
        if (month === null || !isCapitalized(monthWord) || !ctx.article) return null;
        if (!cue && !lead) return null;
        const a = ctx.article;
        return { value: isoMonth(month <= a.m ? a.y : a.y - 1, month), skipLead: cue ? m[0].indexOf(lead || monthWord, cue.length) : 0 };
      },
    },
    {
      // bulan lalu, bulan depan, awal bulan ini, tahun lalu, tahun depan, akhir tahun ini
      kind: 'relative-period',
      re: new RegExp(`${B}(?:(?:awal|akhir|pertengahan)\\s+)?(bulan|tahun)\\s+(lalu|kemarin|ini|depan|mendatang)${E}`, 'giu'),
      resolve(m, ctx) {
        if (!ctx.article) return null;
        const a = ctx.article;
        const shift = { lalu: -1, kemarin: -1, ini: 0, depan: 1, mendatang: 1 }[m[2].toLowerCase()] ?? 0;
        if (m[1].toLowerCase() === 'tahun') return { value: String(a.y + shift) };
        const r = addMonths(a.y, a.m, shift);
        return { value: isoMonth(r.y, r.m) };
      },
    },
    {
      // dua tahun lalu, 3 bulan yang lalu, sepekan lalu is left out (a week is not a calendar unit here)
      kind: 'relative-period',
      re: new RegExp(`${B}(\\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|se)\\s*-?\\s*(hari|bulan|tahun)\\s+(?:yang\\s+)?(lalu|silam|kemudian|mendatang|lagi)${E}`, 'giu'),
      resolve(m, ctx) {
        if (!ctx.article) return null;
        const words: Record<string, number> = { se: 1, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10 };
        const n = /^\d/.test(m[1]) ? Number(m[1]) : words[m[1].toLowerCase()];
        if (!n) return null;
        const sign = /^(lalu|silam)$/i.test(m[3]) ? -1 : 1;
        const unit = m[2].toLowerCase();
        const a = ctx.article;
        if (unit === 'tahun') return { value: String(a.y + sign * n) };
        if (unit === 'bulan') {
          const r = addMonths(a.y, a.m, sign * n);
          return { value: isoMonth(r.y, r.m) };
        }
        return { value: isoDate(addDays(a, sign * n)), kind: 'relative-day' };
      },
    },
    {
      // last year, next month, this year (English copy)
      kind: 'relative-period',
      re: new RegExp(`${B}(last|next|this)\\s+(year|month)${E}`, 'giu'),
      resolve(m, ctx) {
        if (!ctx.article) return null;
        const shift = { last: -1, next: 1, this: 0 }[m[1].toLowerCase() as 'last' | 'next' | 'this'];
        if (m[2].toLowerCase() === 'year') return { value: String(ctx.article.y + shift) };
        const r = addMonths(ctx.article.y, ctx.article.m, shift);
        return { value: isoMonth(r.y, r.m) };
      },
    },
    {
      // tahun 2022, pada 2022, sejak 2014, awal 2023
      kind: 'year',
      re: new RegExp(
        `${B}(?:(pada|sejak|hingga|sampai|awal|akhir|pertengahan|sepanjang|selama|medio|per|dalam|in|since)\\s+)?(tahun\\s+)?(${Y4})${E}(?![.,/]\\d)`,
        'giu',
      ),
      resolve(m) {
        const [, cue, tahun] = m;
        if (!cue && !tahun) return null;
        const keepCue = cue && /^(awal|akhir|pertengahan|medio)$/i.test(cue);
        return { value: m[3], skipLead: cue && !keepCue ? m[0].indexOf(tahun || m[3], cue.length) : 0 };
      },
    },
    {
      // pada hari Rabu, pada Rabu, Rabu lalu, Selasa kemarin
      kind: 'relative-day',
      re: new RegExp(`${B}(?:(pada|sejak|hingga|sampai|on)\\s+)?(hari\\s+)?(${WD})(?:\\s+(lalu|kemarin|ini))?${E}(?!\\s*,?\\s*\\(?\\d)`, 'giu'),
      resolve(m, ctx) {
        const [, cue, hari, wdWord, after] = m;
        if (!ctx.article) return null;
        if (!hari && !isCapitalized(wdWord)) return null;
        if (!cue && !hari && !after) return null;
        const weekday = weekdayNumber(wdWord);
        if (weekday === null) return null;
        const strictlyBefore = after !== undefined && /^(lalu|kemarin)$/i.test(after);
        let back = (weekdayOf(ctx.article) - weekday + 7) % 7;
        if (back === 0 && strictlyBefore) back = 7;
        return { value: isoDate(addDays(ctx.article, -back)), skipLead: cue ? m[0].indexOf(hari || wdWord, cue.length) : 0 };
      },
    },
    {
      kind: 'relative-day',
      re: new RegExp(`${B}(kemarin\\s+lusa|kemarin|hari\\s+ini|besok|esok\\s+hari|lusa|yesterday|today|tomorrow)${E}`, 'giu'),
      resolve(m, ctx) {
        if (!ctx.article) return null;
        const word = m[1].toLowerCase().replace(/\s+/g, ' ');
        const shift: Record<string, number> = {
          'kemarin lusa': -2,
          kemarin: -1,
          yesterday: -1,
          'hari ini': 0,
          today: 0,
          besok: 1,
          'esok hari': 1,
          tomorrow: 1,
          lusa: 2,
        };
        return { value: isoDate(addDays(ctx.article, shift[word] ?? 0)) };
      },
    },
  ];
  rulesCache = list;
  return list;
}

function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * Time expressions in text[start, end), offsets into `text`, in text order and
 * non-overlapping (the longest reading wins). `articleDate` is YYYY-MM-DD or null.
 */
export function findTimeExpressions(
  text: string,
  start: number,
  end: number,
  articleDate: string | null,
  opts: TimeOptions = {},
): TimeExpression[] {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const slice = text.slice(from, to);
  const ctx: Context = {
    article: parseIsoDate(articleDate),
    maxDaysAfter: opts.maxDaysAfter ?? DEFAULT_MAX_DAYS_AFTER,
    text,
    absStart: from,
  };
  const candidates: TimeExpression[] = [];
  for (const rule of rules()) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const resolved = rule.resolve(m, ctx);
      if (!resolved) continue;
      const s = from + m.index + Math.max(0, resolved.skipLead ?? 0);
      const e = from + m.index + m[0].length;
      candidates.push({ start: s, end: e, text: text.slice(s, e), value: resolved.value, kind: resolved.kind ?? rule.kind });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: TimeExpression[] = [];
  for (const c of candidates) {
    if (chosen.every((o) => c.end <= o.start || c.start >= o.end)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
