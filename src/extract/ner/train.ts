// Averaged structured perceptron training (Collins 2002), deterministic:
// fixed feature-index order, seeded shuffle, ties broken by label index.
import type { TaggedSentence } from './corpus';
import { Featurizer } from './features';
import { BIO_LABELS } from './labels';
import { PerceptronTagger } from './perceptron';

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** features seen fewer times in training are not learned */
  minFeatureCount?: number;
  /** called after each epoch with the averaged model so far */
  onEpoch?: (epoch: number, averaged: PerceptronTagger, mistakes: number) => void;
}

/** mulberry32: tiny seeded PRNG, enough for a reproducible shuffle. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainTagger(data: readonly TaggedSentence[], featurizer: Featurizer, opts: TrainOptions): PerceptronTagger {
  const labels = BIO_LABELS;
  const L = labels.length;
  const labelId = new Map<string, number>(labels.map((l, i) => [l, i]));
  const minCount = opts.minFeatureCount ?? 1;

  // Feature vocabulary in first-seen order.
  const feats = data.map((s) => featurizer.sentence(s.tokens));
  const counts = new Map<string, number>();
  for (const sent of feats) for (const tok of sent) for (const f of tok) counts.set(f, (counts.get(f) ?? 0) + 1);
  const featureIndex = new Map<string, number>();
  for (const [f, c] of counts) if (c >= minCount) featureIndex.set(f, featureIndex.size);
  counts.clear();

  const weights = new Float64Array(featureIndex.size * L);
  const wAcc = new Float64Array(weights.length);
  const trans = new Float64Array((L + 1) * L);
  const tAcc = new Float64Array(trans.length);
  const live = new PerceptronTagger(labels, featurizer, featureIndex, weights, trans);

  const rows = feats.map((sent) =>
    sent.map((tok) => Int32Array.from(tok.filter((f) => featureIndex.has(f)).map((f) => featureIndex.get(f)!))),
  );
  const gold = data.map((s) => Int32Array.from(s.tags, (t) => labelId.get(t)!));

  const order = data.map((_, i) => i);
  const rand = seededRandom(opts.seed);
  let c = 1; // update clock for averaging

  const bumpEmission = (row: Int32Array, y: number, delta: number): void => {
    for (let k = 0; k < row.length; k++) {
      const idx = row[k] * L + y;
      weights[idx] += delta;
      wAcc[idx] += c * delta;
    }
  };
  const bumpTransition = (p: number, y: number, delta: number): void => {
    const idx = p * L + y;
    trans[idx] += delta;
    tAcc[idx] += c * delta;
  };

  const averaged = (): PerceptronTagger => {
    const w = new Float64Array(weights.length);
    for (let i = 0; i < w.length; i++) w[i] = weights[i] - wAcc[i] / c;
    const t = new Float64Array(trans.length);
    for (let i = 0; i < t.length; i++) t[i] = trans[i] - tAcc[i] / c;
    return new PerceptronTagger(labels, featurizer, featureIndex, w, t);
  };

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let mistakes = 0;
    for (const s of order) {
      const g = gold[s];
      if (g.length === 0) continue;
      const p = live.decodeRows(rows[s]);
      let wrong = false;
      for (let t = 0; t < g.length; t++) {
        const gp = t === 0 ? L : g[t - 1];
        const pp = t === 0 ? L : p[t - 1];
        if (g[t] !== p[t]) {
          wrong = true;
          bumpEmission(rows[s][t], g[t], 1);
          bumpEmission(rows[s][t], p[t], -1);
        }
        if (g[t] !== p[t] || gp !== pp) {
          bumpTransition(gp, g[t], 1);
          bumpTransition(pp, p[t], -1);
        }
      }
      if (wrong) mistakes++;
      c++;
    }
    opts.onEpoch?.(epoch, averaged(), mistakes);
  }
  return averaged();
}
