// HTML pages saved as .txt. The page is not rewritten: markup, scripts, styles,
// comments and page furniture blocks (<head>, <nav>, <header>, <footer>, <aside>,
// <form>, <iframe>, <noscript>, <svg>) become removed spans with reason 'markup', so
// every offset still points into the original file. Character references (&amp;,
// &nbsp;) are left in the text as written; the page title is read from <title> or <h1>.
import type { Span } from './types';

const KNOWN_TAG = /<\/?(?:html|head|body|p|div|span|a|br|script|style|meta|link|title|h[1-6]|ul|ol|li|table|tr|td|img|article|section|header|footer|nav|strong|em|b|i|figure|figcaption)\b[^>]*>/gi;

/** True when the text is an HTML document (a doctype/html tag at the start, or several HTML tags). */
export function looksLikeHtml(text: string): boolean {
  if (/^[\s\uFEFF]*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(text)) return true;
  let count = 0;
  KNOWN_TAG.lastIndex = 0;
  while (KNOWN_TAG.exec(text) && count < 5) count++;
  return count >= 5;
}

const BLOCKS = ['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'select', 'button'];
const BLOCK_OPEN_RE = new RegExp(`<(${BLOCKS.join('|')})\\b[^>]*>`, 'gi');
const COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
const TAG_RE = /<(?:[a-zA-Z][^>]*|\/[a-zA-Z][^>]*|![^>]*|\?[^>]*)>/g;

/**
 * Whole blocks such as <script>…</script>. Scans forward for each closing tag and
 * remembers where one is missing, so unclosed tags cost linear time, not quadratic.
 */
function blockSpans(text: string): Span[] {
  const spans: Span[] = [];
  const noCloseAfter = new Map<string, number>();
  BLOCK_OPEN_RE.lastIndex = 0;
  for (let m = BLOCK_OPEN_RE.exec(text); m; m = BLOCK_OPEN_RE.exec(text)) {
    const name = m[1].toLowerCase();
    const openEnd = m.index + m[0].length;
    const missingFrom = noCloseAfter.get(name);
    if (missingFrom !== undefined && openEnd >= missingFrom) continue;
    const close = new RegExp(`</${name}\\s*>`, 'gi');
    close.lastIndex = openEnd;
    const c = close.exec(text);
    if (!c) {
      noCloseAfter.set(name, openEnd);
      continue;
    }
    spans.push({ start: m.index, end: c.index + c[0].length });
    BLOCK_OPEN_RE.lastIndex = c.index + c[0].length;
  }
  return spans;
}

/** Spans of markup to remove, sorted and merged. */
export function markupSpans(text: string): Span[] {
  const spans: Span[] = blockSpans(text);
  for (const re of [COMMENT_RE, TAG_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return mergeSpans(spans);
}

/** Sort spans and merge the overlapping or touching ones. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

/** Plain text of an HTML fragment: tags dropped, common character references decoded, spaces collapsed. */
export function htmlToPlain(fragment: string): string {
  return fragment
    .replace(TAG_RE, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[ref.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The page's headline: the first <h1>, else <title> (without a " | Site" or " - Site" tail). */
export function htmlTitle(text: string): string | null {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(text);
  const fromH1 = h1 ? htmlToPlain(h1[1]) : '';
  if (fromH1) return fromH1;
  const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(text);
  if (!title) return null;
  const plain = htmlToPlain(title[1]).replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/, '').trim();
  return plain || null;
}
