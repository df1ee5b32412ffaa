// Search box with suggestions as the user types (names and aliases, Indonesian
// forms included, answered by the API); choosing one selects the node.
import type { SearchHit } from '../../../src/store/types';
import { api } from '../api';
import { TYPE_COLORS } from '../colors';
import { clear, el } from '../dom';

export interface SearchHandlers {
  onChoose(hit: SearchHit): void;
}

export function mountSearch(root: HTMLElement, handlers: SearchHandlers): { input: HTMLInputElement } {
  const input = el('input', {
    id: 'search-input',
    type: 'search',
    placeholder: 'Search entities (e.g. Korut, Rusia, NATO)…',
    autocomplete: 'off',
    'aria-label': 'Search entities by name or alias',
    'aria-controls': 'search-suggestions',
    'aria-autocomplete': 'list',
  });
  const list = el('ul', { id: 'search-suggestions', class: 'suggestions', role: 'listbox', hidden: true });
  root.append(input, list);

  let hits: SearchHit[] = [];
  let active = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const choose = (hit: SearchHit) => {
    input.value = hit.name;
    close();
    handlers.onChoose(hit);
  };
  const render = () => {
    clear(list);
    hits.forEach((hit, i) => {
      const item = el(
        'li',
        { role: 'option', 'aria-selected': i === active ? 'true' : 'false', 'data-id': hit.id },
        el('span', { class: 'swatch', style: `background:${TYPE_COLORS[hit.type]}` }),
        el('strong', {}, hit.name),
        hit.matched ? el('span', { class: 'muted' }, ` ← ${hit.matched}`) : null,
        el('span', { class: 'muted small' }, ` ${hit.type}`),
      );
      item.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        choose(hit);
      });
      list.appendChild(item);
    });
    if (hits.length === 0 && input.value.trim()) list.appendChild(el('li', { class: 'muted' }, 'No entity matches'));
    list.hidden = input.value.trim() === '';
  };
  const lookup = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      hits = [];
      close();
      return;
    }
    try {
      const res = await api.search(q.slice(0, 100));
      if (mine !== seq) return; // a newer keystroke won
      hits = res.hits;
      active = hits.length ? 0 : -1;
      render();
    } catch (err) {
      if (mine !== seq) return;
      hits = [];
      clear(list);
      list.appendChild(el('li', { class: 'error' }, err instanceof Error ? err.message : 'search failed'));
      list.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void lookup(), 120);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!hits.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      const hit = hits[active >= 0 ? active : 0];
      if (hit) choose(hit);
      else void lookup();
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return { input };
}
