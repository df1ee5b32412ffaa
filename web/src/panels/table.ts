// The fact table: one row per claim, sortable by any column, exportable as CSV.
import type { ClaimView } from '../../../src/store/types';
import { toCsv, type CsvColumn } from '../csv';
import { clear, el } from '../dom';

export const FACT_COLUMNS: CsvColumn<ClaimView>[] = [
  { header: 'subject', value: (c) => c.subjectName },
  { header: 'predicate', value: (c) => c.predicate },
  { header: 'object', value: (c) => c.objectName },
  { header: 'modality', value: (c) => c.modality },
  { header: 'count', value: (c) => c.count },
  { header: 'time', value: (c) => c.time },
  { header: 'attributed to', value: (c) => c.attributedToName ?? c.attributedTo },
  { header: 'outlet', value: (c) => c.articleOutlet },
  { header: 'published', value: (c) => c.articlePublishedAt },
  { header: 'article', value: (c) => c.article },
  { header: 'evidence', value: (c) => c.evidence },
  { header: 'confidence', value: (c) => c.confidence },
];

export function sortClaims(rows: readonly ClaimView[], column: number, descending: boolean): ClaimView[] {
  const col = FACT_COLUMNS[column]!;
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const va = col.value(a);
    const vb = col.value(b);
    if (va === vb) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    if (va === undefined || va === null) return 1; // blanks last either way
    if (vb === undefined || vb === null) return -1;
    if (typeof va === 'number' && typeof vb === 'number') return sign * (va - vb);
    return sign * String(va).localeCompare(String(vb));
  });
}

export function renderFactTable(root: HTMLElement, claims: ClaimView[], truncated: boolean, onEntity: (id: string) => void): void {
  let sortColumn = 0;
  let descending = false;
  const draw = () => {
    clear(root);
    const rows = sortClaims(claims, sortColumn, descending);
    const download = el('button', {
      type: 'button',
      id: 'export-csv',
      onclick: () => {
        const blob = new Blob([toCsv(rows, FACT_COLUMNS)], { type: 'text/csv;charset=utf-8' });
        const a = el('a', { href: URL.createObjectURL(blob), download: 'simpul-facts.csv' });
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      },
    }, 'Export CSV');
    root.appendChild(el('div', { class: 'view-head' }, el('strong', {}, `${claims.length} claims`), truncated ? el('span', { class: 'muted' }, ' (first ones only; narrow the filters)') : null, ' ', download));
    if (claims.length === 0) {
      root.appendChild(el('p', { class: 'muted' }, 'No claims match the filters.'));
      return;
    }
    const head = el('tr', {}, ...FACT_COLUMNS.map((c, i) => {
      const th = el('th', { scope: 'col', 'aria-sort': i === sortColumn ? (descending ? 'descending' : 'ascending') : 'none' });
      th.appendChild(el('button', { type: 'button', class: 'link', onclick: () => { descending = i === sortColumn ? !descending : false; sortColumn = i; draw(); } }, c.header, i === sortColumn ? (descending ? ' ▼' : ' ▲') : ''));
      return th;
    }));
    const body = el('tbody');
    for (const c of rows) {
      const cells = FACT_COLUMNS.map((col, i) => {
        const v = col.value(c);
        if (i === 0 || i === 2) {
          const id = i === 0 ? c.subject : c.object;
          return el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => onEntity(id) }, String(v ?? '')));
        }
        return el('td', i === 10 ? { class: 'evidence-cell' } : {}, v === undefined || v === null ? '' : String(v));
      });
      body.appendChild(el('tr', {}, ...cells));
    }
    root.appendChild(el('div', { class: 'table-wrap' }, el('table', { class: 'facts-table' }, el('thead', {}, head), body)));
  };
  draw();
}
