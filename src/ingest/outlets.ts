// News outlets: resources/ingest/outlets.json maps dateline forms and domains to display names.
import { loadResource } from '../resources';

interface OutletTable {
  outlets: { name: string; forms: string[]; domains: string[] }[];
}

let index: Map<string, string> | null = null;

function outletIndex(): Map<string, string> {
  if (index) return index;
  const map = new Map<string, string>();
  for (const o of loadResource<OutletTable>('ingest/outlets.json').outlets) {
    for (const key of [o.name, ...o.forms, ...o.domains]) map.set(key.toLowerCase(), o.name);
  }
  index = map;
  return map;
}

/** Every form and domain of the table, for building the dateline pattern. */
export function outletSurfaceForms(): string[] {
  return [...outletIndex().keys()];
}

/** Top-level domains a dateline or byline domain may end with. */
export const NEWS_TLD = '(?:co\\.id|go\\.id|or\\.id|web\\.id|com|net|org|id|co|tv|news)';

/**
 * Display name of an outlet written as `surface` (`TRIBUNNEWS.COM`, `Liputan6.com`,
 * `KONTAN.CO.ID`, `ANTARA`); unknown domains keep their written form; null when
 * the surface is neither a known outlet nor a domain.
 */
export function outletName(surface: string): string | null {
  const s = surface.trim().replace(/^www\./i, '');
  const lower = s.toLowerCase();
  const map = outletIndex();
  const direct = map.get(lower);
  if (direct) return direct;
  if (!new RegExp(`\\.${NEWS_TLD}$`, 'i').test(lower)) return null;
  // news.detik.com → detik.com; tempo.co.id → tempo
  const parts = lower.split('.');
  for (let k = 1; k < parts.length - 1; k++) {
    const hit = map.get(parts.slice(k).join('.'));
    if (hit) return hit;
  }
  const stem = map.get(parts[0]);
  return stem ?? s;
}

/** Known outlet named by a domain anywhere in `text` (bylines, "Artikel ini telah tayang di Kompas.com"), else null. */
export function outletInText(text: string): string | null {
  const re = new RegExp(`(?<![\\p{L}\\p{N}.])[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.${NEWS_TLD}(?![\\p{L}\\p{N}])`, 'giu');
  for (const m of text.matchAll(re)) {
    const name = outletName(m[0]);
    if (name && outletIndex().has(name.toLowerCase())) return name;
  }
  return null;
}
