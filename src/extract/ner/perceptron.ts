// The tagger proper: linear emission scores over sparse string features plus
// label-transition scores, decoded with constrained Viterbi.
import { Featurizer } from './features';
import { bioTransitionMask, viterbi } from './viterbi';

export class PerceptronTagger {
  readonly L: number;
  private readonly mask: Uint8Array;

  constructor(
    readonly labels: readonly string[],
    readonly featurizer: Featurizer,
    /** feature name → row of `weights` */
    readonly featureIndex: Map<string, number>,
    /** rows of L label weights, one row per feature */
    readonly weights: Float32Array | Float64Array,
    /** (L+1)×L, last row = start of sentence */
    readonly transitions: Float32Array | Float64Array,
  ) {
    this.L = labels.length;
    this.mask = bioTransitionMask(labels);
  }

  /** Emission scores (n×L) of feature-index rows. */
  emissions(rows: readonly Int32Array[]): Float64Array {
    const L = this.L;
    const w = this.weights;
    const e = new Float64Array(rows.length * L);
    for (let t = 0; t < rows.length; t++) {
      const base = t * L;
      const r = rows[t];
      for (let k = 0; k < r.length; k++) {
        const off = r[k] * L;
        for (let y = 0; y < L; y++) e[base + y] += w[off + y];
      }
    }
    return e;
  }

  /** Known-feature rows of each token (unknown features carry no weight). */
  featureRows(tokens: readonly string[]): Int32Array[] {
    const feats = this.featurizer.sentence(tokens);
    const rows: Int32Array[] = new Array(feats.length);
    const buf = new Int32Array(256);
    for (let t = 0; t < feats.length; t++) {
      let m = 0;
      for (const f of feats[t]) {
        const idx = this.featureIndex.get(f);
        if (idx !== undefined && m < buf.length) buf[m++] = idx;
      }
      rows[t] = buf.slice(0, m);
    }
    return rows;
  }

  decodeRows(rows: readonly Int32Array[]): Int32Array {
    return viterbi(this.emissions(rows), rows.length, this.L, this.transitions, this.mask);
  }

  tag(tokens: readonly string[]): string[] {
    if (tokens.length === 0) return [];
    const path = this.decodeRows(this.featureRows(tokens));
    return Array.from(path, (y) => this.labels[y]);
  }
}
