// Node colour by entity type, with how many of each are shown.
import { ENTITY_TYPES, type EntityType } from '../../../src/extract/types';
import { TYPE_COLORS } from '../colors';
import { clear, el } from '../dom';

export function renderLegend(root: HTMLElement, shown: Partial<Record<EntityType, number>>): void {
  clear(root);
  const list = el('ul', { class: 'legend' });
  for (const type of ENTITY_TYPES) {
    list.appendChild(
      el('li', {}, el('span', { class: 'swatch', style: `background:${TYPE_COLORS[type]}` }), `${type} `, el('span', { class: 'muted' }, String(shown[type] ?? 0))),
    );
  }
  root.appendChild(el('div', { class: 'legend-title' }, 'Entity types'));
  root.appendChild(list);
  root.appendChild(el('div', { class: 'muted small' }, 'Size: mentions · arrows: who → whom'));
}
