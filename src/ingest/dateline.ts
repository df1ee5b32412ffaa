// The dateline that opens a news story: place, outlet and a dash before the first
// sentence. Forms seen across Indonesian outlets (general shapes, not per-outlet rules):
//   PLACE, OUTLET -          Jakarta, CNBC Indonesia -   JAKARTA, KOMPAS.com -
//   OUTLET[, PLACE] - [PLACE.]  TRIBUNNEWS.COM -   Liputan6.com, Kyiv -   KONTAN.CO.ID - SEOUL.
//   PLACE (OUTLET) -         Jakarta (ANTARA) -
//   PLACE -                  Jakarta -   (only when a long sentence follows; no outlet)
// OUTLET is a form from resources/ingest/outlets.json or any web domain.
import { NEWS_TLD, outletSurfaceForms } from './outlets';

export interface Dateline {
  /** length of the dateline prefix, including the dash and the space after it */
  length: number;
  /** the outlet as written, when the dateline names one */
  outlet: string | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Make the ASCII letters of a regex source case-insensitive (`co` → `[cC][oO]`), leaving escapes alone. */
function caseless(source: string): string {
  return source.replace(/\\.|[a-zA-Z]/g, (c) => (c.length === 2 ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
}

let patterns: RegExp[] | null = null;

function datelinePatterns(): RegExp[] {
  if (patterns) return patterns;
  const forms = outletSurfaceForms()
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const domain = `[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.${caseless(NEWS_TLD)}`;
  const OUTLET = `(?<outlet>${domain}|${caseless(forms)})(?![\\p{L}\\p{N}])`;
  const WORD = `\\p{Lu}[\\p{L}'’.-]*`;
  const PLACE = `${WORD}(?:\\s+${WORD}){0,3}`;
  const CAPS_PLACE = `\\p{Lu}[\\p{Lu}'’-]+(?:\\s+\\p{Lu}[\\p{Lu}'’-]+){0,2}`;
  const DASH = `\\s*(?:-{1,2}|–|—)\\s*`;
  patterns = [
    new RegExp(`^${PLACE}\\s*,\\s*${OUTLET}${DASH}`, 'u'),
    new RegExp(`^${OUTLET}(?:\\s*,\\s*${PLACE})?${DASH}(?:${CAPS_PLACE}\\.\\s+)?`, 'u'),
    new RegExp(`^${PLACE}\\s*\\(\\s*${OUTLET}\\s*\\)${DASH}`, 'u'),
  ];
  return patterns;
}

/** The dateline at the start of `line`, or null. */
export function findDateline(line: string): Dateline | null {
  for (const re of datelinePatterns()) {
    const m = re.exec(line);
    if (!m) continue;
    if (m[0].length >= line.length) continue;
    return { length: m[0].length, outlet: m.groups?.outlet ?? null };
  }
  // "Jakarta - Presiden …": a short capitalised place, a dash, then a long sentence
  const bare = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:-{1,2}|–|—)\s+(?=\p{Lu})/u.exec(line);
  if (bare && line.slice(bare[0].length).split(/\s+/).length >= 8 && /[.!?"”]$/.test(line.trim())) {
    return { length: bare[0].length, outlet: null };
  }
  return null;
}
