// Qualifiers of a fact that come from words around its trigger: modality
// (akan → planned, mungkin → possible, membantah → denied, tidak → negated),
// the count of troops or munitions, and the time expression.
import { findCounts, type CountExpression } from '../numbers';
import { findTimeExpressions, type TimeExpression } from '../time';
import type { CountModifier, DocumentContext, Modality } from '../types';
import type { Candidate } from './frames';
import { isFiller, isVerb, isWord, type SentenceView } from './view';

/** a denial does not reach across a contrast: "X membantah …, namun Y mengirim …" */
const CONTRAST = new Set([';', 'namun', 'tetapi', 'tapi', 'sedangkan', 'sementara', 'sebaliknya']);

const STRENGTH: Record<Modality, number> = { asserted: 0, planned: 1, possible: 2, negated: 3, denied: 4 };

function stronger(a: Modality, b: Modality): Modality {
  return STRENGTH[b] > STRENGTH[a] ? b : a;
}

export interface ModalityResult {
  modality: Modality;
  /** token index of a denial verb, to find who denies */
  deniedAt: number;
}

/**
 * Modality from the auxiliary zone before the trigger (between its subject and
 * it, at most 6 words, not crossing another entity), a purpose marker opening
 * the trigger's clause, and a denial verb earlier in the sentence.
 */
export function modalityOf(v: SentenceView, c: Pick<Candidate, 'subject' | 'trigger'>): ModalityResult {
  const m = v.lex.modality;
  let modality: Modality = 'asserted';
  let deniedAt = -1;
  const zoneStart = Math.max(c.subject && c.subject.end <= c.trigger ? c.subject.end : 0, c.trigger - 6);
  for (let j = c.trigger - 1; j >= zoneStart; j--) {
    const w = v.lower[j];
    if (v.slotAt[j] || w === ',' || w === 'yang' || w === 'bahwa') break;
    if (m.planned.has(w)) modality = stronger(modality, 'planned');
    else if (m.possible.has(w)) modality = stronger(modality, 'possible');
    else if (m.negated.has(w) && v.lower[j + 1] !== 'hanya') modality = stronger(modality, 'negated'); // "tidak hanya" = not only
    else if (m.purposeMarkers.has(w)) modality = stronger(modality, 'planned');
  }
  // a purpose clause opened just before a nominal trigger: "untuk membantu perang melawan"
  for (let j = c.trigger - 1; j >= Math.max(0, c.trigger - 3); j--) {
    if (m.purposeMarkers.has(v.lower[j])) modality = stronger(modality, 'planned');
    if (!isWord(v, j)) break;
  }
  // "X membantah (bahwa) …": a denial verb to the left, unless itself negated ("tidak membantah")
  for (let j = c.trigger - 1; j >= 0; j--) {
    if (CONTRAST.has(v.lower[j])) break;
    if (m.denied.has(v.lower[j])) {
      // "membantah tuduhan itu dan balik menuduh …": a denied noun phrase ends at a new verb phrase
      if (isFiller(v, j + 1) && newVerbPhrase(v, j + 1, c.trigger)) break;
      if (!m.negated.has(v.lower[j - 1] ?? '')) {
        modality = 'denied';
        deniedAt = j;
      }
      break;
    }
  }
  return { modality, deniedAt };
}

function newVerbPhrase(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if ((v.lower[k] === 'dan' || v.lower[k] === 'serta' || v.lower[k] === ',') && (isVerb(v, k + 1) || isVerb(v, k + 2))) return true;
  }
  return false;
}

const COUNT_PREDICATES = new Set(['SENDS_TROOPS_TO', 'SUPPLIES_WEAPONS_TO']);

/** The count of the required noun (troops, munitions) when a number counts it. */
export function countOf(
  v: SentenceView,
  c: Candidate,
  counts: () => CountExpression[],
): { count: number; countModifier?: CountModifier } | null {
  if (!COUNT_PREDICATES.has(c.predicate) || c.classIndex < 0) return null;
  const hit = counts().find((e) => e.nounToken === c.classIndex);
  if (!hit || !Number.isInteger(hit.value) || hit.value <= 0) return null;
  return hit.modifier ? { count: hit.value, countModifier: hit.modifier } : { count: hit.value };
}

export function sentenceCounts(v: SentenceView): CountExpression[] {
  return findCounts(v.sentence.tokens);
}

/** Time expressions per sentence, each sentence scanned at most once per document and only when a fact asks. */
export class TimeIndex {
  private readonly cache: Array<TimeExpression[] | undefined>;
  private readonly paragraphStart: number[];

  constructor(private readonly doc: DocumentContext) {
    this.cache = new Array(doc.sentences.length);
    this.paragraphStart = [];
    let start = 0;
    doc.sentences.forEach((s, k) => {
      if (k > 0 && doc.text.slice(doc.sentences[k - 1].end, s.start).includes('\n')) start = k;
      this.paragraphStart.push(start);
    });
  }

  private expressions(k: number): TimeExpression[] {
    let list = this.cache[k];
    if (!list) {
      const s = this.doc.sentences[k];
      list = s ? findTimeExpressions(this.doc.text, s.start, s.end, this.doc.meta.publishedAt) : [];
      this.cache[k] = list;
    }
    return list;
  }

  /** The time expression nearest the trigger in its sentence, else the nearest preceding one in the paragraph. */
  timeFor(sentenceIndex: number, triggerOffset: number): string | undefined {
    const own = this.expressions(sentenceIndex);
    if (own.length > 0) {
      let best = own[0];
      for (const t of own) {
        const d = (x: TimeExpression) => Math.min(Math.abs(x.start - triggerOffset), Math.abs(x.end - triggerOffset));
        if (d(t) < d(best)) best = t;
      }
      return best.value;
    }
    for (let k = sentenceIndex - 1; k >= (this.paragraphStart[sentenceIndex] ?? 0); k--) {
      const list = this.expressions(k);
      if (list.length > 0) return list[list.length - 1].value;
    }
    return undefined;
  }
}
