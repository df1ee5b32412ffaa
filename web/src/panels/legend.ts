// Node colour by entity type, with how many of each are shown; while a Cypher
// answer is drawn, what it added and the button that takes it off again.
import { ENTITY_TYPES, type EntityType } from '../../../src/extract/types';
import { QUERY_EDGE_COLOR, QUERY_NODE_COLOR, TYPE_COLORS } from '../colors';
import { clear, el } from '../dom';
import type { OverlaySummary } from '../query-overlay';

export interface LegendQuery {
  summary: OverlaySummary;
  onClear(): void;
}

export function renderLegend(root: HTMLElement, shown: Partial<Record<EntityType, number>>, query?: LegendQuery): void {
  clear(root);
  const list = el('ul', { class: 'legend' });
  for (const type of ENTITY_TYPES) {
    list.appendChild(
      el('li', {}, el('span', { class: 'swatch', style: `background:${TYPE_COLORS[type]}` }), `${type} `, el('span', { class: 'muted' }, String(shown[type] ?? 0))),
    );
  }
  root.appendChild(el('div', { class: 'legend-title' }, 'Entity types'));
  root.appendChild(list);
  if (query) {
    const { summary, onClear } = query;
    root.appendChild(el('div', { class: 'legend-title' }, 'From the query'));
    root.appendChild(
      el(
        'ul',
        { class: 'legend legend-query' },
        el('li', {}, el('span', { class: 'swatch', style: `background:${QUERY_NODE_COLOR}` }), 'nodes added ', el('span', { class: 'muted' }, String(summary.addedNodes))),
        el('li', {}, el('span', { class: 'swatch swatch-edge', style: `background:${QUERY_EDGE_COLOR}` }), 'relationships added ', el('span', { class: 'muted' }, String(summary.addedEdges))),
      ),
    );
    root.appendChild(el('button', { type: 'button', class: 'chip', id: 'legend-clear-query', onclick: onClear }, 'Clear query result'));
  }
  root.appendChild(el('div', { class: 'muted small' }, 'Size: mentions · arrows: who → whom'));
}
