// Entity-level exact-span scoring (CoNLL style): a predicted entity counts
// only when its start, end and type all match a gold entity.
import { spans } from './spans';

export interface SpanScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}

export function scoreSpans(gold: readonly string[][], predicted: readonly string[][]): SpanScore {
  let tp = 0;
  let nPred = 0;
  let nGold = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = new Set(spans(gold[i]).map((s) => `${s.start}:${s.end}:${s.type}`));
    const p = spans(predicted[i]).map((s) => `${s.start}:${s.end}:${s.type}`);
    nGold += g.size;
    nPred += p.length;
    for (const k of p) if (g.has(k)) tp++;
  }
  const precision = nPred === 0 ? 0 : tp / nPred;
  const recall = nGold === 0 ? 0 : tp / nGold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, predicted: nPred, gold: nGold };
}
