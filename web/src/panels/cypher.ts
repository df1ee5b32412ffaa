// Read-only Cypher box (Neo4j store only): library queries one click away;
// the answer is shown as a table and drawn on the graph (the page merges it,
// see query-overlay.ts), with a line saying what was drawn and added.
import type { QueryLibraryEntry, QueryResponse } from '../../../src/server/api-types';
import { api, ApiFailure } from '../api';
import { clear, el } from '../dom';
import { describeSummary, type OverlaySummary } from '../query-overlay';

export interface CypherHandlers {
  /** draws the answer on the graph and says what it drew */
  onResult(result: QueryResponse): OverlaySummary;
  onShowGraph(): void;
  onClear(): void;
}

export function mountCypher(root: HTMLElement, library: QueryLibraryEntry[], handlers: CypherHandlers): void {
  clear(root);
  const box = el('textarea', { id: 'cypher-input', rows: 6, spellcheck: 'false', 'aria-label': 'Cypher query (read only)' });
  box.value = 'MATCH (a:Entity)-[r]->(b:Entity) RETURN a, r, b LIMIT 50';
  const out = el('div', { class: 'cypher-out' });
  const run = async () => {
    clear(out);
    out.appendChild(el('p', { class: 'muted' }, 'Running…'));
    try {
      const result = await api.query(box.value);
      clear(out);
      out.appendChild(el('p', { class: 'muted small' }, `${result.rows.length} rows${result.truncated ? ' (row limit reached)' : ''} in ${result.ms} ms`));
      const summary = handlers.onResult(result);
      const status = el('p', { class: 'cypher-drawn', role: 'status' });
      const drawn = summary.nodes + summary.edges > 0;
      status.append(drawn ? `Drawn on the graph: ${describeSummary(summary)}. ` : 'Nothing to draw: the answer holds no nodes or relationships. ');
      if (drawn) {
        const clearButton = el('button', { type: 'button', id: 'cypher-clear', onclick: () => {
          handlers.onClear();
          clear(status);
          status.append('Query result cleared from the graph.');
        } }, 'Clear query result');
        status.append(el('button', { type: 'button', id: 'cypher-show-graph', onclick: () => handlers.onShowGraph() }, 'Show on the graph'), ' ', clearButton);
      }
      out.appendChild(status);
      const table = el('table', { class: 'facts-table' }, el('thead', {}, el('tr', {}, ...result.columns.map((c) => el('th', {}, c)))));
      const body = el('tbody');
      for (const row of result.rows) body.appendChild(el('tr', {}, ...row.map((v) => el('td', {}, typeof v === 'string' ? v : JSON.stringify(v)))));
      table.appendChild(body);
      out.appendChild(el('div', { class: 'table-wrap' }, table));
    } catch (err) {
      clear(out);
      out.appendChild(el('p', { class: 'error' }, err instanceof ApiFailure ? err.message : 'The query failed.'));
    }
  };
  const lib = el('div', { class: 'library' }, el('span', { class: 'muted small' }, 'Library: '));
  for (const q of library) {
    lib.appendChild(el('button', { type: 'button', class: 'chip', title: q.name, onclick: () => { box.value = q.cypher; void run(); } }, q.title));
  }
  root.append(
    el('p', { class: 'muted small' }, 'Read-only: runs in read access mode with a time-out and a row limit; writes are refused.'),
    box,
    el('p', {}, el('button', { type: 'button', id: 'cypher-run', onclick: () => void run() }, 'Run')),
    out,
  );
  if (library.length) root.insertBefore(lib, out);
}
