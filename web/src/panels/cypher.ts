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

interface CellNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface CellRelationship {
  id: string;
  type: string;
  source: string;
  target: string;
}
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCellNode = (v: unknown): v is CellNode => isObject(v) && typeof v.id === 'string' && Array.isArray(v.labels) && isObject(v.properties);
const isCellRelationship = (v: unknown): v is CellRelationship =>
  isObject(v) && typeof v.id === 'string' && typeof v.type === 'string' && typeof v.source === 'string' && typeof v.target === 'string';
/** a path as read-query.ts writes it: node, relationship, node, … */
const isCellPath = (v: unknown): v is unknown[] =>
  Array.isArray(v) && v.length >= 3 && v.length % 2 === 1 && v.every((x, i) => (i % 2 === 0 ? isCellNode(x) : isCellRelationship(x)));

/** A table cell as Neo4j Browser's text view writes it: `(:Entity:Country North Korea)`,
 * `[:SENDS_TROOPS_TO]`, paths with their arrows; plain values as JSON. The
 * captions are the answer's own (`nodes[].caption`), by elementId. */
export function cellText(v: unknown, captions: ReadonlyMap<string, string>): string {
  if (typeof v === 'string') return v;
  if (isCellNode(v)) {
    const caption = captions.get(v.id);
    return `(${v.labels.map((l) => `:${l}`).join('')}${caption ? ` ${caption}` : ''})`;
  }
  if (isCellRelationship(v)) return `[:${v.type}]`;
  if (isCellPath(v)) {
    let out = cellText(v[0], captions);
    for (let i = 1; i < v.length; i += 2) {
      const rel = v[i] as CellRelationship;
      const from = v[i - 1] as CellNode;
      out += rel.source === from.id ? `-[:${rel.type}]->` : `<-[:${rel.type}]-`;
      out += cellText(v[i + 1], captions);
    }
    return out;
  }
  if (Array.isArray(v) && v.some((x) => isCellNode(x) || isCellRelationship(x))) return `[${v.map((x) => cellText(x, captions)).join(', ')}]`;
  return JSON.stringify(v);
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
      const captions = new Map(result.nodes.flatMap((n) => (n.caption ? [[n.id, n.caption] as const] : [])));
      // the cell shows the short form; hovering it shows every property
      for (const row of result.rows) body.appendChild(el('tr', {}, ...row.map((v) => el('td', { title: typeof v === 'string' ? null : JSON.stringify(v) }, cellText(v, captions)))));
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
