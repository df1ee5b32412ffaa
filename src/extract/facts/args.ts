// Finding the arguments of a trigger: the clause subject to its left, the
// entity of a prepositional or direct object to its right, possessors of
// nouns, and coordinated groups ("Inggris dan Prancis").
import { titleAt } from './relations';
import { classAt, isBoundary, matchAny, isFiller, isPrep, isQuote, isVerb, isAttributionWord, type SentenceView, type Slot } from './view';

/** One or more coordinated slots acting as one argument. */
export interface ArgGroup {
  slots: Slot[];
  /** token range covered by the whole group */
  start: number;
  end: number;
}

function group(slots: Slot[]): ArgGroup {
  return {
    slots,
    start: Math.min(...slots.map((s) => s.tokenStart)),
    end: Math.max(...slots.map((s) => s.tokenEnd)),
  };
}

/** nouns for one's opposite number: "bertemu mitranya dari Jepang" meets Japan's (minister) */
const COUNTERPARTS = new Set(['mitra', 'mitranya', 'rekan', 'rekannya', 'sejawat', 'sejawatnya', 'koleganya', 'kolega', 'timpalannya']);

const QUANTIFIER_HEADS = new Set(['lebih', 'kurang', 'sebagian', 'salah', 'banyak', 'ribuan', 'ratusan', 'puluhan']);

/** The word governing a slot from the left (a preposition or attribution cue), across ≤3 noun words. */
export function governor(v: SentenceView, slot: Slot): string | null {
  let i = slot.tokenStart - 1;
  // an acronym in parentheses right after a mention shares that mention's role
  if (v.lower[i] === '(' && v.slotAt[i - 1]) return governor(v, v.slotAt[i - 1] as Slot);
  for (let skipped = 0; i >= 0 && skipped <= 3; i--, skipped++) {
    // "lebih dari 200 tentara X": a quantifier, not a preposition
    if (v.lower[i] === 'dari' && QUANTIFIER_HEADS.has(v.lower[i - 1] ?? '')) return null;
    if (isPrep(v, i) || isAttributionWord(v, i)) return v.lower[i];
    if (!isFiller(v, i)) return null;
  }
  return null;
}

function isInParens(v: SentenceView, slot: Slot): boolean {
  return (v.parenDepth[slot.tokenStart] ?? 0) > 0;
}

/** Expand a slot leftwards over "X, Y dan Z" coordination of ungoverned slots. */
export function coordinateLeft(v: SentenceView, slot: Slot): ArgGroup {
  const out = [slot];
  let cur = slot;
  for (;;) {
    let i = cur.tokenStart - 1;
    // skip an acronym in parentheses of the previous conjunct: "Amerika Serikat (AS) dan"
    const w = v.lower[i];
    if (w !== 'dan' && w !== 'serta' && w !== ',') break;
    i--;
    if (v.lower[i] === ')') {
      while (i >= 0 && v.lower[i] !== '(') i--;
      i--;
    }
    const prev = v.slotAt[i];
    if (!prev || prev.tokenEnd !== i + 1) break;
    // a bare comma only coordinates inside a list already closed by "dan" (X, Y dan Z)
    if (w === ',' && out.length === 1) break;
    out.unshift(prev);
    cur = prev;
  }
  return group(out);
}

/** Expand a slot rightwards over coordination: "ke Yordania dan Mesir". */
export function coordinateRight(v: SentenceView, slot: Slot): ArgGroup {
  const out = [slot];
  let cur = slot;
  for (;;) {
    let i = cur.tokenEnd;
    if (v.lower[i] === '(') {
      while (i < v.lower.length && v.lower[i] !== ')') i++;
      i++;
    }
    const w = v.lower[i];
    if (w !== 'dan' && w !== 'serta' && w !== ',') break;
    let j = i + 1;
    if (w === ',' && v.lower[j] === 'dan') j++;
    // "wilayah Ukraina, termasuk Krimea": an included part is an argument too
    const inclusive = w === ',' && v.lex.parentheticalOpeners.has(v.lower[j]);
    if (inclusive) j++;
    if (inclusive && v.lower[j] === 'di') j++;
    let next = v.slotAt[j];
    // "dengan A dan Presiden Filipina B": a conjunct introduced by its title names the person
    if (!next && !inclusive) next = titledConjunct(v, j) ?? territoryConjunct(v, j) ?? undefined;
    if (!next || (next.tokenStart !== j && !((next.types[0] === 'Person' || next.types[0] === 'Location') && next.tokenStart > j))) break;
    // "X, Y" with no "dan" later is an apposition, not a list; ", dan Z" closes a list
    if (w === ',' && !inclusive && v.lower[i + 1] !== 'dan' && !listContinues(v, next)) break;
    out.push(next);
    cur = next;
  }
  return group(out);
}

/** "dan wilayah AS Guam": a territory noun, its country, then the place. */
function territoryConjunct(v: SentenceView, j: number): Slot | null {
  const n = matchAny(v, j, v.lex.territoryNouns);
  const c = n ? v.slotAt[j + n] : undefined;
  if (!c || c.tokenStart !== j + n || c.types[0] !== 'Country') return null;
  const place = v.slotAt[c.tokenEnd];
  return place && place.tokenStart === c.tokenEnd && place.types[0] === 'Location' ? place : null;
}

/** "Presiden Filipina Ferdinand Marcos": a title, up to two scope names, then the person. */
function titledConjunct(v: SentenceView, j: number): Slot | null {
  const hit = titleAt(v.keys, j);
  if (!hit) return null;
  let k = hit.end;
  for (let n = 0; n < 2 && v.slotAt[k] && v.slotAt[k]?.types[0] !== 'Person'; n++) k = (v.slotAt[k] as Slot).tokenEnd;
  if (v.lower[k] === ',') k++;
  const person = v.slotAt[k];
  return person && person.tokenStart === k && person.types[0] === 'Person' ? person : null;
}

function listContinues(v: SentenceView, slot: Slot): boolean {
  const w = v.lower[slot.tokenEnd];
  return w === 'dan' || w === 'serta' || w === ',';
}

export interface SubjectOptions {
  /** do not look left of this token */
  floor?: number;
}

/**
 * The clause subject for a trigger at `from`: the nearest slot to the left that
 * is not governed by a preposition or attribution cue and not inside
 * parentheses; coordinated subjects come as one group.
 */
export function clauseSubject(v: SentenceView, from: number, opts: SubjectOptions = {}): ArgGroup | null {
  const floor = opts.floor ?? 0;
  const head = relativeHead(v, from);
  if (head) return head;
  if (ownNounSubject(v, from)) return null;
  for (let i = from - 1; i >= floor; i--) {
    const slot = v.slotAt[i];
    if (!slot) {
      // "X mengatakan pasukan itu akan …": the clause has its own (anaphoric) subject
      if (
        v.lex.demonstratives.has(v.lower[i]) &&
        isFiller(v, i - 1) &&
        !v.lex.timeNouns.has(v.lower[i - 1]) &&
        onlyAuxiliaries(v, i + 1, from)
      ) {
        return null;
      }
      continue;
    }
    i = slot.tokenStart;
    if (isInParens(v, slot)) continue;
    if (governor(v, slot)) continue;
    // "Israel menewaskan komandan Hamas dalam serangan …": an object of an earlier verb is not the
    // subject — unless a reason clause follows it ("mengecam X karena terus menjual …")
    if (!reasonBetween(v, slot.tokenEnd, from) && !onlyAuxiliaries(v, slot.tokenEnd, from) && objectOfVerb(v, slot)) continue;
    const head = appositionHead(v, slot);
    if (head) return coordinateLeft(v, head);
    // "X, yang … dengan Y, akan …": Y sits in a relative clause set off by commas
    const relStart = commaRelativeStart(v, slot, from);
    if (relStart >= 0) {
      i = relStart;
      continue;
    }
    // "Kementerian Luar Negeri Indonesia", "PAN Sulawesi Selatan": the organisation, not its qualifier, acts
    let b = slot.tokenStart - 1;
    if (v.lower[b] === ')') {
      while (b >= 0 && v.lower[b] !== '(') b--;
      b--;
    }
    const before = v.slotAt[b];
    if (before && (slot.types[0] === 'Country' || slot.types[0] === 'Location') && before.types[0] === 'Organization' && !governor(v, before)) {
      return coordinateLeft(v, before);
    }
    return coordinateLeft(v, slot);
  }
  return null;
}

const REASON = new Set(['karena', 'sebab', 'lantaran', 'akibat']);
function reasonBetween(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (REASON.has(v.lower[k])) return true;
  return false;
}

/** Is the slot the direct object of an active verb (other than one whose object opens a new clause)? */
function objectOfVerb(v: SentenceView, slot: Slot): boolean {
  for (let j = slot.tokenStart - 1, skipped = 0; j >= 0 && skipped <= 2; j--, skipped++) {
    if (isVerb(v, j)) {
      const m = v.morph[j];
      return m.voice === 'active' && !v.lex.complementVerbRoots.has(m.root) && !v.lex.attribution.verbRoots.has(m.root);
    }
    if (!isFiller(v, j)) return false;
  }
  return false;
}

/** If the slot lies inside ", yang … ," that closes before `trigger`, the index of that opening comma; else -1. */
function commaRelativeStart(v: SentenceView, slot: Slot, trigger: number): number {
  let close = -1;
  for (let k = slot.tokenEnd; k < trigger; k++) {
    if (v.lower[k] === ',') {
      close = k;
      break;
    }
  }
  if (close < 0) return -1;
  // the nearest ", yang" to the left, across at most one inner apposition comma
  let commas = 0;
  for (let k = slot.tokenStart - 1; k >= 0 && commas < 2; k--) {
    if (v.lower[k] === '.' || v.lower[k] === ';') return -1;
    if (v.lower[k] === ',') {
      if (v.lower[k + 1] === 'yang') return k;
      commas++;
    }
  }
  return -1;
}

const PRONOUNS = new Set(['mereka', 'ia', 'dia', 'beliau', 'pihaknya', 'keduanya', 'kami', 'kita', 'negaranya', 'pemerintahnya']);

/**
 * "MUI menilai evakuasi berpotensi mendukung …": after a reporting verb, a common
 * noun right before the verb (across auxiliaries) is the clause's own subject.
 */
function ownNounSubject(v: SentenceView, from: number): boolean {
  let i = from - 1;
  while (i >= 0 && onlyAuxiliaries(v, i, i + 1)) i--;
  if (i < 0 || !isFiller(v, i) || PRONOUNS.has(v.lower[i]) || classAt(v, i, 'troop')) return false;
  for (let j = i - 1, skipped = 0; j >= 0 && skipped <= 2; j--, skipped++) {
    const m = v.morph[j];
    if (isVerb(v, j)) return m.voice === 'active' && (v.lex.attribution.verbRoots.has(m.root) || v.lex.complementVerbRoots.has(m.root));
    if (!isFiller(v, j) || PRONOUNS.has(v.lower[j])) return false;
  }
  return false;
}

/** Only auxiliaries, modals and negation in [from, to): the phrase before is the subject of the word at `to`. */
function onlyAuxiliaries(v: SentenceView, from: number, to: number): boolean {
  const m = v.lex.modality;
  for (let k = from; k < to; k++) {
    const w = v.lower[k];
    if (!(AUX.has(w) || m.planned.has(w) || m.possible.has(w) || m.negated.has(w) || LINKING.has(w))) return false;
  }
  return true;
}

/** verbs of joining that precede the main verb: "ikut bertempur", "mulai menyerang" */
const LINKING = new Set(['ikut', 'turut', 'harus', 'perlu', 'mulai', 'segera', 'kembali', 'pun', 'lagi', 'bersedia', 'siap']);

/** "X, sekutu lama Y, …": Y sits in an apposition to X; X is the subject. */
function appositionHead(v: SentenceView, slot: Slot): Slot | null {
  let j = slot.tokenStart - 1;
  let skipped = 0;
  while (j >= 0 && isFiller(v, j) && skipped < 4) {
    j--;
    skipped++;
  }
  if (skipped === 0 || v.lower[j] !== ',') return null;
  const head = v.slotAt[j - 1];
  if (!head || head.tokenEnd !== j) return null;
  return v.lower[slot.tokenEnd] === ',' ? head : null;
}

/** Auxiliaries that may stand between "yang" and its verb (yang telah dikerahkan). */
const AUX = new Set(['telah', 'sudah', 'sedang', 'akan', 'masih', 'juga', 'tengah', 'pernah', 'baru', 'kini', 'saat', 'ini', 'terus', 'tidak', 'tak', 'belum']);

/**
 * A trigger opening a relative clause ("pasukan Ukraina yang menduduki …"): its
 * subject is the head noun phrase before "yang", whatever governs that phrase.
 */
function relativeHead(v: SentenceView, from: number): ArgGroup | null {
  let i = from - 1;
  while (i >= 0 && AUX.has(v.lower[i])) i--;
  // "perusahaan yang dituding memasok …": a passive reporting verb between "yang" and the trigger
  if (v.morph[i]?.prefixes[0] === 'di' && isVerb(v, i) && (v.lex.complementVerbRoots.has(v.morph[i].root) || v.lex.attribution.verbRoots.has(v.morph[i].root))) {
    i--;
    while (i >= 0 && AUX.has(v.lower[i])) i--;
  }
  if (v.lower[i] !== 'yang') return null;
  i--;
  if (v.lower[i] === ',') i--;
  if (v.lower[i] === ')') {
    while (i >= 0 && v.lower[i] !== '(') i--;
    i--;
  }
  for (let skipped = 0; i >= 0 && skipped <= 2; i--, skipped++) {
    const slot = v.slotAt[i];
    if (slot) return coordinateLeft(v, slot);
    if (!isFiller(v, i)) return null;
  }
  return null;
}

/** The slot of a noun phrase starting at i: up to maxSkip noun words, then an entity. */
export function npSlot(v: SentenceView, i: number, maxSkip = 3, opaque = true): Slot | null {
  const start = i;
  for (let skipped = 0; i < v.lower.length && skipped <= maxSkip; i++, skipped++) {
    const slot = v.slotAt[i];
    if (slot) {
      const named = titledPerson(v, slot);
      if (named !== slot) return named;
      // "perusahaan (asal) Prancis, Naval Group": a described country, then the body named after a comma
      if (i > start && slot.types[0] === 'Country') {
        const body = v.lower[slot.tokenEnd] === ',' ? v.slotAt[slot.tokenEnd + 1] : undefined;
        const after = v.lower[body?.tokenEnd ?? 0];
        const list = after === 'dan' || after === 'serta' || (after === ',' && !!body && !!v.slotAt[body.tokenEnd + 1]);
        if (body && body.tokenStart === slot.tokenEnd + 1 && body.types[0] === 'Organization' && !list) return body;
      }
      // "Partai Komunis Indonesia", "Kepala Kepolisian RI": capitalised words before a place make a
      // longer name or an unnamed official — unless they stand for the place (Pemerintah Israel)
      if ((slot.types[0] === 'Country' || slot.types[0] === 'Location') && i > start && capitalisedRun(v, start, i)) return null;
      return slot;
    }
    // "lebih dari 200 tentara X": a quantifier, not a preposition
    if (v.lower[i] === 'dari' && QUANTIFIER_HEADS.has(v.lower[i - 1] ?? '')) continue;
    // "mitranya dari Singapura, X": a counterpart is named by the country it comes from
    if (v.lower[i] === 'dari' && COUNTERPARTS.has(v.lower[i - 1] ?? '')) continue;
    // "perusahaan asal Prancis": "asal" (origin) inside a described noun phrase
    if (v.lower[i] === 'asal' && i > start) continue;
    if (!isFiller(v, i)) return null;
    if (opaque && v.lex.opaqueNpWords.has(v.lower[i])) return null;
  }
  return null;
}

/** Are the words just before `end` (from `start`) capitalised name/title words that do not stand for a country? */
function capitalisedRun(v: SentenceView, start: number, end: number): boolean {
  const prev = v.sentence.tokens[end - 1]?.text ?? '';
  if (!prev || prev[0] === prev[0].toLowerCase() || !/^\p{L}/u.test(prev)) return false;
  for (let k = start; k < end; k++) {
    const t = v.sentence.tokens[k].text;
    if (t[0] !== t[0].toLowerCase() && v.lex.countryStandIns.has(v.lower[k])) return false;
  }
  return true;
}

/** "Menteri Luar Negeri China Wang Yi": the scope of a title is followed by the person who holds it. */
function titledPerson(v: SentenceView, slot: Slot): Slot {
  if (slot.types[0] === 'Person') return slot;
  let j = slot.tokenEnd;
  if (v.lower[j] === ',') j++;
  // a rank between the post and the name: "Panglima TNI Jenderal X"
  for (let r = 0; r < 2 && !v.slotAt[j] && /^\p{Lu}/u.test(v.sentence.tokens[j]?.text ?? '') && isFiller(v, j); r++) j++;
  let next = v.slotAt[j];
  if (!next || next.tokenStart !== j) return slot;
  // "Ketua DPR AS Mike Johnson": a body qualified by its country, then the person
  if (next.types[0] === 'Country' && slot.types[0] === 'Organization' && j === slot.tokenEnd) {
    const after = v.slotAt[next.tokenEnd];
    if (after && after.tokenStart === next.tokenEnd && after.types[0] === 'Person') next = after;
  }
  if (next.types[0] === 'Person') return next;
  // "perusahaan Prancis Dassault Aviation": a country qualifying the named organisation
  if (slot.types[0] === 'Country' && next.types[0] === 'Organization' && j === slot.tokenEnd) return next;
  return slot;
}

/** The nearest entity to the left, whatever governs it (the owner of a possessive -nya). */
export function nearestLeft(v: SentenceView, from: number): ArgGroup | null {
  for (let i = from - 1; i >= 0; i--) {
    const slot = v.slotAt[i];
    if (slot && !isInParens(v, slot)) return { slots: [slot], start: slot.tokenStart, end: slot.tokenEnd };
  }
  return null;
}

/** Skip a parenthetical "( … )" or ", termasuk … ," starting at i; returns the index after it, or i. */
function skipParenthetical(v: SentenceView, i: number): number {
  if (v.lower[i] === '(') {
    let d = 0;
    for (let j = i; j < v.lower.length; j++) {
      if (v.lower[j] === '(') d++;
      if (v.lower[j] === ')' && --d === 0) return j + 1;
    }
  }
  if (v.lower[i] === ',') {
    let k = i + 1;
    const opener = [...v.lex.parentheticalOpeners].find((o) => o.split(' ').every((w, n) => v.lower[k + n] === w));
    if (opener) {
      for (k += opener.split(' ').length; k < v.lower.length; k++) {
        if (v.lower[k] === ',') return k + 1;
        if (isBoundary(v, k)) return i;
      }
    }
  }
  return i;
}

export interface ObjectHit {
  group: ArgGroup;
  prep: string;
  /** index of the preposition */
  at: number;
}

/**
 * The first entity introduced by one of `preps` to the right of `from`,
 * within the clause (stops at clause boundaries, a second verb, or maxSpan).
 */
export function objectAfter(v: SentenceView, from: number, preps: string[], maxSpan = 14, crossPurpose = false, maxSkip = 4): ObjectHit | null {
  if (preps.length === 0) return null;
  const limit = Math.min(v.lower.length, from + maxSpan);
  for (let i = from; i < limit; i++) {
    const skipTo = skipParenthetical(v, i);
    if (skipTo !== i) {
      i = skipTo - 1;
      continue;
    }
    const w = v.lower[i];
    if (preps.includes(w)) {
      // "ke tiga negara di Pasifik, yakni A, B dan C": the members listed stand for the class noun
      const members = memberList(v, i + 1);
      if (members) return { group: members, prep: w, at: i };
      // "di antara", "ke arah" stay prepositions; take the NP after
      const slot = npSlot(v, i + 1, maxSkip);
      if (slot) return { group: coordinateRight(v, slot), prep: w, at: i };
      continue;
    }
    if (w === 'yang' && isFiller(v, i + 1)) {
      // "kontribusi yang signifikan terhadap …": an adjectival relative inside the phrase
      while (isFiller(v, i + 1)) i++;
      continue;
    }
    if (crossPurpose && v.lex.modality.purposeMarkers.has(w)) continue;
    if (crossPurpose && isVerb(v, i)) continue;
    // "terbesar sejak awal perang ke Kyiv": a time phrase inside the clause, not a new clause
    if ((w === 'sejak' || w === 'selama') && isFiller(v, i + 1)) {
      let k = i + 1;
      while (k < i + 4 && isFiller(v, k) && !v.slotAt[k]) k++;
      i = k - 1;
      continue;
    }
    if (w === ',' || isQuote(v, i) || isBoundary(v, i)) return null;
    if (i > from && isVerb(v, i) && v.morph[i].prefixes[0] !== 'ber') return null;
  }
  return null;
}

/**
 * "tiga negara sekutu Taiwan di Pasifik, yakni A, B dan C": a class noun phrase (common
 * nouns, qualifiers, "di" places) followed by a list opener and entities; the list.
 */
export function memberList(v: SentenceView, from: number, maxSpan = 10): ArgGroup | null {
  if (!isFiller(v, from) || v.lower[from] === 'yang') return null;
  for (let k = from; k < Math.min(v.lower.length, from + maxSpan); k++) {
    const slot = v.slotAt[k];
    if (slot) {
      k = slot.tokenEnd - 1;
      continue;
    }
    if (v.lower[k] === ',' || v.lower[k] === ':') {
      const at = v.lower[k] === ':' ? k : k + 1;
      const n = matchAny(v, at, v.lex.listOpeners);
      if (!n) return null;
      const first = v.slotAt[at + (v.lower[at] === ':' ? 1 : n)];
      const start = at + (v.lower[at] === ':' ? 1 : n);
      if (!first || first.tokenStart !== start) return null;
      const list = coordinateRight(v, first);
      return list.slots.length >= 2 ? list : null;
    }
    if (v.lower[k] !== 'di' && !isFiller(v, k)) return null;
  }
  return null;
}

/** The direct object right after a verb: an entity after at most maxSkip noun words. */
export function directObject(v: SentenceView, from: number, maxSkip: number): ArgGroup | null {
  const slot = npSlot(v, from, maxSkip);
  return slot ? coordinateRight(v, slot) : null;
}

/** A noun-class phrase in [from, to): its index, or -1. */
export function findClass(v: SentenceView, from: number, to: number, cls: string): number {
  for (let i = Math.max(0, from); i < Math.min(to, v.lower.length); i++) if (classAt(v, i, cls)) return i;
  return -1;
}

/** The end of the clause that starts at `from` (first boundary, or the sentence end). */
export function clauseEnd(v: SentenceView, from: number, max = 14): number {
  const limit = Math.min(v.lower.length, from + max);
  for (let i = from; i < limit; i++) {
    const skipTo = skipParenthetical(v, i);
    if (skipTo !== i) {
      i = skipTo - 1;
      continue;
    }
    if (isBoundary(v, i) || isQuote(v, i)) return i;
  }
  return limit;
}

/** The start of the clause containing `at`: after the nearest hard boundary to the left. */
export function clauseStart(v: SentenceView, at: number, max = 12): number {
  const floor = Math.max(0, at - max);
  for (let i = at - 1; i >= floor; i--) {
    const w = v.lower[i];
    if (w === 'bahwa' || w === ';' || w === ':' || w === '.' || isQuote(v, i)) return i + 1;
  }
  return floor;
}
