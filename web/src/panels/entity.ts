// Side panel for one entity: type, aliases, id, Wikidata link, and its facts
// grouped by predicate, each with its claims (evidence with the entities
// highlighted, article, outlet, date, count, modality, who says so).
import type { ClaimView, EntityDetail, EntityFact } from '../../../src/store/types';
import { TYPE_COLORS } from '../colors';
import { append, clear, el } from '../dom';
import { highlightRanges } from '../highlight';

export interface EntityPanelHandlers {
  onNavigate(id: string): void;
  onClose(): void;
}

export function renderEntityLoading(root: HTMLElement, id: string): void {
  root.hidden = false;
  clear(root);
  root.appendChild(el('p', { class: 'muted' }, `Loading ${id}…`));
}

export function renderEntityError(root: HTMLElement, message: string, handlers: EntityPanelHandlers): void {
  root.hidden = false;
  clear(root);
  root.append(closeButton(handlers), el('p', { class: 'error' }, message));
}

function closeButton(handlers: EntityPanelHandlers): HTMLElement {
  return el('button', { type: 'button', class: 'close', 'aria-label': 'Close panel', onclick: () => handlers.onClose() }, '×');
}

const MODIFIER_TEXT: Record<string, string> = { more_than: 'more than ', less_than: 'less than ', about: 'about ', at_least: 'at least ' };
const countText = (c: ClaimView) =>
  c.count === undefined ? null : `${MODIFIER_TEXT[c.countModifier ?? ''] ?? ''}${c.count.toLocaleString('en')}`;

export function renderEvidence(text: string, terms: string[]): HTMLElement {
  const quote = el('blockquote', { class: 'evidence' });
  let at = 0;
  for (const r of highlightRanges(text, terms)) {
    append(quote, text.slice(at, r.start), el('mark', {}, text.slice(r.start, r.end)));
    at = r.end;
  }
  append(quote, text.slice(at));
  return quote;
}

function renderClaim(c: ClaimView, terms: string[]): HTMLElement {
  const meta = el('div', { class: 'claim-meta' });
  const bits: (string | HTMLElement)[] = [];
  bits.push(el('span', { class: `modality modality-${c.modality}` }, c.modality));
  const count = countText(c);
  if (count) bits.push(el('span', {}, `count ${count}`));
  if (c.time) bits.push(el('span', {}, `when ${c.time}`));
  if (c.role) bits.push(el('span', {}, `role ${c.role}`));
  if (c.attributedTo) bits.push(el('span', {}, `according to ${c.attributedToName ?? c.attributedTo}`));
  for (const b of bits) append(meta, b, ' ');
  const source = el(
    'div',
    { class: 'claim-source muted small' },
    [c.articleOutlet ?? 'unknown outlet', c.articlePublishedAt ?? 'undated', c.articleTitle ?? c.article].join(' · '),
  );
  return el('li', { class: 'claim' }, renderEvidence(c.evidence, terms), meta, source);
}

function renderFact(fact: EntityFact, detail: EntityDetail, handlers: EntityPanelHandlers): HTMLElement {
  const terms = [detail.entity.name, ...detail.entity.aliases, fact.other.name];
  const other = el(
    'button',
    { type: 'button', class: 'link', 'data-entity': fact.other.id, title: `Go to ${fact.other.name}`, onclick: () => handlers.onNavigate(fact.other.id) },
    el('span', { class: 'swatch', style: `background:${TYPE_COLORS[fact.other.type]}` }),
    fact.other.name,
  );
  const head = el('div', { class: 'fact-head' }, fact.direction === 'out' ? '→ ' : '← ', other, el('span', { class: 'muted small' }, ` ${fact.claims.length} claim${fact.claims.length === 1 ? '' : 's'}`));
  return el('li', { class: 'fact' }, head, el('ul', { class: 'claims' }, ...fact.claims.map((c) => renderClaim(c, terms))));
}

export function renderEntity(root: HTMLElement, detail: EntityDetail, handlers: EntityPanelHandlers): void {
  root.hidden = false;
  clear(root);
  const e = detail.entity;
  root.append(
    closeButton(handlers),
    el('h2', {}, el('span', { class: 'swatch', style: `background:${TYPE_COLORS[e.type]}` }), e.name),
    el(
      'dl',
      { class: 'entity-meta' },
      el('dt', {}, 'Type'),
      el('dd', {}, e.type),
      el('dt', {}, 'Id'),
      el('dd', {}, el('code', {}, e.id)),
      el('dt', {}, 'Aliases'),
      el('dd', {}, e.aliases.length ? e.aliases.join(', ') : '—'),
      el('dt', {}, 'Mentions'),
      el('dd', {}, `${e.mentions} in ${e.articles} article${e.articles === 1 ? '' : 's'}`),
      e.wikidata ? el('dt', {}, 'Wikidata') : null,
      e.wikidata
        ? el('dd', {}, el('a', { href: `https://www.wikidata.org/wiki/${encodeURIComponent(e.wikidata)}`, target: '_blank', rel: 'noopener noreferrer' }, e.wikidata))
        : null,
    ),
  );
  if (detail.facts.length === 0) {
    root.appendChild(el('p', { class: 'muted' }, 'No facts about this entity yet.'));
  }
  const byPredicate = new Map<string, EntityFact[]>();
  for (const f of detail.facts) {
    const list = byPredicate.get(f.predicate) ?? [];
    list.push(f);
    byPredicate.set(f.predicate, list);
  }
  for (const [predicate, facts] of [...byPredicate.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    root.append(el('h3', {}, predicate.replace(/_/g, ' ').toLowerCase()), el('ul', { class: 'facts' }, ...facts.map((f) => renderFact(f, detail, handlers))));
  }
  if (detail.articles.length) {
    root.append(
      el('h3', {}, 'Articles'),
      el('ul', { class: 'articles small' }, ...detail.articles.map((a) => el('li', {}, [a.outlet ?? 'unknown outlet', a.publishedAt ?? 'undated', a.title ?? a.id, `${a.mentions}×`].join(' · ')))),
    );
  }
}
