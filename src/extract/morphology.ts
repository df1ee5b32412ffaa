// Indonesian affix analysis: a rule-based stripper (confix-stripping in the
// manner of Nazief–Adriani / Asian et al.) that returns a root plus the affixes
// removed, and the grammatical voice the outer prefix signals. There is no
// full dictionary here: ambiguities of nasal assimilation (mengirim → kirim or
// irim?) are settled by a set of known roots, and words the rules get wrong are
// listed in resources/lexicon/stemmer-overrides.json.
import { resourcePath } from '../resources';
import { readFileSync } from 'node:fs';

export type Prefix = 'meN' | 'peN' | 'di' | 'ter' | 'ber' | 'ke' | 'per' | 'se' | 'pe';
export type Suffix = 'kan' | 'i' | 'an' | 'nya' | 'ku' | 'mu' | 'lah' | 'kah' | 'pun' | 'tah';

/** active: meN- verb; passive: di-/ter- verb; intransitive: ber- verb;
 * nominal: peN-/per-…-an, ke-…-an, -an; base: no voice affix. */
export type Voice = 'active' | 'passive' | 'intransitive' | 'nominal' | 'base';

export interface MorphAnalysis {
  word: string;
  root: string;
  /** outermost first */
  prefixes: Prefix[];
  /** outermost (particle) first, derivational last */
  suffixes: Suffix[];
  voice: Voice;
}

export class MorphologyDataError extends Error {
  constructor(
    public readonly code: 'MORPHOLOGY_DATA_INVALID' | 'MORPHOLOGY_DATA_MISSING',
    message: string,
    public readonly file: string,
  ) {
    super(`${code}: ${file}: ${message}`);
    this.name = 'MorphologyDataError';
  }
}

const OVERRIDES_FILE = resourcePath('lexicon/stemmer-overrides.json');

interface OverrideData {
  overrides: Map<string, { root: string; prefixes: Prefix[]; suffixes: Suffix[] }>;
  roots: Set<string>;
}

const PREFIXES: ReadonlySet<string> = new Set(['meN', 'peN', 'di', 'ter', 'ber', 'ke', 'per', 'se', 'pe']);
const SUFFIXES: ReadonlySet<string> = new Set(['kan', 'i', 'an', 'nya', 'ku', 'mu', 'lah', 'kah', 'pun', 'tah']);

/** Validate the overrides file; exported for tests of malformed data. */
export function parseOverrides(data: unknown, file = OVERRIDES_FILE): OverrideData {
  const obj = data as { overrides?: unknown; roots?: unknown };
  if (!obj || typeof obj.overrides !== 'object' || obj.overrides === null) {
    throw new MorphologyDataError('MORPHOLOGY_DATA_INVALID', 'field "overrides" must be an object', file);
  }
  if (!Array.isArray(obj.roots) || obj.roots.some((r) => typeof r !== 'string')) {
    throw new MorphologyDataError('MORPHOLOGY_DATA_INVALID', 'field "roots" must be an array of strings', file);
  }
  const overrides = new Map<string, { root: string; prefixes: Prefix[]; suffixes: Suffix[] }>();
  for (const [word, v] of Object.entries(obj.overrides as Record<string, unknown>)) {
    const e = v as { root?: unknown; prefixes?: unknown; suffixes?: unknown };
    const field = `overrides.${word}`;
    if (typeof e?.root !== 'string' || !e.root) {
      throw new MorphologyDataError('MORPHOLOGY_DATA_INVALID', `${field}.root must be a non-empty string`, file);
    }
    const prefixes = e.prefixes ?? [];
    const suffixes = e.suffixes ?? [];
    if (!Array.isArray(prefixes) || prefixes.some((p) => !PREFIXES.has(p as string))) {
      throw new MorphologyDataError('MORPHOLOGY_DATA_INVALID', `${field}.prefixes has an unknown prefix`, file);
    }
    if (!Array.isArray(suffixes) || suffixes.some((s) => !SUFFIXES.has(s as string))) {
      throw new MorphologyDataError('MORPHOLOGY_DATA_INVALID', `${field}.suffixes has an unknown suffix`, file);
    }
    overrides.set(word.toLowerCase(), { root: e.root, prefixes: prefixes as Prefix[], suffixes: suffixes as Suffix[] });
  }
  return { overrides, roots: new Set((obj.roots as string[]).map((r) => r.toLowerCase())) };
}

let data: OverrideData | undefined;
function overrideData(): OverrideData {
  if (!data) {
    let raw: string;
    try {
      raw = readFileSync(OVERRIDES_FILE, 'utf8');
    } catch (err) {
      throw new MorphologyDataError('MORPHOLOGY_DATA_MISSING', (err as Error).message, OVERRIDES_FILE);
    }
    try {
      data = parseOverrides(JSON.parse(raw));
    } catch (err) {
      if (err instanceof MorphologyDataError) throw err;
      throw new MorphologyDataError('MORPHOLOGY_DATA_INVALID', `not valid JSON (${(err as Error).message})`, OVERRIDES_FILE);
    }
  }
  return data;
}

/** Roots the data file knows (used to settle ambiguous strippings). */
export function knownRoots(): ReadonlySet<string> {
  return overrideData().roots;
}

interface Candidate {
  root: string;
  prefixes: Prefix[];
  suffixes: Suffix[];
}

const VOWEL = /[aiueo]/;
const MIN_ROOT = 3;

function plausibleRoot(r: string): boolean {
  return r.length >= MIN_ROOT && VOWEL.test(r) && /^[a-z]/.test(r);
}

/** Suffix strippings: particle, then possessive, then derivational. */
function suffixOptions(word: string): Array<{ rest: string; suffixes: Suffix[] }> {
  const out: Array<{ rest: string; suffixes: Suffix[] }> = [{ rest: word, suffixes: [] }];
  const strip = (list: Array<{ rest: string; suffixes: Suffix[] }>, sfx: Suffix[]) => {
    const added: Array<{ rest: string; suffixes: Suffix[] }> = [];
    for (const o of list) {
      for (const s of sfx) {
        if (o.rest.endsWith(s) && plausibleRoot(o.rest.slice(0, -s.length))) {
          added.push({ rest: o.rest.slice(0, -s.length), suffixes: [...o.suffixes, s] });
        }
      }
    }
    return [...list, ...added];
  };
  let opts = strip(out, ['lah', 'kah', 'pun', 'tah']);
  opts = strip(opts, ['nya', 'ku', 'mu']);
  // derivational suffix at most once
  const derived: Array<{ rest: string; suffixes: Suffix[] }> = [];
  for (const o of opts) {
    for (const s of ['kan', 'an', 'i'] as Suffix[]) {
      if (o.rest.endsWith(s) && plausibleRoot(o.rest.slice(0, -s.length))) {
        derived.push({ rest: o.rest.slice(0, -s.length), suffixes: [...o.suffixes, s] });
      }
    }
  }
  return [...opts, ...derived];
}

/** One layer of prefix stripping with nasal-assimilation alternatives. */
function prefixOptions(w: string): Array<{ rest: string; prefix: Prefix }> {
  const out: Array<{ rest: string; prefix: Prefix }> = [];
  const add = (rest: string, prefix: Prefix) => {
    if (plausibleRoot(rest)) out.push({ rest, prefix });
  };
  for (const [pfx, tag] of [
    ['me', 'meN'],
    ['pe', 'peN'],
  ] as const) {
    if (!w.startsWith(pfx)) continue;
    const r = w.slice(2);
    if (r.startsWith('nge') && r.length > 5) add(r.slice(3), tag); // menge-bom
    if (r.startsWith('ng')) {
      const s = r.slice(2);
      if (VOWEL.test(s[0] ?? '')) {
        add('k' + s, tag); // mengirim → kirim
        add(s, tag); // menginvasi → invasi
      } else add(s, tag); // menggempur → gempur, mengkritik → kritik
    } else if (r.startsWith('ny')) {
      const s = r.slice(2);
      if (VOWEL.test(s[0] ?? '')) add('s' + s, tag); // menyerang → serang
      add(r, tag); // menyanyi → nyanyi
    } else if (r.startsWith('n')) {
      const s = r.slice(1);
      if (/^([dcjz]|tr|sy)/.test(s)) add(s, tag); // mendukung, mencari, mentransfer (t- otherwise drops: menuduh)
      if (VOWEL.test(s[0] ?? '')) add('t' + s, tag); // menuduh → tuduh
      add(r, tag); // menilai → nilai
    } else if (r.startsWith('m')) {
      const s = r.slice(1);
      if (/^[bfvp]/.test(s)) add(s, tag); // membantu, memprotes
      if (VOWEL.test(s[0] ?? '')) add('p' + s, tag); // memasok → pasok
      add(r, tag); // memukul? me+mukul is rare but keep the option
    } else if (pfx === 'pe' && /^r[^aeiou]/.test(r)) {
      // per- before a consonant (per-jalan-an, per-tahan-an); peN- keeps r only before a vowel (pe-rampok-an)
    } else if (/^[lrwy]/.test(r)) {
      add(r, tag); // melawan, merekrut
    }
    if (pfx === 'pe') {
      if (w.startsWith('per')) add(w.slice(3), 'per');
      add(r, 'pe'); // pe-latih-an, pe-kerja
    }
  }
  if (w.startsWith('di')) add(w.slice(2), 'di');
  if (w.startsWith('ter')) {
    add(w.slice(3), 'ter');
    if (w[3] !== 'r') add(w.slice(2), 'ter'); // te-rekam (ter + r-initial root)
  }
  if (w.startsWith('ber')) add(w.slice(3), 'ber');
  if (w.startsWith('be') && w[2] === 'r') add(w.slice(2), 'ber'); // be-runding? (ber + r…)
  if (w.startsWith('bel')) add(w.slice(3), 'ber'); // bel-ajar
  if (w.startsWith('be') && !w.startsWith('ber')) add(w.slice(2), 'ber'); // be-kerja
  if (w.startsWith('ke')) add(w.slice(2), 'ke');
  if (w.startsWith('se')) add(w.slice(2), 'se');
  return out;
}

// Confix combinations Indonesian does not form (Nazief–Adriani's table).
const FORBIDDEN: ReadonlyArray<[Prefix, Suffix]> = [
  ['ber', 'i'],
  ['di', 'an'],
  ['ke', 'i'],
  ['ke', 'kan'],
  ['meN', 'an'],
  ['se', 'i'],
  ['se', 'kan'],
  ['ter', 'an'],
];

function allowed(c: Candidate): boolean {
  const outer = c.prefixes[0];
  const deriv = c.suffixes.find((s) => s === 'kan' || s === 'an' || s === 'i');
  if (!outer || !deriv) return true;
  return !FORBIDDEN.some(([p, s]) => p === outer && s === deriv);
}

function candidates(word: string): Candidate[] {
  const out: Candidate[] = [];
  for (const so of suffixOptions(word)) {
    const walk = (rest: string, prefixes: Prefix[]) => {
      out.push({ root: rest, prefixes, suffixes: so.suffixes });
      if (prefixes.length >= 3) return;
      for (const po of prefixOptions(rest)) {
        // a prefix never repeats, and meN-/di- are always outermost
        if (prefixes.includes(po.prefix)) continue;
        if (prefixes.length > 0 && (po.prefix === 'meN' || po.prefix === 'di')) continue;
        walk(po.rest, [...prefixes, po.prefix]);
      }
    };
    walk(so.rest, []);
  }
  return out.filter(allowed);
}

function voiceOf(prefixes: Prefix[], suffixes: Suffix[]): Voice {
  const outer = prefixes[0];
  if (outer === 'meN') return 'active';
  if (outer === 'di' || outer === 'ter') return 'passive';
  if (outer === 'ber') return 'intransitive';
  if (outer === 'peN' || outer === 'per' || outer === 'pe' || outer === 'ke') return 'nominal';
  if (suffixes.includes('an')) return 'nominal';
  return 'base';
}

function affixCount(c: Candidate): number {
  return c.prefixes.length + c.suffixes.length;
}

/**
 * Analyse one word. A candidate whose root is known (the overrides file's
 * roots, plus `extraRoots`) wins, the longest known root first; otherwise the
 * word is left unstripped unless a derivational affix is unambiguous.
 */
export function analyzeWord(word: string, extraRoots?: ReadonlySet<string>): MorphAnalysis {
  const lower = word.toLowerCase();
  const od = overrideData();
  const over = od.overrides.get(lower);
  if (over) return { word, ...over, voice: voiceOf(over.prefixes, over.suffixes) };
  if (!/^[a-z]+$/.test(lower) || lower.length <= MIN_ROOT) {
    return { word, root: lower, prefixes: [], suffixes: [], voice: 'base' };
  }
  const isKnown = (r: string) => od.roots.has(r) || (extraRoots?.has(r) ?? false);
  const cands = candidates(lower);
  const known = cands.filter((c) => isKnown(c.root));
  let best: Candidate;
  if (known.length > 0) {
    best = known.reduce((a, b) =>
      b.root.length > a.root.length || (b.root.length === a.root.length && affixCount(b) < affixCount(a)) ? b : a,
    );
  } else {
    // Unknown root: strip only what is unambiguous enough — the outer
    // meN-/di-/ber-/ter-/peN- prefix with the first assimilation option and
    // the derivational suffix, keeping at least MIN_ROOT letters.
    // a nominal confix (peN-/per-/ke-…-an) is stripped whole: per-jalan-an, not per-jalanan
    const confix = (c: Candidate) => c.suffixes.includes('an') && (c.prefixes[0] === 'peN' || c.prefixes[0] === 'per' || c.prefixes[0] === 'ke');
    best = cands.find((c) => c.prefixes.length === 1 && confix(c) && c.root.length >= 4) ??
      cands.find((c) => c.prefixes.length === 1 && c.suffixes.length <= 2 && c.root.length >= 4) ??
      cands.find((c) => c.prefixes.length === 0 && c.suffixes.length === 1 && c.suffixes[0] === 'nya') ?? {
        root: lower,
        prefixes: [],
        suffixes: [],
      };
  }
  return { word, root: best.root, prefixes: best.prefixes, suffixes: best.suffixes, voice: voiceOf(best.prefixes, best.suffixes) };
}

/** The root of a word (see analyzeWord). */
export function stem(word: string, extraRoots?: ReadonlySet<string>): string {
  return analyzeWord(word, extraRoots).root;
}
