// Filters: entity type, predicate, outlet, modality, date range, hide isolated.
// An empty list means "all"; every box checked is sent as no filter at all.
import type { EntityType } from '../../../src/extract/types';
import type { FacetsResponse } from '../../../src/server/api-types';
import { TYPE_COLORS } from '../colors';
import { clear, el } from '../dom';
import type { FilterState } from '../url';

export interface FiltersHandlers {
  onChange(filters: FilterState): void;
}

type ListKey = 'types' | 'predicates' | 'outlets' | 'modalities';
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function renderFilters(
  root: HTMLElement,
  facets: FacetsResponse,
  current: FilterState,
  shownByType: Partial<Record<EntityType, number>>,
  handlers: FiltersHandlers,
): void {
  clear(root);
  const next = (): FilterState => structuredClone(current);

  const group = (key: ListKey, title: string, options: { value: string; count: number; label?: string; color?: string }[]) => {
    const fieldset = el('fieldset', { 'data-filter': key }, el('legend', {}, title));
    const selected = new Set<string>(current[key]);
    const all = selected.size === 0;
    for (const o of options) {
      const box = el('input', { type: 'checkbox', value: o.value, checked: all || selected.has(o.value), 'data-value': o.value });
      box.addEventListener('change', () => {
        const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
        const checked = boxes.filter((b) => b.checked).map((b) => b.value);
        if (checked.length === 0) {
          box.checked = true; // "nothing" is not a useful view; keep at least one
          return;
        }
        const f = next();
        (f[key] as string[]) = checked.length === boxes.length ? [] : checked.sort();
        handlers.onChange(f);
      });
      fieldset.appendChild(
        el(
          'label',
          { class: 'check' },
          box,
          o.color ? el('span', { class: 'swatch', style: `background:${o.color}` }) : null,
          ` ${o.label ?? o.value} `,
          el('span', { class: 'muted small' }, String(o.count)),
        ),
      );
    }
    const only = el('button', { type: 'button', class: 'link small', onclick: () => handlers.onChange({ ...next(), [key]: [] }) }, 'all');
    fieldset.appendChild(only);
    return fieldset;
  };

  root.appendChild(el('h2', {}, 'Filters'));
  root.appendChild(
    group(
      'types',
      'Entity type (shown / total)',
      facets.types.map((t) => ({ value: t.value, count: t.count, color: TYPE_COLORS[t.value], label: `${t.value} ${shownByType[t.value] ?? 0} /` })),
    ),
  );
  root.appendChild(group('predicates', 'Predicate', facets.predicates.filter((p) => p.count > 0 || current.predicates.includes(p.value)).map((p) => ({ ...p, label: p.value.replace(/_/g, ' ').toLowerCase() }))));
  root.appendChild(group('outlets', 'Outlet', facets.outlets));
  root.appendChild(group('modalities', 'Modality', facets.modalities));

  const dateInput = (name: 'from' | 'to', label: string) => {
    const input = el('input', { type: 'text', name, value: current[name], placeholder: name === 'from' ? facets.dates.min ?? 'YYYY-MM-DD' : facets.dates.max ?? 'YYYY-MM-DD', size: 11, 'aria-label': label, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
    input.addEventListener('change', () => {
      const v = input.value.trim();
      if (v !== '' && !DATE.test(v)) {
        input.setCustomValidity('Use YYYY, YYYY-MM or YYYY-MM-DD');
        input.reportValidity();
        return;
      }
      input.setCustomValidity('');
      handlers.onChange({ ...next(), [name]: v });
    });
    return el('label', { class: 'date' }, `${label} `, input);
  };
  root.appendChild(el('fieldset', { 'data-filter': 'dates' }, el('legend', {}, 'Date (claim time, else article date)'), dateInput('from', 'from'), dateInput('to', 'to')));

  const isolated = el('input', { type: 'checkbox', name: 'hideIsolated', checked: current.hideIsolated });
  isolated.addEventListener('change', () => handlers.onChange({ ...next(), hideIsolated: isolated.checked }));
  root.appendChild(el('label', { class: 'check' }, isolated, ' Hide isolated nodes'));
  root.appendChild(
    el('p', {}, el('button', { type: 'button', onclick: () => handlers.onChange({ types: [], predicates: [], outlets: [], modalities: [], from: '', to: '', hideIsolated: false }) }, 'Reset filters')),
  );
}
