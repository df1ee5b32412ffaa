// Where entity names occur in an evidence sentence, for highlighting.
// Whole-word, case-insensitive; longer names win over names they contain.
export interface Range {
  start: number;
  end: number;
}

export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  const lower = text.toLowerCase();
  const found: Range[] = [];
  const sorted = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 2))].sort((a, b) => b.length - a.length);
  const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);
  for (const term of sorted) {
    const t = term.toLowerCase();
    for (let i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + 1)) {
      const end = i + t.length;
      if (isWordChar(text[i - 1]) || isWordChar(text[end])) continue;
      if (found.some((r) => i < r.end && end > r.start)) continue;
      found.push({ start: i, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
