// Rows as a plain-text table (what `simpul query` prints).
export type Cell = unknown;

function show(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

export function formatTable(rows: Record<string, Cell>[], maxWidth = 60): string {
  if (rows.length === 0) return '(no rows)';
  const columns = Object.keys(rows[0]);
  const text = rows.map((r) => columns.map((c) => {
    const s = show(r[c]).replace(/\s+/g, ' ');
    return s.length > maxWidth ? s.slice(0, maxWidth - 1) + '…' : s;
  }));
  const widths = columns.map((c, i) => Math.max(c.length, ...text.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...text.map(line), `(${rows.length} row${rows.length === 1 ? '' : 's'})`].join('\n');
}
