// The tagger proper: linear emission scores over sparse string features plus
// label-transition scores, decoded with constrained Viterbi.
import { BOS, CASE_BUCKETS, capClass, CLASS_IDS, EOS, Featurizer, LEFT_BIGRAM, PAIR_SEP, RIGHT_BIGRAM } from './features';
import { bioTransitionMask, viterbi, ViterbiScratch } from './viterbi';

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
  /**
   * own features' scores (L), then one L-block per neighbour offset; a plain
   * array: a typed array this size would need an off-heap buffer per word
   */
  scores: number[];
  /** by class id of the token on its right: scores of that token's left class-pair feature with this word */
  asLeft: (Float64Array | undefined)[];
  /** by class id of the token on its left: scores of that token's right class-pair feature with this word */
  asRight: (Float64Array | undefined)[];
  /** id of the lower-cased word among the words of bigram features, -1 if it is in none */
  bigramId: number;
}

/** Bound on cached words, so a long-running server's memory stays flat. */
const WORD_CACHE_LIMIT = 200_000;

/**
 * Word-bigram feature rows by integer pair key (first id × size + second id),
 * so tagging never builds or hashes a bigram name. Pads have their own ids.
 */
interface BigramIndex {
  ids: Map<string, number>;
  size: number;
  left: Map<number, number>;
  right: Map<number, number>;
}

/**
 * A linear BIO tagger. `tag` caches per-word scores, so a model's weights
 * must not change once it is used for tagging (training uses decodeRows).
 */
export class PerceptronTagger {
  readonly L: number;
  private readonly mask: Uint8Array;
  private readonly wordCache = new Map<string, WordInfo>();
  private readonly classCache: (Float64Array | undefined)[] = [];
  private bigrams: BigramIndex | undefined;
  private lexical: { exact: Map<string, number>; lower: Map<string, number[]> } | undefined;
  /** stand-ins for the sentence pads */
  private readonly bosInfo: WordInfo = PerceptronTagger.padInfo(BOS, BOS_ID);
  private readonly eosInfo: WordInfo = PerceptronTagger.padInfo(EOS, EOS_ID);

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

  /** Builds the tagging indexes now (a loaded model does this at load time, not on its first sentence). */
  prepare(): this {
    this.lexicalIndex();
    this.bigramIndex();
    return this;
  }

  private static padInfo(pad: string, clsId: number): WordInfo {
    return { lower: pad, cls: pad, clsId, bucketId: -1, scores: [], asLeft: [], asRight: [], bigramId: -1 };
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
  private addFeatures(names: readonly string[], out: Float64Array | number[], at: number): void {
    for (const name of names) {
      const row = this.featureIndex.get(name);
      if (row !== undefined) this.addRow(row, out, at);
    }
  }

  private addRow(row: number, out: Float64Array | number[], at: number): void {
    const L = this.L;
    const w = this.weights;
    const off = row * L;
    for (let y = 0; y < L; y++) out[at + y] += w[off + y];
  }

  private bigramIndex(): BigramIndex {
    if (this.bigrams) return this.bigrams;
    const pairs: [string, string, string, number][] = [];
    const ids = new Map<string, number>([
      [BOS, 0],
      [EOS, 1],
    ]);
    for (const [name, row] of this.featureIndex) {
      const eq = name.indexOf('=');
      const ns = name.slice(0, eq);
      if (ns !== LEFT_BIGRAM && ns !== RIGHT_BIGRAM) continue;
      const value = name.slice(eq + 1);
      const sep = value.indexOf(PAIR_SEP);
      const first = value.slice(0, sep);
      const second = value.slice(sep + 1);
      if (!ids.has(first)) ids.set(first, ids.size);
      if (!ids.has(second)) ids.set(second, ids.size);
      pairs.push([ns, first, second, row]);
    }
    const size = ids.size;
    const left = new Map<number, number>();
    const right = new Map<number, number>();
    for (const [ns, first, second, row] of pairs) {
      (ns === LEFT_BIGRAM ? left : right).set(ids.get(first)! * size + ids.get(second)!, row);
    }
    this.bosInfo.bigramId = 0;
    this.eosInfo.bigramId = 1;
    this.bigrams = { ids, size, left, right };
    return this.bigrams;
  }

  /**
   * Rows of the features keyed by a word's exact form (`w=`) or lower-cased
   * form (`l=`, `l-1=`, `l+2=`...), so a new word costs two lookups for them.
   * `lower` maps a form to [slot, row, slot, row, ...]; slot 0 is the word
   * itself, slot 1+k the k-th neighbour offset.
   */
  private lexicalIndex(): { exact: Map<string, number>; lower: Map<string, number[]> } {
    if (this.lexical) return this.lexical;
    const slotOf = new Map<string, number>([['l', 0]]);
    this.featurizer.offsets().forEach((d, k) => slotOf.set(Featurizer.offsetNamespace(d), 1 + k));
    const exact = new Map<string, number>();
    const lower = new Map<string, number[]>();
    for (const [name, row] of this.featureIndex) {
      const eq = name.indexOf('=');
      if (eq < 0) continue;
      const ns = name.slice(0, eq);
      const value = name.slice(eq + 1);
      if (ns === 'w') {
        exact.set(value, row);
        continue;
      }
      const slot = slotOf.get(ns);
      if (slot === undefined) continue;
      const list = lower.get(value);
      if (list) list.push(slot, row);
      else lower.set(value, [slot, row]);
    }
    this.lexical = { exact, lower };
    return this.lexical;
  }

  /**
   * Per word: its own features' summed weights, then for each neighbour
   * offset d the weights of the features it emits for the token d away.
   */
  private wordInfo(word: string): WordInfo {
    let info = this.wordCache.get(word);
    if (info) return info;
    const L = this.L;
    const offsets = this.featurizer.offsets();
    const scores = new Array<number>(L * (1 + offsets.length)).fill(0);
    const lower = word.toLowerCase();
    const lex = this.lexicalIndex();
    const exact = lex.exact.get(word);
    if (exact !== undefined) this.addRow(exact, scores, 0);
    const slots = lex.lower.get(lower);
    if (slots) for (let k = 0; k < slots.length; k += 2) this.addRow(slots[k + 1], scores, slots[k] * L);
    this.addFeatures(this.featurizer.wordFormFeatures(word), scores, 0);
    offsets.forEach((d, k) => this.addFeatures(this.featurizer.offsetDetailFeatures(d, word), scores, L * (1 + k)));
    const cls = capClass(word);
    const bucket = this.featurizer.caseBucket(lower);
    info = {
      lower,
      cls,
      clsId: CLASS_IDS.indexOf(cls as ClassId),
      bucketId: CASE_BUCKETS.indexOf(bucket as Bucket),
      scores,
      asLeft: [],
      asRight: [],
      bigramId: this.bigramIndex().ids.get(lower) ?? -1,
    };
    if (this.wordCache.size >= WORD_CACHE_LIMIT) this.wordCache.clear();
    this.wordCache.set(word, info);
    return info;
  }

  /** Class-pair scores of token b (class known) with a on its left. */
  private leftClassPair(a: WordInfo, b: WordInfo): Float64Array {
    let v = a.asLeft[b.clsId];
    if (!v) {
      v = new Float64Array(this.L);
      const names = this.featurizer.leftPairFeatures(a.lower, b.lower, b.cls).filter((n) => !n.startsWith(LEFT_BIGRAM + '='));
      this.addFeatures(names, v, 0);
      a.asLeft[b.clsId] = v;
    }
    return v;
  }

  /** Class-pair scores of token a (class known) with b on its right. */
  private rightClassPair(a: WordInfo, b: WordInfo): Float64Array {
    let v = b.asRight[a.clsId];
    if (!v) {
      v = new Float64Array(this.L);
      const names = this.featurizer.rightPairFeatures(a.lower, a.cls, b.lower).filter((n) => !n.startsWith(RIGHT_BIGRAM + '='));
      this.addFeatures(names, v, 0);
      b.asRight[a.clsId] = v;
    }
    return v;
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

  private readonly padCache = new Map<string, Float64Array>();
  private scratch = new ViterbiScratch(64 * 7);

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
   * no longer change). Tokens never contain whitespace.
   */
  fastEmissions(tokens: readonly string[]): Float64Array {
    return this.fillEmissions(tokens, new Float64Array(tokens.length * this.L));
  }

  /** fastEmissions into `e` (at least n×L long, overwritten). */
  private fillEmissions(tokens: readonly string[], e: Float64Array): Float64Array {
    const n = tokens.length;
    const L = this.L;
    const offsets = this.featurizer.offsets();
    const bigrams = this.bigramIndex();
    const info = new Array<WordInfo>(n);
    for (let i = 0; i < n; i++) info[i] = this.wordInfo(tokens[i]);
    const noBucket = CASE_BUCKETS.length;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      const cur = info[i];
      const own = cur.scores;
      for (let y = 0; y < L; y++) e[base + y] = own[y];
      for (let k = 0; k < offsets.length; k++) {
        const j = i + offsets[k];
        if (j >= 0 && j < n) {
          const src = info[j].scores;
          const off = L * (1 + k);
          for (let y = 0; y < L; y++) e[base + y] += src[off + y];
        } else {
          const src = this.padScores(offsets[k], j < 0 ? BOS : EOS);
          for (let y = 0; y < L; y++) e[base + y] += src[y];
        }
      }
      const prev = i > 0 ? info[i - 1] : this.bosInfo;
      const next = i + 1 < n ? info[i + 1] : this.eosInfo;
      const cc = this.classContextScores(
        prev.clsId,
        cur.clsId,
        next.clsId,
        i > 0 ? prev.bucketId : noBucket,
        i + 1 < n ? next.bucketId : noBucket,
        i === 0,
      );
      const lp = this.leftClassPair(prev, cur);
      const rp = this.rightClassPair(cur, next);
      for (let y = 0; y < L; y++) e[base + y] += cc[y] + lp[y] + rp[y];
      if (cur.bigramId >= 0) {
        if (prev.bigramId >= 0) {
          const row = bigrams.left.get(prev.bigramId * bigrams.size + cur.bigramId);
          if (row !== undefined) this.addRow(row, e, base);
        }
        if (next.bigramId >= 0) {
          const row = bigrams.right.get(cur.bigramId * bigrams.size + next.bigramId);
          if (row !== undefined) this.addRow(row, e, base);
        }
      }
    }
    return e;
  }

  tag(tokens: readonly string[]): string[] {
    const n = tokens.length;
    if (n === 0) return [];
    // per-sentence buffers are reused: tagging is synchronous
    if (this.scratch.emissions.length < n * this.L) this.scratch = new ViterbiScratch(n * this.L * 2);
    const path = viterbi(this.fillEmissions(tokens, this.scratch.emissions), n, this.L, this.transitions, this.mask, this.scratch);
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = this.labels[path[i]];
    return out;
  }
}
