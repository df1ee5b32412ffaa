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

const BOS = '<s>';
const EOS = '</s>';

export class Featurizer {
  private readonly prefixes: string[];
  private readonly suffixes: string[];

  constructor(
    readonly settings: FeatureSettings,
    readonly caseLexicon: CaseLexicon = {},
  ) {
    // longest first so "meng" wins over "me"
    this.prefixes = [...settings.prefixes].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.suffixes = [...settings.suffixes].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
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

  /** Features of every token of a sentence. */
  sentence(tokens: readonly string[]): string[][] {
    const n = tokens.length;
    const lower = new Array<string>(n);
    const cls = new Array<string>(n);
    const shape = new Array<string>(n);
    const caseOf = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const w = tokens[i];
      lower[i] = w.toLowerCase();
      cls[i] = capClass(w);
      shape[i] = shortShape(w);
      caseOf[i] = this.caseLexicon[lower[i]] ?? '?';
    }
    const L = (i: number): string => (i < 0 ? BOS : i >= n ? EOS : lower[i]);
    const C = (i: number): string => (i < 0 ? BOS : i >= n ? EOS : cls[i]);
    const { prefixLengths, suffixLengths, window } = this.settings;
    const out: string[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      const w = tokens[i];
      const l = lower[i];
      const f: string[] = ['b', 'w=' + w, 'l=' + l, 'c=' + cls[i], 's=' + shape[i], 'k=' + caseOf[i] + cls[i]];
      for (const k of prefixLengths) if (l.length > k) f.push('p' + k + '=' + l.slice(0, k));
      for (const k of suffixLengths) if (l.length > k) f.push('x' + k + '=' + l.slice(-k));
      if (cls[i] === 'L' || cls[i] === 'T') {
        const [pre, suf] = this.affixes(l);
        if (pre) f.push('ap=' + pre);
        if (suf) f.push('as=' + suf);
        if (pre && suf) f.push('apx=' + pre + '|' + suf);
      }
      if (i === 0) f.push('first|' + cls[i]);
      for (let d = 1; d <= window; d++) {
        f.push('l-' + d + '=' + L(i - d), 'l+' + d + '=' + L(i + d));
      }
      f.push(
        'c-1=' + C(i - 1),
        'c+1=' + C(i + 1),
        'ccc=' + C(i - 1) + C(i) + C(i + 1),
        'll-=' + L(i - 1) + '|' + l,
        'll+=' + l + '|' + L(i + 1),
        'lc-=' + L(i - 1) + '|' + cls[i],
        'lc+=' + cls[i] + '|' + L(i + 1),
      );
      if (i > 0) f.push('k-1=' + caseOf[i - 1] + cls[i - 1]);
      if (i + 1 < n) f.push('k+1=' + caseOf[i + 1] + cls[i + 1]);
      out[i] = f;
    }
    return out;
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
  const lexicon: CaseLexicon = {};
  for (const key of [...counts.keys()].sort()) {
    const [cap, low] = counts.get(key)!;
    if (cap + low < minCount) continue;
    const r = cap / (cap + low);
    lexicon[key] = r >= 0.8 ? 'C' : r <= 0.2 ? 'l' : 'm';
  }
  return lexicon;
}
