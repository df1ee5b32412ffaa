// The fact stage: Indonesian clause grammar → facts of the closed ontology,
// with modality, attribution, count, time, evidence and confidence.
// Pipeline per sentence: view (tokens + morphology + entity slots) → frame
// matches (frames.ts) and noun-phrase relations (relations.ts) → qualifiers.
import type { DocumentContext, EntityMention, EntityResult, EntityType, ExtractedFact, Modality, Predicate } from '../types';
import { SYMMETRIC_PREDICATES } from '../types';
import { loadGazetteer } from '../entities';
import { clauseSubject, npSlot } from './args';
import { SpeakerTracker, sentenceCues, type AttributionCue } from './attribution';
import type { ArgGroup } from './args';
import type { Candidate } from './frames';
import { matchFrames } from './frames';
import { loadLexicon, type Lexicon } from './lexicon';
import { countOf, modalityOf, sentenceCounts, TimeIndex } from './qualifiers';
import { exerciseParticipations, listedAfter, mentionsExercise, type ExercisePlace } from './exercises';
import { countryAliases, holdsPosition, ledBy, listedAllies, partOfAndLocatedIn, type PositionContext, type RelationFact } from './relations';
import { buildView, classAt, isFiller, matchAny, type SentenceView } from './view';

export { loadLexicon } from './lexicon';

interface Arg {
  id: string;
  type: EntityType;
  coref: boolean;
}

function argsOf(g: ArgGroup | null): Arg[] {
  if (!g) return [];
  return g.slots.flatMap((s) => s.entityIds.map((id, k) => ({ id, type: s.types[k], coref: s.coref })));
}

function confidenceOf(c: Candidate, subj: Arg, obj: Arg, distance: number): number {
  let conf = 0.55;
  if (c.cues.includes('direct') || c.cues.includes('prep')) conf += 0.15;
  if (c.cues.some((q) => q === 'possessor' || q === 'clause-subject' || q === 'passive-agent' || q === 'theme-possessor')) conf += 0.1;
  if (c.classIndex >= 0) conf += 0.05;
  for (const weak of ['ellipsis', 'relative-place', 'anaphor', 'host', 'elaboration'] as const) if (c.cues.includes(weak)) conf -= 0.1;
  if (c.cues.includes('fallback-subject')) conf -= 0.05;
  if (subj.coref || obj.coref) conf -= 0.05;
  if (distance > 8) conf -= 0.05;
  return Math.round(Math.min(0.95, Math.max(0.3, conf)) * 100) / 100;
}

interface DocState {
  lex: Lexicon;
  known: Set<string>;
  typeOk: (p: Predicate, s: EntityType, o: EntityType) => boolean;
  /** who sent the troops last mentioned ("pasukan tersebut") */
  lastTroopSender: Arg[] | null;
  /** the agents of the last fact of each predicate ("serangan tersebut" → who attacked) */
  lastAgent: Map<Predicate, Arg[]>;
  /** the agents of the latest event fact of any predicate ("tindakan tersebut" → who acted) */
  lastAnyAgent: Arg[] | null;
  /** who was to receive the weapons last supplied ("pesawat itu dikirim oleh X" goes to them) */
  lastRecipients: Arg[];
  /** who attacked what so far (attacker, target id), for attack nouns that name no attacker */
  attacks: Array<[Arg, string]>;
  /** the place of the latest military exercise named in the document */
  exercise: ExercisePlace | null;
  /** where troops sent without a destination go in this sentence (the exercise it speaks of) */
  troopTarget: Arg | null;
  /** the countries holding the latest exercise ("mengecam latihan itu" targets them) */
  exerciseHolders: Arg[];
  /** the country code an entity belongs to (gazetteer, or what the document says) */
  homeOf: (id: string) => string | undefined;
  /** holders of an exercise as arguments, a military body standing for its country */
  holderArgs: (ids: string[]) => Arg[];
}

function who(state: DocState, id: string | null | undefined): string | undefined {
  return id && state.known.has(id) ? id : undefined;
}

function factsFromCandidate(
  v: SentenceView,
  c: Candidate,
  state: DocState,
  attributedTo: string | null,
  counts: () => ReturnType<typeof sentenceCounts>,
  timeOf: () => string | undefined,
  sentencePredicates: ReadonlySet<Predicate>,
): ExtractedFact[] {
  let subjects = argsOf(c.subject);
  let objects = argsOf(c.object);
  // "pasukan tersebut", "sanksi itu": the agent of the last such deed
  if (c.subjectAnaphor) subjects = (c.predicate === 'SENDS_TROOPS_TO' ? state.lastTroopSender : state.lastAgent.get(c.predicate)) ?? [];
  const event = c.objectEvent;
  if (objects.length === 0 && event === 'ATTACKS' && c.objectEventTarget) {
    // "mengecam serangan di Sumy": whoever attacked Sumy
    objects = attackersOf(state, argsOf(c.objectEventTarget));
  } else if (objects.length === 0 && event) {
    const named = event === 'exercise' && c.objectEventName ? state.exercise?.named.find(([n]) => n === c.objectEventName)?.[1] : undefined;
    objects = event === 'exercise' ? (named ? state.holderArgs(named) : state.exerciseHolders) : ((event === 'any' ? state.lastAnyAgent : state.lastAgent.get(event)) ?? []);
  }
  // "Serangan rudal di pusat kota Sumy menewaskan …": an attack noun naming no attacker is by the last one
  const agentless = subjects.length === 0 && c.predicate === 'ATTACKS' && c.frame.pos === 'noun' && objects.length > 0;
  if (agentless) subjects = attackersOf(state, objects);
  // "Pesawat-pesawat itu akan dikirim oleh X": weapons named before go to whoever was to receive them
  if (objects.length === 0 && c.predicate === 'SUPPLIES_WEAPONS_TO' && c.cues.includes('anaphor')) objects = state.lastRecipients;
  // "Australia mengirim 250 prajurit" in a paragraph about an exercise: they go to where it is held
  if (objects.length === 0 && c.predicate === 'SENDS_TROOPS_TO' && state.troopTarget && !c.subjectAnaphor) objects = [state.troopTarget];
  const cues = [...c.cues];
  const pairs: Array<[Arg, Arg]> = [];
  if (SYMMETRIC_PREDICATES.has(c.predicate) && c.objectPrep === 'antara' && objects.length >= 2) {
    // "perundingan antara X dan Y" names every party: the clause subject is not one
    for (let k = 1; k < objects.length; k++) pairs.push([objects[0], objects[k]]);
  } else if (!SYMMETRIC_PREDICATES.has(c.predicate) && objects.length === 0 && subjects.length >= 2 && v.lower[c.trigger - 1] === 'saling') {
    // "Rusia dan Ukraina saling tuding": each does it to the other
    for (const a of subjects) for (const b of subjects) if (a.id !== b.id) pairs.push([a, b]);
  } else if (SYMMETRIC_PREDICATES.has(c.predicate) && objects.length === 0 && subjects.length >= 2) {
    // "X dan Y, mediator perundingan antara A dan B, menggelar pembicaraan": the talks already
    // have their parties in this sentence; the coordinated subject hosts them
    if (sentencePredicates.has(c.predicate) && c.cues.includes('fallback-subject')) return [];
    // "Mesir dan AS menjadi mediator dalam perundingan": go-betweens, not parties
    for (let k = (c.subject as ArgGroup).end; k < c.trigger; k++) if (matchAny(v, k, v.lex.mediatorNouns)) return [];
    for (let k = 1; k < subjects.length; k++) pairs.push([subjects[0], subjects[k]]);
    cues.push('pair');
  } else if (SYMMETRIC_PREDICATES.has(c.predicate) && subjects.length === 0 && objects.length >= 2) {
    for (let k = 1; k < objects.length; k++) pairs.push([objects[0], objects[k]]);
  } else {
    for (const s of subjects) for (const o of objects) pairs.push([s, o]);
  }
  if (pairs.length === 0) return [];
  // "X berpihak dalam perang di Ukraina": a party to the war found only by falling back to the
  // clause subject is not fighting the place where the war is
  if (c.predicate === 'FIGHTS_AGAINST' && c.objectPrep === 'di' && c.cues.includes('fallback-subject')) return [];
  const { modality, deniedAt } = modalityOf(v, c);
  let source = attributedTo;
  if (modality === 'denied' && deniedAt >= 0) source = denierOf(v, deniedAt) ?? source;
  const count = countOf(v, c, counts);
  const out: ExtractedFact[] = [];
  const cc: Candidate = { ...c, cues };
  let time: string | undefined | null = null;
  for (const [s, o] of pairs) {
    if (s.id === o.id || !state.typeOk(c.predicate, s.type, o.type)) continue;
    if (c.frame.awayOnly && state.homeOf(s.id) !== undefined && state.homeOf(s.id) === state.homeOf(o.id)) continue;
    if (c.frame.personsOnly && (s.type !== 'Person' || o.type !== 'Person')) continue;
    if (!state.known.has(s.id) || !state.known.has(o.id)) continue;
    const distance = c.subject ? Math.abs(c.trigger - c.subject.end) : 0;
    if (time === null) time = timeOf();
    const fact: ExtractedFact = {
      subject: s.id,
      predicate: c.predicate,
      object: o.id,
      ...(count ?? {}),
      ...(time ? { time } : {}),
      modality,
      ...(who(state, source) ? { attributedTo: source as string } : {}),
      evidence: { start: v.sentence.start, end: v.sentence.end, text: v.sentence.text },
      confidence: confidenceOf(cc, s, o, distance),
    };
    out.push(fact);
  }
  if (c.predicate === 'SENDS_TROOPS_TO' && out.length > 0) state.lastTroopSender = subjects;
  if (c.predicate === 'ATTACKS') for (const f of out) state.attacks.push([subjects.find((a) => a.id === f.subject) as Arg, f.object]);
  if (c.predicate === 'SUPPLIES_WEAPONS_TO' && out.length > 0) state.lastRecipients = objects.filter((o) => out.some((f) => f.object === o.id));
  if (out.length > 0) {
    const agents = [...new Map(out.map((f) => [f.subject, subjects.find((a) => a.id === f.subject) as Arg])).values()].filter(Boolean);
    state.lastAgent.set(c.predicate, agents);
    state.lastAnyAgent = agents;
  }
  return out;
}

/**
 * The attackers of the targets, from earlier facts of the document: those who attacked one of
 * them, else the one attacker of the document so far; none when it is not clear.
 */
function attackersOf(state: DocState, targets: Arg[]): Arg[] {
  const ids = new Set(targets.map((t) => t.id));
  const on = state.attacks.filter(([, o]) => ids.has(o)).map(([s]) => s);
  const pick = on.length > 0 ? on : state.attacks.map(([s]) => s);
  const distinct = [...new Map(pick.filter(Boolean).map((a) => [a.id, a])).values()];
  return distinct.length === 1 ? distinct : [];
}

/** Who denies: the agent after a passive denial ("dibantah X") or the subject of an active one. */
function denierOf(v: SentenceView, at: number): string | null {
  if (v.morph[at].prefixes[0] === 'di') {
    const slot = npSlot(v, at + 1, 1);
    return slot ? slot.entityIds[0] : null;
  }
  const subj = clauseSubject(v, at);
  return subj ? subj.slots[subj.slots.length - 1].entityIds[0] : null;
}

/** "Namun, hal ini dibantah X": a sentence denying the previous one. */
function denialOfPrevious(v: SentenceView): { denier: string | null } | null {
  const m = v.lex.modality;
  let anaphor = false;
  for (let i = 0; i < v.lower.length; i++) if (matchAny(v, i, m.anaphors)) anaphor = true;
  if (!anaphor) return null;
  for (let i = 0; i < v.lower.length; i++) {
    if (m.denied.has(v.lower[i]) && !m.negated.has(v.lower[i - 1] ?? '')) return { denier: denierOf(v, i) };
  }
  return null;
}

const SANCTIONED_VERBS = new Set(['dikenai', 'dijatuhi', 'dikenakan', 'terkena']);
const LIST_COPULAS = new Set(['adalah', 'ialah', 'yakni', 'yaitu', 'termasuk', 'meliputi', ':']);

/**
 * "(Di antara) perusahaan yang dikenai sanksi adalah A, B serta C": the members listed
 * are sanctioned by whoever imposed the sanctions last named.
 */
function sanctionedList(v: SentenceView, state: DocState): Array<{ subject: Arg; object: string; at: number }> {
  const out: Array<{ subject: Arg; object: string; at: number }> = [];
  const imposers = state.lastAgent.get('SANCTIONS') ?? [];
  if (imposers.length === 0) return out;
  for (let i = 1; i < v.lower.length; i++) {
    if (!SANCTIONED_VERBS.has(v.lower[i]) || v.lower[i - 1] !== 'yang' || !classAt(v, i + 1, 'sanction')) continue;
    let k = i + 2;
    while (k < v.lower.length && !LIST_COPULAS.has(v.lower[k]) && !matchAny(v, k, v.lex.listOpeners) && isFiller(v, k)) k++;
    const opener = LIST_COPULAS.has(v.lower[k]) ? 1 : matchAny(v, k, v.lex.listOpeners);
    if (!opener) continue;
    for (const slot of listedAfter(v, k + opener)) {
      for (const id of slot.entityIds) for (const s of imposers) out.push({ subject: s, object: id, at: i });
    }
  }
  return out;
}

/** Service branches under their armed forces (world knowledge: organizations.json roles). */
const BRANCH_ROLES = new Set(['army', 'navy', 'air-force']);

/**
 * "TNI Angkatan Udara", "Kementerian Luar Negeri" (of a known country): a state body of the
 * gazetteer belongs to its country (a service branch to that country's armed forces) when
 * the document names them and says nothing else about it — once, where the body is first named.
 */
function knownMemberships(
  v: SentenceView,
  state: DocState,
  gazetteer: ReturnType<typeof loadGazetteer>,
  typeOf: Map<string, EntityType>,
  sentenceFacts: ExtractedFact[],
  earlier: ExtractedFact[],
): ExtractedFact[] {
  const out: ExtractedFact[] = [];
  const stated = (id: string) => [...earlier, ...sentenceFacts, ...out].some((f) => f.subject === id && f.predicate === 'PART_OF');
  for (const slot of v.slots) {
    const id = slot.entityIds[0];
    if (slot.coref || slot.types[0] !== 'Organization') continue;
    const g = gazetteer.entities.get(id);
    if (!g?.roles?.length || !g.country || stated(id)) continue;
    const countryId = gazetteer.countryByCode.get(g.country);
    let parent = countryId && state.known.has(countryId) ? countryId : undefined;
    if (g.roles.some((r) => BRANCH_ROLES.has(r))) {
      const forces = [...state.known].find((k) => k !== id && gazetteer.entities.get(k)?.country === g.country && gazetteer.entities.get(k)?.roles?.includes('armed-forces'));
      parent = forces ?? parent;
    }
    if (!parent || typeOf.get(parent) === undefined) continue;
    out.push({
      subject: id,
      predicate: 'PART_OF',
      object: parent,
      modality: 'asserted',
      evidence: { start: v.sentence.start, end: v.sentence.end, text: v.sentence.text },
      confidence: 0.55,
    });
  }
  return out;
}

/** A fact stated by a construction other than a frame (exercise participation), with its qualifiers. */
function eventFact(
  v: SentenceView,
  state: DocState,
  subject: string,
  predicate: Predicate,
  object: string,
  at: number,
  attributedTo: string | null,
  timeOf: () => string | undefined,
  typeOf: Map<string, EntityType>,
): ExtractedFact | null {
  const st = typeOf.get(subject);
  const ot = typeOf.get(object);
  if (!st || !ot || subject === object || !state.typeOk(predicate, st, ot)) return null;
  const { modality, deniedAt } = modalityOf(v, { subject: null, trigger: at });
  const source = modality === 'denied' && deniedAt >= 0 ? (denierOf(v, deniedAt) ?? attributedTo) : attributedTo;
  const time = timeOf();
  return {
    subject,
    predicate,
    object,
    ...(time ? { time } : {}),
    modality,
    ...(who(state, source) ? { attributedTo: source as string } : {}),
    evidence: { start: v.sentence.start, end: v.sentence.end, text: v.sentence.text },
    confidence: 0.6,
  };
}

/** A noun-phrase relation as a fact, when both ends are entities of the document of the right types. */
function relationFact(r: RelationFact, v: SentenceView, state: DocState, typeOf: Map<string, EntityType>): ExtractedFact | null {
  if (!r.object || !state.known.has(r.subject) || !state.known.has(r.object) || r.subject === r.object) return null;
  const st = typeOf.get(r.subject);
  const ot = typeOf.get(r.object);
  if (!st || !ot || !state.typeOk(r.predicate, st, ot)) return null;
  const { sentence } = v;
  return {
    subject: r.subject,
    predicate: r.predicate,
    object: r.object,
    ...(r.role ? { role: r.role } : {}),
    modality: 'asserted' as Modality,
    evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
    confidence: r.confidence,
  };
}

function canonical(f: ExtractedFact): ExtractedFact {
  if (SYMMETRIC_PREDICATES.has(f.predicate) && f.object < f.subject) return { ...f, subject: f.object, object: f.subject };
  return f;
}

/** Extract the facts of one document. Deterministic: same input → same output, same order. */
export function extractFacts(doc: DocumentContext, entities: EntityResult): ExtractedFact[] {
  const lex = loadLexicon();
  const known = new Set(entities.entities.map((e) => e.id));
  const state: DocState = {
    lex,
    known,
    typeOk: (p, s, o) => {
      const t = lex.argumentTypes.get(p);
      return !t || (t[0].has(s) && t[1].has(o));
    },
    lastTroopSender: null,
    lastAgent: new Map(),
    lastAnyAgent: null,
    attacks: [],
    lastRecipients: [],
    exercise: null,
    troopTarget: null,
    exerciseHolders: [],
    homeOf: (id) => homeOf(id),
    // a military body holding an exercise stands for its country when criticised ("Militer China" → China)
    holderArgs: (ids) =>
      [...new Set(ids.map((id) => {
        const country = typeOf.get(id) === 'Organization' ? gazetteer.countryByCode.get(homeOf(id) ?? '') : undefined;
        return country && known.has(country) ? country : id;
      }))].flatMap((id) => (typeOf.has(id) ? [{ id, type: typeOf.get(id) as EntityType, coref: false }] : [])),
  };
  const bySentence = new Map<number, EntityMention[]>();
  for (const m of entities.mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const times = new TimeIndex(doc);
  const aliases = countryAliases(entities.entities);
  const gazetteer = loadGazetteer();
  const positions: PositionContext = {
    knownScope: new Map(),
    bodyByHead: new Map(),
    homeCountry: (entityId) => {
      const code = gazetteer.entities.get(entityId)?.country;
      const id = code ? gazetteer.countryByCode.get(code) : undefined;
      return id && known.has(id) ? id : undefined;
    },
  };
  const typeOf = new Map(entities.entities.map((e) => [e.id, e.type]));
  // the country an entity belongs to: a country itself, a body or place by the gazetteer, else by
  // what the document says it lies in or is part of ("Situbondo, Jawa Timur", "Angkatan Laut Rusia")
  const container = new Map<string, string>();
  const homeOf = (id: string): string | undefined => {
    let at: string | undefined = id;
    for (let hop = 0; at && hop < 4; hop++) {
      const code = gazetteer.entities.get(at)?.country;
      if (code) return code;
      at = container.get(at);
    }
    return undefined;
  };
  const speakers = new SpeakerTracker(doc.text, (id) => who(state, id));
  const out: ExtractedFact[] = [];
  let previousFacts: ExtractedFact[] = [];

  for (const sentence of doc.sentences) {
    const v = buildView(sentence, bySentence.get(sentence.index) ?? [], lex);
    const cues: AttributionCue[] = sentenceCues(v);
    const newParagraph = sentence.index > 0 && doc.text.slice(doc.sentences[sentence.index - 1].end, sentence.start).includes('\n');
    speakers.enter(sentence, newParagraph);
    let countsCache: ReturnType<typeof sentenceCounts> | undefined;
    const counts = () => (countsCache ??= sentenceCounts(v));
    const sentenceFacts: ExtractedFact[] = [];

    // military exercises: participants not at home send forces to the exercise's place
    const exercise = exerciseParticipations(v, sentence.index, state.exercise);
    state.exercise = exercise.place;
    const placeId = state.exercise?.id;
    const exerciseNear = !!state.exercise && (mentionsExercise(v) || state.exercise.sentence >= sentence.index - 1);
    const placeType = placeId ? typeOf.get(placeId) : undefined;
    state.troopTarget = exerciseNear && placeId && placeType ? { id: placeId, type: placeType, coref: false } : null;
    state.exerciseHolders = state.holderArgs(state.exercise?.holders ?? []);

    let prevObject: ArgGroup | null = null;
    for (const found of matchFrames(v)) {
      let c = found;
      // "…, termasuk menyediakan senjata": an elaboration shares the previous object
      if (!c.object && prevObject && lex.parentheticalOpeners.has(v.lower[c.trigger - 1] ?? '')) {
        c = { ...c, object: prevObject, cues: [...c.cues, 'elaboration'] };
      }
      if (c.object) prevObject = c.object;
      const offset = sentence.tokens[c.trigger].start;
      const made = factsFromCandidate(
        v,
        c,
        state,
        speakers.speakerFor(cues, c.trigger),
        counts,
        () => times.timeFor(sentence.index, offset),
        new Set(sentenceFacts.map((f) => f.predicate)),
      );
      sentenceFacts.push(...made);
    }
    for (const r of [...holdsPosition(v, positions), ...ledBy(v), ...listedAllies(v), ...partOfAndLocatedIn(v, aliases, positions.homeCountry)]) {
      const f = relationFact(r, v, state, typeOf);
      if (f) sentenceFacts.push(f);
    }
    for (const f of sentenceFacts) if ((f.predicate === 'LOCATED_IN' || f.predicate === 'PART_OF') && !container.has(f.subject)) container.set(f.subject, f.object);
    for (const p of exercise.found) {
      // troops at home are not sent anywhere
      // (a place of unknown country lies in the country of whoever holds the exercise)
      const home = homeOf(p.participant);
      const placeHome = homeOf(p.place) ?? (state.exercise?.host ? homeOf(state.exercise.host) : undefined);
      if (home && home === placeHome) continue;
      const f = eventFact(v, state, p.participant, 'SENDS_TROOPS_TO', p.place, p.at, speakers.speakerFor(cues, p.at), () => times.timeFor(sentence.index, sentence.tokens[p.at].start), typeOf);
      if (f) sentenceFacts.push(f);
    }
    // "Namun, hal ini dibantah X." turns the previous sentence's claims into denials
    if (sentenceFacts.length === 0) {
      const denial = denialOfPrevious(v);
      if (denial) {
        for (const f of previousFacts) {
          if (f.predicate === 'HOLDS_POSITION' || f.predicate === 'PART_OF' || f.predicate === 'LOCATED_IN') continue;
          f.modality = 'denied';
          if (who(state, denial.denier)) f.attributedTo = denial.denier as string;
        }
      }
    }
    for (const slot of v.slots) {
      if (slot.types[0] === 'Organization' && !slot.coref && slot.tokenEnd - slot.tokenStart > 1) positions.bodyByHead?.set(v.lower[slot.tokenStart], slot.entityIds[0]);
    }
    for (const x of sanctionedList(v, state)) {
      const f = eventFact(v, state, x.subject.id, 'SANCTIONS', x.object, x.at, speakers.speakerFor(cues, x.at), () => times.timeFor(sentence.index, sentence.tokens[x.at].start), typeOf);
      if (f) sentenceFacts.push(f);
    }
    sentenceFacts.push(...knownMemberships(v, state, gazetteer, typeOf, sentenceFacts, out));
    speakers.leave(cues, sentenceFacts);
    out.push(...sentenceFacts);
    previousFacts = sentenceFacts;
  }
  return dedupe(out.map(canonical));
}

/** One fact per (subject, predicate, object, sentence), the most confident; stable order. */
function dedupe(facts: ExtractedFact[]): ExtractedFact[] {
  const best = new Map<string, ExtractedFact>();
  for (const f of facts) {
    const key = `${f.subject}|${f.predicate}|${f.object}|${f.evidence.start}`;
    const prev = best.get(key);
    if (!prev || f.confidence > prev.confidence) best.set(key, f);
  }
  return [...best.values()].sort(
    (a, b) =>
      a.evidence.start - b.evidence.start ||
      a.predicate.localeCompare(b.predicate) ||
      a.subject.localeCompare(b.subject) ||
      a.object.localeCompare(b.object),
  );
}
