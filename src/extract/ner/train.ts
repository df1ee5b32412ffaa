// Averaged structured perceptron training (Collins 2002), deterministic:
// fixed feature-index order, seeded shuffles, ties broken by label index.
// With several seeds, one perceptron per seed is trained in lockstep over the
// same features and their averaged weights are averaged again: this smooths
// the perceptron's dependence on example order.
import type { TaggedSentence } from './corpus';
import { Featurizer } from './features';
import { BIO_LABELS } from './labels';
import { PerceptronTagger } from './perceptron';
import { seededRandom } from '../../util/random';

export interface TrainOptions {
  epochs: number;
  /** one shuffle seed per perceptron of the ensemble */
  seeds: readonly number[];
  /** features seen fewer times in training are not learned */
  minFeatureCount?: number;
  /** called after each epoch with the averaged model so far */
  onEpoch?: (epoch: number, averaged: PerceptronTagger, mistakes: number) => void;
}

export { seededRandom };

/** One perceptron's live weights, their update-time-weighted sums, and its shuffle. */
class PerceptronRun {
  readonly weights: Float64Array;
  readonly wAcc: Float64Array;
  readonly trans: Float64Array;
  readonly tAcc: Float64Array;
  readonly live: PerceptronTagger;
  readonly order: number[];
  readonly rand: () => number;
  /** update clock for averaging */
  c = 1;

  constructor(nWeights: number, nTrans: number, make: (w: Float64Array, t: Float64Array) => PerceptronTagger, n: number, seed: number) {
    this.weights = new Float64Array(nWeights);
    this.wAcc = new Float64Array(nWeights);
    this.trans = new Float64Array(nTrans);
    this.tAcc = new Float64Array(nTrans);
    this.live = make(this.weights, this.trans);
    this.order = Array.from({ length: n }, (_, i) => i);
    this.rand = seededRandom(seed);
  }

  /** One pass over the data; returns how many sentences were mis-tagged. */
  epoch(rows: readonly Int32Array[][], gold: readonly Int32Array[], L: number): number {
    const { order, rand, weights, wAcc, trans, tAcc } = this;
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let mistakes = 0;
    for (const s of order) {
      const g = gold[s];
      if (g.length === 0) continue;
      const p = this.live.decodeRows(rows[s]);
      const c = this.c;
      let wrong = false;
      for (let t = 0; t < g.length; t++) {
        const gp = t === 0 ? L : g[t - 1];
        const pp = t === 0 ? L : p[t - 1];
        if (g[t] !== p[t]) {
          wrong = true;
          const row = rows[s][t];
          for (let k = 0; k < row.length; k++) {
            const gi = row[k] * L + g[t];
            const pi = row[k] * L + p[t];
            weights[gi] += 1;
            wAcc[gi] += c;
            weights[pi] -= 1;
            wAcc[pi] -= c;
          }
        }
        if (g[t] !== p[t] || gp !== pp) {
          trans[gp * L + g[t]] += 1;
          tAcc[gp * L + g[t]] += c;
          trans[pp * L + p[t]] -= 1;
          tAcc[pp * L + p[t]] -= c;
        }
      }
      if (wrong) mistakes++;
      this.c++;
    }
    return mistakes;
  }

  /** Adds this run's averaged weights, times `share`, into the given arrays. */
  addAveraged(w: Float64Array, t: Float64Array, share: number): void {
    for (let i = 0; i < w.length; i++) w[i] += (this.weights[i] - this.wAcc[i] / this.c) * share;
    for (let i = 0; i < t.length; i++) t[i] += (this.trans[i] - this.tAcc[i] / this.c) * share;
  }
}

export function trainTagger(data: readonly TaggedSentence[], featurizer: Featurizer, opts: TrainOptions): PerceptronTagger {
  if (opts.seeds.length === 0) throw new Error('trainTagger: at least one seed is needed');
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

  const rows = feats.map((sent) =>
    sent.map((tok) => Int32Array.from(tok.filter((f) => featureIndex.has(f)).map((f) => featureIndex.get(f)!))),
  );
  const gold = data.map((s) => Int32Array.from(s.tags, (t) => labelId.get(t)!));
  const make = (w: Float64Array, t: Float64Array): PerceptronTagger => new PerceptronTagger(labels, featurizer, featureIndex, w, t);
  const runs = opts.seeds.map((seed) => new PerceptronRun(featureIndex.size * L, (L + 1) * L, make, data.length, seed));

  const averaged = (): PerceptronTagger => {
    const w = new Float64Array(featureIndex.size * L);
    const t = new Float64Array((L + 1) * L);
    for (const run of runs) run.addAveraged(w, t, 1 / runs.length);
    return make(w, t);
  };

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    let mistakes = 0;
    for (const run of runs) mistakes += run.epoch(rows, gold, L);
    opts.onEpoch?.(epoch, averaged(), Math.round(mistakes / runs.length));
  }
  return averaged();
}
