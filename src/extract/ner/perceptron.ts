// The tagger proper: linear emission scores over sparse string features plus
// label-transition scores, decoded with constrained Viterbi.
import { BOS, CASE_BUCKETS, capClass, CLASS_IDS, EOS, Featurizer } from './features';

type ClassId = (typeof CLASS_IDS)[number];
type Bucket = (typeof CASE_BUCKETS)[number];
const BOS_ID = CLASS_IDS.indexOf(BOS);
const EOS_ID = CLASS_IDS.indexOf(EOS);

/** What tagging needs to know about a word, computed once per distinct token. */
interface WordInfo {
  lower: string;
  cls: string;
  clsId: number;
  bucketId: number;
  /** own features' scores (L), then one L-block per neighbour offset */
  scores: Float64Array;
}
import { bioTransitionMask, viterbi } from './viterbi';

/** Bound on cached words, so a long-running server's memory stays flat. */
const WORD_CACHE_LIMIT = 200_000;

/**
 * A linear BIO tagger. `tag` caches per-word scores, so a model's weights
 * must not change once it is used for tagging (training uses decodeRows).
 */
export class PerceptronTagger {
  readonly L: number;
  private readonly mask: Uint8Array;
  private readonly wordCache = new Map<string, WordInfo>();
  private readonly classCache: (Float64Array | undefined)[] = [];
  private readonly padCache = new Map<string, Float64Array>();

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

  /** Summed weights of the features in `names` into out[at..at+L). */
  private addFeatures(names: readonly string[], out: Float64Array, at: number): void {
    const L = this.L;
    const w = this.weights;
    for (const name of names) {
      const row = this.featureIndex.get(name);
      if (row === undefined) continue;
      const off = row * L;
      for (let y = 0; y < L; y++) out[at + y] += w[off + y];
    }
  }

  /**
   * Per word: its own features' summed weights, then for each neighbour
   * offset d the weights of the feature it emits for the token d away.
   */
  private wordInfo(word: string): WordInfo {
    let info = this.wordCache.get(word);
    if (info) return info;
    const L = this.L;
    const offsets = this.featurizer.offsets();
    const scores = new Float64Array(L * (1 + offsets.length));
    this.addFeatures(this.featurizer.wordFeatures(word), scores, 0);
    const lower = word.toLowerCase();
    offsets.forEach((d, k) => this.addFeatures(this.featurizer.offsetFeatures(d, word), scores, L * (1 + k)));
    const cls = capClass(word);
    const bucket = this.featurizer.caseBucket(lower);
    info = { lower, cls, clsId: CLASS_IDS.indexOf(cls as ClassId), bucketId: CASE_BUCKETS.indexOf(bucket as Bucket), scores };
    if (this.wordCache.size >= WORD_CACHE_LIMIT) this.wordCache.clear();
    this.wordCache.set(word, info);
    return info;
  }

  private padScores(offset: number, pad: string): Float64Array {
    const key = offset + pad;
    let v = this.padCache.get(key);
    if (!v) {
      v = new Float64Array(this.L);
      this.addFeatures(this.featurizer.offsetFeatures(offset, pad), v, 0);
      this.padCache.set(key, v);
    }
    return v;
  }

  /** Summed weights of the class-only context features, cached by an integer key. */
  private classContextScores(prev: number, cur: number, next: number, prevBucket: number, nextBucket: number, first: boolean): Float64Array {
    const nc = CLASS_IDS.length;
    const nb = CASE_BUCKETS.length + 1;
    const key = ((((prev * nc + cur) * nc + next) * nb + prevBucket) * nb + nextBucket) * 2 + (first ? 1 : 0);
    let v = this.classCache[key];
    if (!v) {
      v = new Float64Array(this.L);
      const bucket = (id: number): string => (id < CASE_BUCKETS.length ? CASE_BUCKETS[id] : '');
      const names = this.featurizer.classContextFeatures(CLASS_IDS[prev], CLASS_IDS[cur], CLASS_IDS[next], bucket(prevBucket), bucket(nextBucket), first);
      this.addFeatures(names, v, 0);
      this.classCache[key] = v;
    }
    return v;
  }

  /**
   * Same scores as emissions(featureRows(tokens)), computed from cached
   * per-word and per-class-pattern sums (inference only: the weights must
   * no longer change).
   */
  fastEmissions(tokens: readonly string[]): Float64Array {
    const n = tokens.length;
    const L = this.L;
    const offsets = this.featurizer.offsets();
    const info = new Array<WordInfo>(n);
    const lower = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      info[i] = this.wordInfo(tokens[i]);
      lower[i] = info[i].lower;
    }
    const noBucket = CASE_BUCKETS.length;
    const e = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      const base = i * L;
      const own = info[i].scores;
      for (let y = 0; y < L; y++) e[base + y] = own[y];
      for (let k = 0; k < offsets.length; k++) {
        const j = i + offsets[k];
        if (j >= 0 && j < n) {
          const src = info[j].scores;
          const off = L * (1 + k);
          for (let y = 0; y < L; y++) e[base + y] += src[off + y];
        } else {
          const src = this.padScores(offsets[k], Featurizer.padded(lower, j));
          for (let y = 0; y < L; y++) e[base + y] += src[y];
        }
      }
      const prev = i > 0 ? info[i - 1] : undefined;
      const next = i + 1 < n ? info[i + 1] : undefined;
      const cc = this.classContextScores(
        prev ? prev.clsId : BOS_ID,
        info[i].clsId,
        next ? next.clsId : EOS_ID,
        prev ? prev.bucketId : noBucket,
        next ? next.bucketId : noBucket,
        i === 0,
      );
      for (let y = 0; y < L; y++) e[base + y] += cc[y];
      this.addFeatures(
        this.featurizer.lexicalContextFeatures(prev ? prev.lower : BOS, info[i].lower, next ? next.lower : EOS, info[i].cls),
        e,
        base,
      );
    }
    return e;
  }

  tag(tokens: readonly string[]): string[] {
    if (tokens.length === 0) return [];
    const path = viterbi(this.fastEmissions(tokens), tokens.length, this.L, this.transitions, this.mask);
    return Array.from(path, (y) => this.labels[y]);
  }
}
