// Military exercises: taking part in an exercise held somewhere means sending
// forces there (SENDS_TROOPS_TO), for every participant that is not at home.
//   "TNI bersama militer AS menggelar latihan gabungan di Situbondo" → the US forces are in Situbondo;
//   "latihan itu diikuti prajurit dari 11 negara, antara lain A, B dan C" → A, B, C;
//   "Rusia mengikuti latihan bersama di Laut Jawa" → Russia.
// The place of the latest exercise carries over to the next sentences that speak of it.
import { clauseSubject, governor, objectAfter } from './args';
import { classAt, isAttributionWord, isBoundary, isFiller, isVerb, matchAny, type SentenceView, type Slot } from './view';

export interface ExerciseParticipation {
  participant: string;
  place: string;
  /** token where the participation is stated (time, attribution, modality) */
  at: number;
}

export interface ExercisePlace {
  /** where it is held, when known */
  id: string | null;
  /** the latest sentence speaking of the exercise */
  sentence: number;
  /** who holds it (the subject of "menggelar latihan"): the place is in the host's country unless known otherwise */
  host?: string;
  /** everyone holding it ("X bersama Y menggelar latihan"): the target of criticism of the exercise */
  holders: string[];
  /** holders of the exercises named so far ("latihan Super Garuda Shield" → its holders) */
  named: Array<[string, string[]]>;
}

/** The proper name right after an exercise noun ("latihan gabungan Super Garuda Shield 2024"), lower case, if any. */
export function exerciseNameAt(v: SentenceView, i: number): string | undefined {
  const n = exerciseNoun(v, i);
  if (!n) return undefined;
  const words: string[] = [];
  for (let k = i + n; k < v.lower.length && words.length < 5; k++) {
    const t = v.sentence.tokens[k].text;
    if (v.slotAt[k] || !/^\p{Lu}/u.test(t)) break;
    words.push(v.lower[k]);
  }
  return words.length > 0 ? words.join(' ') : undefined;
}

function exerciseNoun(v: SentenceView, i: number): number {
  if (v.slotAt[i]) return 0;
  // "kapal patroli", "pesawat latih": the noun only describes a vehicle
  if (VEHICLES.has(v.lower[i - 1] ?? '')) return 0;
  return classAt(v, i, 'exercise');
}
const VEHICLES = new Set(['kapal', 'pesawat', 'kendaraan', 'helikopter', 'jet']);

const PLACE_TYPES = new Set(['Location', 'Country']);
const NEAR = new Set(['sekitar', 'dekat', 'luar', 'seberang', 'perbatasan', 'sebelah', 'lepas']);
const ACTOR_TYPES = new Set(['Country', 'Organization']);
/** words between a verb of joining and the exercise: "ikut serta dalam", "turut ambil bagian dalam" */
const JOIN_FILLERS = new Set(['dalam', 'serta', 'pada', 'ambil', 'bagian']);

/** The place after "di" following the token at `from` (the exercise noun or its verb). */
function placeAfter(v: SentenceView, from: number): string | null | undefined {
  const hit = objectAfter(v, from, ['di'], 14, false, 4);
  if (!hit) return undefined;
  // "latihan dengan Rusia tidak berarti … perang di Ukraina": a place past another verb is not the exercise's
  for (let k = from; k < hit.at; k++) if (isVerb(v, k) || v.lex.modality.negated.has(v.lower[k])) return undefined;
  // "di sekitar Taiwan", "di dekat perbatasan X": next to the place, not in it (a place is stated all the same)
  if (NEAR.has(v.lower[hit.at + 1] ?? '')) return null;
  const slot = hit.group.slots[0];
  return slot && PLACE_TYPES.has(slot.types[0]) && !slot.coref ? slot.entityIds[0] : null;
}

/** Country and body slots listed from `from` to the clause end (exported for other member lists) ("diikuti 4.500 prajurit dari 11 negara, antara lain A, B dan C"). */
export function listedAfter(v: SentenceView, from: number): Slot[] {
  const out: Slot[] = [];
  for (let k = from; k < v.lower.length; k++) {
    const slot = v.slotAt[k];
    if (slot) {
      if (ACTOR_TYPES.has(slot.types[0])) out.push(slot);
      k = slot.tokenEnd - 1;
      continue;
    }
    const w = v.lower[k];
    if (w === ',' || w === 'dan' || w === 'serta' || w === 'dari' || w === 'oleh' || w === '(' || w === ')') continue;
    const opener = matchAny(v, k, v.lex.listOpeners);
    if (opener) {
      k += opener - 1;
      continue;
    }
    if (w !== 'dari' && (isBoundary(v, k) || (isVerb(v, k) && v.morph[k].prefixes[0] !== 'ber'))) break;
    if (!isFiller(v, k)) break;
  }
  return out;
}

/** "negara peserta antara lain A, B dan C", "peserta latihan: A, B": the participants listed. */
function participantLists(v: SentenceView): Array<{ slot: Slot; at: number }> {
  const out: Array<{ slot: Slot; at: number }> = [];
  for (let j = 0; j < v.lower.length; j++) {
    const n = matchAny(v, j, v.lex.exercises.participantNouns);
    if (n) for (const s of listedAfter(v, j + n)) out.push({ slot: s, at: j });
  }
  return out;
}

/** Does the verb at j hold or join an exercise (menggelar, mengikuti, berpartisipasi, terlibat)? */
function exerciseVerb(v: SentenceView, j: number): 'host' | 'join' | null {
  const root = v.morph[j]?.root ?? '';
  // "menurut X" is attribution, not "turut" (to join)
  if (isAttributionWord(v, j)) return null;
  if (!isVerb(v, j) && v.lower[j] !== 'ikut' && v.lower[j] !== 'turut') return null;
  if (v.lex.exercises.hostVerbRoots.has(root)) return 'host';
  if (v.lex.exercises.joinVerbRoots.has(root)) return 'join';
  return null;
}

/**
 * Participations stated in one sentence; `last` is the place of the latest
 * exercise of the document (updated here when the sentence names one).
 */
export function exerciseParticipations(
  v: SentenceView,
  sentenceIndex: number,
  last: ExercisePlace | null,
): { found: ExerciseParticipation[]; place: ExercisePlace | null } {
  const nouns: Array<[number, number]> = [];
  for (let i = 0; i < v.lower.length; i++) {
    const n = exerciseNoun(v, i);
    if (n) {
      nouns.push([i, n]);
      i += n - 1;
    }
  }
  const listed = participantLists(v);
  // a list of participants without the exercise noun speaks of the exercise just named
  if (nouns.length === 0 && (listed.length === 0 || !last || last.sentence < sentenceIndex - 2)) return { found: [], place: last };
  // an exercise named otherwise than the ones before is another exercise: its place is not theirs
  const namesHere = nouns.map(([i]) => exerciseNameAt(v, i)).filter((n): n is string => !!n);
  const before = last;
  if (before && namesHere.length > 0 && !namesHere.some((n) => before.named.some(([x]) => x === n))) last = { ...before, id: null };
  // the place: after an exercise noun or after the verb holding it ("latihan digelar di …")
  let place: string | null | undefined;
  for (const [i, n] of nouns) if (place === undefined) place = placeAfter(v, i + n);
  const participants: Array<{ slot: Slot; at: number }> = [];
  let host: string | undefined;
  const holders: string[] = [];
  participants.push(...listed);
  // "latihan bersama antara TNI AL dan Angkatan Laut China", "latihan gabungan dengan militer Australia"
  for (const [i, n] of nouns) {
    const between = objectAfter(v, i + n, ['antara', 'dengan'], 4);
    for (const s of between?.group.slots ?? []) participants.push({ slot: s, at: i });
  }
  for (let j = 0; j < v.lower.length; j++) {
    const kind = exerciseVerb(v, j);
    if (!kind) continue;
    const voice = v.morph[j].voice;
    // the exercise noun right after the verb (across "dalam", "serta" and ≤2 noun words)
    let k = j + 1;
    while (k < j + 5 && JOIN_FILLERS.has(v.lower[k]) && !exerciseNoun(v, k)) k++;
    const nounAfter = nouns.find(([i]) => i >= k && i <= k + 2 && [...Array(i - k).keys()].every((d) => isFiller(v, k + d)));
    const nounBefore = nouns.some(([i, n]) => i + n <= j && j - (i + n) <= 10);
    if (nounAfter && (voice === 'active' || voice === 'intransitive' || v.morph[j].prefixes[0] === 'ter' || voice === 'base')) {
      // "X menggelar latihan", "X mengikuti latihan", "X terlibat dalam latihan"
      const subj = clauseSubject(v, j);
      for (const s of subj?.slots ?? []) participants.push({ slot: s, at: j });
      // "TNI bersama militer AS menggelar …": a partner joined by "bersama"/"dengan" before the verb
      for (let b = subj ? subj.end : j; b < j; b++) {
        const s = v.slotAt[b];
        if (s && s.tokenStart === b && (governor(v, s) === 'bersama' || governor(v, s) === 'dengan')) participants.push({ slot: s, at: j });
      }
      // "latihan bersama dengan Y", "latihan gabungan antara X dan Y"
      const partner = objectAfter(v, nounAfter[0] + nounAfter[1], ['dengan', 'antara'], 6);
      for (const s of partner?.group.slots ?? []) participants.push({ slot: s, at: j });
      if (place === undefined) place = placeAfter(v, j + 1);
      if (!host) host = subj?.slots[0]?.entityIds[0];
      if (kind === 'host') for (const p of participants) for (const id of p.slot.entityIds) if (!holders.includes(id)) holders.push(id);
    } else if (nounBefore && kind === 'join' && (voice === 'passive' || voice === 'active')) {
      // "latihan itu diikuti (oleh) …", "latihan itu melibatkan …"
      for (const s of listedAfter(v, j + 1)) participants.push({ slot: s, at: j });
    } else if (nounBefore && kind === 'host' && (voice === 'passive' || voice === 'intransitive')) {
      // "latihan itu digelar di …", "latihan berlangsung di …"
      if (place === undefined) place = placeAfter(v, j + 1);
    }
  }
  // a sentence that places its exercise elsewhere ("di perbatasan X") does not fall back to the last one
  const where = place === undefined ? (last?.id ?? null) : place;
  const found: ExerciseParticipation[] = [];
  if (where) {
    for (const { slot, at } of participants) {
      for (const [n, id] of slot.entityIds.entries()) {
        if (ACTOR_TYPES.has(slot.types[n]) && id !== where && !found.some((f) => f.participant === id)) found.push({ participant: id, place: where, at });
      }
    }
  }
  // the latest exercise is the one this sentence speaks of: its place, or the one named before
  // a sentence naming no holder ("latihan digelar di …") goes on about the same exercise
  const named = holders.length > 0;
  const names = [...(last?.named ?? [])];
  if (named) for (const [i] of nouns) {
    const name = exerciseNameAt(v, i);
    if (name && !names.some(([x]) => x === name)) names.push([name, holders]);
  }
  return {
    found,
    place: { id: where, sentence: sentenceIndex, host: named ? host : (last?.host ?? host), holders: named ? holders : (last?.holders ?? []), named: names },
  };
}

/** Does the sentence speak of an exercise (so that a troop movement without a destination goes to its place)? */
export function mentionsExercise(v: SentenceView): boolean {
  for (let i = 0; i < v.lower.length; i++) if (exerciseNoun(v, i)) return true;
  return false;
}

