// Feature extraction: turns a token sequence into, per token, the list of
// feature names the perceptron weighs. Pure function of (tokens, settings,
// lexicon), so the same sentence always yields the same features.

/** Settings loaded from resources/models/ner-features.json (and embedded in models). */
export interface FeatureSettings {
  prefixes: string[];
  suffixes: string[];
  /** an affix only counts when this many letters remain as the stem */
  minAffixStem: number;
  prefixLengths: number[];
  suffixLengths: number[];
  window: number;
  /** neighbours within this distance also contribute shape and 3-letter suffix */
  neighbourDetail?: number;
  /** word-bigram features with each neighbour (default true) */
  wordPairs?: boolean;
}

/**
 * Lexical knowledge learned from the training text only (no labels): how
 * often a word is capitalised when it is not sentence-initial. It tells a
 * sentence-initial "Menteri" or "Jakarta" from a sentence-initial "Namun".
 */
export interface CaseLexicon {
  /** lower-cased word → bucket letter: 'C' mostly capitalised, 'l' mostly lower, 'm' mixed */
  [lower: string]: string;
}

/** Coarse word class: U all caps, T title case, L lower, D digits, N alnum with digits, P punctuation, M mixed. */
export function capClass(word: string): string {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) digit++;
    else {
      const ch = word[i];
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  if (upper === 0 && lower === 0) return digit > 0 ? 'D' : 'P';
  if (digit > 0) return 'N';
  if (lower === 0) return upper > 1 ? 'U' : 'T';
  if (upper === 0) return 'L';
  const first = word[0];
  return first !== first.toLowerCase() && upper === 1 ? 'T' : 'M';
}

/** Word shape with runs collapsed: "Jakarta" → "Xx", "F-16" → "X-0", "PBB" → "X". */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length < 8; i++) {
    const ch = word[i];
    const code = word.charCodeAt(i);
    let k: string;
    if (code >= 48 && code <= 57) k = '0';
    else if (ch !== ch.toLowerCase()) k = 'X';
    else if (ch !== ch.toUpperCase()) k = 'x';
    else k = ch;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

export const BOS = '<s>';
export const EOS = '</s>';
/** capClass values, then the two sentence pads: index = class id in lookup tables */
export const CLASS_IDS = ['U', 'T', 'L', 'D', 'N', 'P', 'M', BOS, EOS] as const;
export const CASE_BUCKETS = ['C', 'l', 'm', '?'] as const;
/** feature-name namespaces of the neighbour-pair features */
export const LEFT_BIGRAM = 'll-';
export const RIGHT_BIGRAM = 'll+';
export const LEFT_CLASS_PAIR = 'lc-';
export const RIGHT_CLASS_PAIR = 'lc+';
export const PAIR_SEP = ' ';

export class Featurizer {
  private readonly prefixes: string[];
  private readonly suffixes: string[];
  private readonly caseMap: Map<string, string>;

  constructor(
    readonly settings: FeatureSettings,
    readonly caseLexicon: CaseLexicon = Object.create(null) as CaseLexicon,
  ) {
    // longest first so "meng" wins over "me"
    this.prefixes = [...settings.prefixes].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.suffixes = [...settings.suffixes].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.caseMap = new Map(Object.entries(caseLexicon));
  }

  private affixes(lower: string): [string, string] {
    const min = this.settings.minAffixStem;
    let pre = '';
    let suf = '';
    for (const p of this.prefixes) {
      if (lower.length >= p.length + min && lower.startsWith(p)) {
        pre = p;
        break;
      }
    }
    for (const s of this.suffixes) {
      if (lower.length >= s.length + min && lower.endsWith(s)) {
        suf = s;
        break;
      }
    }
    return [pre, suf];
  }

  /**
   * Features that depend only on the token itself (not its neighbours), so a
   * loaded model can cache their summed weights per word.
   */
  wordFeatures(word: string): string[] {
    return [...this.lexicalWordFeatures(word), ...this.wordFormFeatures(word)];
  }

  /** The word's exact and lower-cased form (a loaded model indexes these by word). */
  lexicalWordFeatures(word: string): string[] {
    return ['w=' + word, 'l=' + word.toLowerCase()];
  }

  /** Bias, class, shape, case bucket, prefixes, suffixes and Indonesian affixes. */
  wordFormFeatures(word: string): string[] {
    const l = word.toLowerCase();
    const cls = capClass(word);
    const f: string[] = ['b', 'c=' + cls, 's=' + shortShape(word), 'k=' + this.caseBucket(l) + cls];
    for (const k of this.settings.prefixLengths) if (l.length > k) f.push('p' + k + '=' + l.slice(0, k));
    for (const k of this.settings.suffixLengths) if (l.length > k) f.push('x' + k + '=' + l.slice(-k));
    if (cls === 'L' || cls === 'T') {
      const [pre, suf] = this.affixes(l);
      if (pre) f.push('ap=' + pre);
      if (suf) f.push('as=' + suf);
      if (pre && suf) f.push('apx=' + pre + '|' + suf);
    }
    return f;
  }

  /** Namespace of the neighbour-word feature at `offset`: l-1, l+2, ... */
  static offsetNamespace(offset: number): string {
    return offset < 0 ? 'l-' + -offset : 'l+' + offset;
  }

  /**
   * Features a word emits for the token `offset` positions away from it
   * (`word` is the raw token, or the BOS/EOS pad outside the sentence).
   */
  offsetFeatures(offset: number, word: string): string[] {
    const lowerOrPad = word === BOS || word === EOS ? word : word.toLowerCase();
    return [Featurizer.offsetNamespace(offset) + '=' + lowerOrPad, ...this.offsetDetailFeatures(offset, word)];
  }

  /** Shape and suffix of a near neighbour (settings.neighbourDetail), none for pads. */
  offsetDetailFeatures(offset: number, word: string): string[] {
    if (word === BOS || word === EOS || Math.abs(offset) > (this.settings.neighbourDetail ?? 0)) return [];
    const tag = offset < 0 ? '-' + -offset : '+' + offset;
    const l = word.toLowerCase();
    const f = ['s' + tag + '=' + shortShape(word)];
    if (l.length > 3) f.push('x' + tag + '=' + l.slice(-3));
    return f;
  }

  /** Offsets at which neighbouring words are features: ±1..window. */
  offsets(): number[] {
    const out: number[] = [];
    for (let d = 1; d <= this.settings.window; d++) out.push(-d, d);
    return out;
  }

  /** 'C' / 'l' / 'm' from the case lexicon, '?' for a word it does not know. */
  caseBucket(lower: string): string {
    return this.caseMap.get(lower) ?? '?';
  }

  /**
   * Context features that depend only on the neighbours' classes, case
   * buckets and the position (few combinations: a loaded model caches them).
   * Outside the sentence the class is BOS/EOS and the bucket ''.
   */
  classContextFeatures(prevCls: string, cls: string, nextCls: string, prevBucket: string, nextBucket: string, first: boolean): string[] {
    const f = ['c-1=' + prevCls, 'c+1=' + nextCls, 'ccc=' + prevCls + cls + nextCls];
    if (first) f.push('first|' + cls);
    if (prevBucket) f.push('k-1=' + prevBucket + prevCls);
    if (nextBucket) f.push('k+1=' + nextBucket + nextCls);
    return f;
  }

  /**
   * Features pairing a token (`lower`, class `cls`) with the word on its
   * left. The pair separator is a space, which no token contains, so a
   * loaded model can split the names back into their two words.
   */
  leftPairFeatures(prevLower: string, lower: string, cls: string): string[] {
    const f = [LEFT_CLASS_PAIR + '=' + prevLower + PAIR_SEP + cls];
    if (this.settings.wordPairs !== false) f.push(LEFT_BIGRAM + '=' + prevLower + PAIR_SEP + lower);
    return f;
  }

  /** Features pairing a token (`lower`, class `cls`) with the word on its right. */
  rightPairFeatures(lower: string, cls: string, nextLower: string): string[] {
    const f = [RIGHT_CLASS_PAIR + '=' + cls + PAIR_SEP + nextLower];
    if (this.settings.wordPairs !== false) f.push(RIGHT_BIGRAM + '=' + lower + PAIR_SEP + nextLower);
    return f;
  }

  /** All context features of token i. */
  contextFeatures(i: number, lower: readonly string[], cls: readonly string[]): string[] {
    const n = lower.length;
    const C = (j: number): string => (j < 0 ? BOS : j >= n ? EOS : cls[j]);
    const B = (j: number): string => (j < 0 || j >= n ? '' : this.caseBucket(lower[j]));
    return [
      ...this.classContextFeatures(C(i - 1), cls[i], C(i + 1), B(i - 1), B(i + 1), i === 0),
      ...this.leftPairFeatures(Featurizer.padded(lower, i - 1), lower[i], cls[i]),
      ...this.rightPairFeatures(lower[i], cls[i], Featurizer.padded(lower, i + 1)),
    ];
  }

  /** Padded lower-cased word at position j (BOS/EOS outside the sentence). */
  static padded(lower: readonly string[], j: number): string {
    return j < 0 ? BOS : j >= lower.length ? EOS : lower[j];
  }

  /** All features of every token of a sentence (the training path). */
  sentence(tokens: readonly string[]): string[][] {
    const lower = tokens.map((w) => w.toLowerCase());
    const cls = tokens.map(capClass);
    const offsets = this.offsets();
    return tokens.map((w, i) => {
      const f = this.wordFeatures(w);
      for (const d of offsets) {
        const j = i + d;
        for (const g of this.offsetFeatures(d, j < 0 ? BOS : j >= tokens.length ? EOS : tokens[j])) f.push(g);
      }
      for (const c of this.contextFeatures(i, lower, cls)) f.push(c);
      return f;
    });
  }
}

/** Learns the CaseLexicon from raw training sentences (labels unused). */
export function learnCaseLexicon(sentences: readonly (readonly string[])[], minCount = 2): CaseLexicon {
  const counts = new Map<string, [number, number]>();
  for (const tokens of sentences) {
    for (let i = 1; i < tokens.length; i++) {
      const cls = capClass(tokens[i]);
      if (cls !== 'T' && cls !== 'L' && cls !== 'U') continue;
      const key = tokens[i].toLowerCase();
      const c = counts.get(key) ?? [0, 0];
      c[cls === 'L' ? 1 : 0]++;
      counts.set(key, c);
    }
  }
  const lexicon: CaseLexicon = Object.create(null) as CaseLexicon;
  for (const key of [...counts.keys()].sort()) {
    const [cap, low] = counts.get(key)!;
    if (cap + low < minCount) continue;
    const r = cap / (cap + low);
    lexicon[key] = r >= 0.8 ? 'C' : r <= 0.2 ? 'l' : 'm';
  }
  return lexicon;
}
