// People named by a title or an apposition:
//   "Presiden Filipina Ferdinand Marcos Jr.", "Menteri Luar Negeri Singapura, Vivian Balakrishnan",
//   "kata Ahmad Yani, seorang anggota parlemen".
// The name is a run of capitalised words; the tables may already know it.
import type { Candidate } from './candidates';
import { addForm, matchAt, newNode, type TrieNode } from './gazetteer';
import { PRIORITY } from './scan';
import { hasLetter, isCapitalised, type Sub } from './subtokens';
import type { TitleEntry } from './titles';
import { commonWords, nameParticles, organisationWords, stopwordGivenNames } from './wordlists';

const MAX_NAME_TOKENS = 4;
/** words that may sit between a name and its title in an apposition */
const APPOSITION_LINK = new Set(['seorang', 'sebagai', 'selaku', 'yakni', 'yaitu', 'sang', 'mantan', 'eks']);

let titleTrie: TrieNode | undefined;
function trie(titles: TitleEntry[]): TrieNode {
  if (!titleTrie) {
    titleTrie = newNode();
    // titles are common nouns as often as not ("juru bicara"): match any case
    titles.forEach((t, i) => t.forms.forEach((f) => addForm(titleTrie as TrieNode, f.toLowerCase(), String(i), 'title')));
  }
  return titleTrie;
}

/** Sub-token run [i, j) of a name: capitalised words of one or more tokens. */
function nameRunFrom(subs: Sub[], i: number, stop: Set<string>, blocked: Set<number>): number {
  let j = i;
  let tokens = 0;
  let lastTok = -1;
  const particles = nameParticles();
  while (j < subs.length) {
    const s = subs[j];
    if (s.tok !== lastTok) {
      // "Abdullah bin Zayed": a particle inside a name, between capitalised words
      // ("Balakrishnan di Kyiv": not when a place or body follows the particle)
      const inner =
        tokens > 0 &&
        particles.has(s.text) &&
        j + 1 < subs.length &&
        isCapitalised(subs[j + 1].text) &&
        !blocked.has(j + 1) &&
        !stop.has(subs[j + 1].text);
      // a new token must itself be a capitalised word that is not a stopword
      if (!inner && (!isCapitalised(s.text) || !hasLetter(s.text) || blocked.has(j))) break;
      if (!inner && stop.has(s.text) && !(tokens === 0 && givenNameAt(subs, j, stop))) break;
      if (tokens === MAX_NAME_TOKENS) break;
      if (!inner) tokens++; // particles do not count towards the length
      lastTok = s.tok;
    }
    j++;
  }
  return j;
}

/** "Kharkiv Oleh Syniehubov": a stopword that is also a given name starts a
 * name mid-sentence when another capitalised name word follows it. */
export function givenNameAt(subs: Sub[], j: number, stop: Set<string>): boolean {
  const next = subs[j + 1];
  return (
    j > 0 &&
    j < subs.length &&
    stopwordGivenNames().has(subs[j].text) &&
    next !== undefined &&
    next.tok !== subs[j].tok &&
    /^\p{Lu}\p{Ll}/u.test(next.text) &&
    !stop.has(next.text)
  );
}

function nameRunBackFrom(subs: Sub[], end: number, stop: Set<string>, blocked: Set<number>): number {
  let i = end;
  const toks = new Set<number>();
  while (i > 0) {
    const s = subs[i - 1];
    if (!toks.has(s.tok)) {
      if (!isCapitalised(s.text) || !hasLetter(s.text) || stop.has(s.text) || blocked.has(i - 1)) break;
      if (toks.size === MAX_NAME_TOKENS) break;
      toks.add(s.tok);
    }
    i--;
  }
  // a name run never starts in the middle of a hyphenated token
  while (i < end && i > 0 && subs[i - 1].tok === subs[i].tok) i++;
  return i;
}

const NOT_FIELD = new Set(['yang', 'itu', 'ini', 'bahwa', 'dan', 'atau', 'juga', 'telah', 'akan', 'sudah', 'tidak', 'belum', 'untuk', 'dengan', 'pada', 'saat', 'kepada', 'oleh']);
const VERB_PREFIX = /^(me|di|ber|ter|ke|se)/;

/**
 * After a title, the field it is in ("Pengamat hubungan internasional
 * Universitas Padjadjaran …", "juru bicara militer Israel …"): up to three
 * lower-case nouns and an optional "dari"/"di". Verbs and function words end it.
 */
function skipField(subs: Sub[], j: number): number {
  let k = j;
  while (k < subs.length && k - j < 3 && /^\p{Ll}+$/u.test(subs[k].text) && !NOT_FIELD.has(subs[k].key)) {
    if (VERB_PREFIX.test(subs[k].key) && subs[k].key !== 'dari' && subs[k].key !== 'di') break;
    if (subs[k].key === 'dari' || subs[k].key === 'di') return k + 1;
    k++;
  }
  if (k < subs.length && (subs[k].key === 'dari' || subs[k].key === 'di')) return k + 1;
  // only skip when something capitalised follows: a body, a country or the name
  return k < subs.length && /^\p{Lu}/u.test(subs[k].text) ? k : j;
}

/** Does an organisation word ("Institute") follow the run? Then the run is its name. */
function continuesCapitalised(subs: Sub[], end: number): boolean {
  const next = subs[end];
  return next !== undefined && organisationWords().has(next.text);
}

/** Does the run [i, j) hold a common word ("Kerja Sama")? */
function hasCommonWord(subs: Sub[], i: number, j: number): boolean {
  const common = commonWords();
  for (let k = i; k < j; k++) if (common.has(subs[k].key)) return true;
  return false;
}

export interface TitleContext {
  titles: TitleEntry[];
  stop: Set<string>;
  /** person spans from the NER tagger in this sentence, if any */
  nerPersons?: { subStart: number; subEnd: number }[];
}

/**
 * Person candidates after a title (+ optional country/organisation, + optional
 * comma) and before an apposition (", seorang <title>").
 * `known` are the table candidates of the sentence.
 */
export function titleCandidates(
  sentence: number,
  subs: Sub[],
  known: Candidate[],
  ctx: TitleContext,
): Candidate[] {
  const keys = subs.map((s) => s.key);
  const texts = subs.map((s) => s.key); // titles match case-insensitively
  const out: Candidate[] = [];
  // sub-tokens where a non-person table entity starts: names stop there
  const blocked = new Set<number>();
  for (const c of known) if (c.type !== 'Person') for (let k = c.subStart; k < c.subEnd; k++) blocked.add(k);
  const root = trie(ctx.titles);

  for (let i = 0; i < subs.length; i++) {
    const m = matchAt(root, keys, texts, i)[0];
    if (!m) continue;
    const title = ctx.titles[Number(m.hits[0].entityId)];
    let j = skipField(subs, i + m.length);
    // "Presiden Korsel …", "Menteri Luar Negeri Korea Utara, …"
    const of = known
      .filter((c) => c.subStart === j && c.type !== 'Person') // "ajudan Kremlin …", "Gubernur Jakarta …"
      .sort((a, b) => b.subEnd - a.subEnd)[0];
    if (of) j = of.subEnd;
    if (j < subs.length && subs[j].text === ',') j++;
    let end = nameRunFrom(subs, j, ctx.stop, blocked);
    // the tagger knows better where a name inside a long capitalised run is
    const tagged = ctx.nerPersons?.find((p) => p.subStart >= j && p.subStart < end);
    let from = j;
    if (tagged) {
      // the tagger may drop a family name the run has ("Pham Thu Hang"):
      // start later only past words that cannot be part of a name
      const prefixIsName =
        tagged.subStart > j &&
        ((tagged.subStart === j + 1 && givenNameAt(subs, j, ctx.stop)) ||
          (!hasCommonWord(subs, j, tagged.subStart) && !continuesCapitalised(subs, tagged.subStart - 1)));
      from = prefixIsName ? j : tagged.subStart;
      end = tagged.subEnd;
    } else if (hasCommonWord(subs, givenNameAt(subs, j, ctx.stop) ? j + 1 : j, end) || continuesCapitalised(subs, end)) {
      // "Direktur Jenderal Kerja Sama ASEAN": capitalised common words, no name;
      // "Pengamat dari Lowy Institute": the run is the start of a longer name
      end = j;
    }
    if (end > from) {
      out.push(personCandidate(sentence, subs, from, end, title.role, of));
    }
    // apposition: "<Name>, (seorang) <title>"
    let k = i;
    if (k > 0 && APPOSITION_LINK.has(subs[k - 1].key)) k--;
    if (k > 0 && subs[k - 1].text === ',') {
      const startName = nameRunBackFrom(subs, k - 1, ctx.stop, blocked);
      if (startName < k - 1) {
        out.push(personCandidate(sentence, subs, startName, k - 1, title.role, of));
      }
    }
    i += m.length - 1;
  }
  return out;
}

function personCandidate(
  sentence: number,
  subs: Sub[],
  i: number,
  j: number,
  role: string,
  of: Candidate | undefined,
): Candidate {
  const start = subs[i].start;
  const end = subs[j - 1].end;
  return {
    sentence,
    subStart: i,
    subEnd: j,
    start,
    end,
    entityId: '', // named in index.ts from the surface text (or a known person)
    type: 'Person',
    source: 'title-rule',
    priority: PRIORITY.title,
    role,
    ...(of ? { roleOf: of.entityId, roleOfAt: of.start } : {}),
  };
}
