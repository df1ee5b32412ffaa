// "Where sources disagree": facts reported with different counts, or both
// asserted and denied, with their claims side by side by source and date.
import type { DisagreementGroup } from '../../../src/server/api-types';
import { clear, el } from '../dom';
import { renderEvidence } from './entity';

export function renderDisagreements(root: HTMLElement, groups: DisagreementGroup[], onEntity: (id: string) => void): void {
  clear(root);
  root.appendChild(el('div', { class: 'view-head' }, el('strong', {}, `${groups.length} disputed fact${groups.length === 1 ? '' : 's'}`)));
  if (groups.length === 0) {
    root.appendChild(el('p', { class: 'muted' }, 'No disagreements among the claims that match the filters.'));
    return;
  }
  for (const g of groups) {
    const title = el(
      'h3',
      {},
      el('button', { type: 'button', class: 'link', onclick: () => onEntity(g.subject) }, g.subjectName),
      ` ${g.predicate.replace(/_/g, ' ').toLowerCase()} `,
      el('button', { type: 'button', class: 'link', onclick: () => onEntity(g.object) }, g.objectName),
      el('span', { class: 'muted small' }, `  ${g.reasons.map((r) => (r === 'counts' ? 'different counts' : 'asserted and denied')).join(', ')}`),
    );
    const cards = g.claims.map((c) =>
      el(
        'div',
        { class: `card modality-border-${c.modality}` },
        el('div', { class: 'small' }, el('strong', {}, c.articleOutlet ?? 'unknown outlet'), ` · ${c.time ?? c.articlePublishedAt ?? 'undated'}`),
        el('div', {}, el('span', { class: `modality modality-${c.modality}` }, c.modality), c.count !== undefined ? ` count ${c.count.toLocaleString('en')}` : '', c.attributedTo ? ` · according to ${c.attributedToName ?? c.attributedTo}` : ''),
        renderEvidence(c.evidence, [c.subjectName, c.objectName]),
      ),
    );
    root.appendChild(el('section', { class: 'dispute' }, title, el('div', { class: 'cards' }, ...cards)));
  }
}
