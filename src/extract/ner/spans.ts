import { labelType, type NerType } from './labels';

export interface NerSpan {
  /** first token index */
  start: number;
  /** one past the last token index (exclusive, like EntityMention.tokenEnd) */
  end: number;
  type: NerType;
}

/**
 * Entity spans of a BIO tag sequence. A stray I-X (after O or another type)
 * starts a new span rather than being dropped, as conlleval does.
 */
export function spans(tags: string[]): NerSpan[] {
  const out: NerSpan[] = [];
  let open: NerSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const type = labelType(tag);
    const continues = open !== null && tag.startsWith('I-') && open.type === type;
    if (continues) continue;
    if (open) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (type) open = { start: i, end: i + 1, type };
  }
  if (open) {
    open.end = tags.length;
    out.push(open);
  }
  return out;
}
