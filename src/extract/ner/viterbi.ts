// Constrained first-order Viterbi decoding over BIO labels.
import { isAllowedTransition } from './labels';

/**
 * Transition mask, (L+1)×L: row p < L is "previous label p", row L is the
 * sentence start. 1 = allowed in well-formed BIO.
 */
export function bioTransitionMask(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const mask = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let y = 0; y < L; y++) mask[p * L + y] = isAllowedTransition(p === L ? null : labels[p], labels[y]) ? 1 : 0;
  }
  return mask;
}

/** Reusable buffers for one sentence of up to `size / L` tokens. */
export class ViterbiScratch {
  readonly emissions: Float64Array;
  readonly score: Float64Array;
  readonly back: Int32Array;
  readonly path: Int32Array;
  constructor(readonly size: number) {
    this.emissions = new Float64Array(size);
    this.score = new Float64Array(size);
    this.back = new Int32Array(size);
    this.path = new Int32Array(size);
  }
}

/**
 * Best label path. `emissions` is n×L, `transitions` (L+1)×L laid out like
 * the mask. Ties go to the lower label index, so decoding is deterministic.
 * With `scratch`, the returned path is scratch.path (valid until the next call).
 */
export function viterbi(
  emissions: Float64Array,
  n: number,
  L: number,
  transitions: ArrayLike<number>,
  mask: Uint8Array,
  scratch?: ViterbiScratch,
): Int32Array {
  const big = scratch !== undefined && scratch.size >= n * L;
  const path = big ? scratch.path : new Int32Array(n);
  if (n === 0) return path;
  const score = big ? scratch.score : new Float64Array(n * L);
  const back = big ? scratch.back : new Int32Array(n * L);
  for (let y = 0; y < L; y++) {
    score[y] = mask[L * L + y] ? transitions[L * L + y] + emissions[y] : -Infinity;
  }
  for (let t = 1; t < n; t++) {
    const prevBase = (t - 1) * L;
    const base = t * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!mask[p * L + y]) continue;
        const s = score[prevBase + p] + transitions[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + y] = best + emissions[base + y];
      back[base + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    if (score[last + y] > best) {
      best = score[last + y];
      arg = y;
    }
  }
  path[n - 1] = arg;
  for (let t = n - 1; t > 0; t--) path[t - 1] = back[t * L + path[t]];
  return path;
}
