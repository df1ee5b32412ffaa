// Matching trigger words against the predicate frames of predicates.json and
// assembling their arguments: active and passive verbs, nominalisations with
// possessors, light-verb constructions and ellipsis of the object noun.
import { SYMMETRIC_PREDICATES, type Predicate } from '../types';
import {
  clauseEnd,
  clauseStart,
  clauseSubject,
  coordinateRight,
  directObject,
  findClass,
  governor,
  nearestLeft,
  npSlot,
  objectAfter,
  type ArgGroup,
  type ObjectHit,
} from './args';
import { exerciseNameAt } from './exercises';
import type { Frame } from './lexicon';
import { classAt, isBoundary, isFiller, isVerb, matchAt, type SentenceView } from './view';

/** How an argument was found; drives confidence. */
export type Cue =
  | 'direct'
  | 'prep'
  | 'possessor'
  | 'clause-subject'
  | 'fallback-subject'
  | 'passive-agent'
  | 'theme-possessor'
  | 'ellipsis'
  | 'pair'
  | 'relative-place'
  | 'host'
  | 'elaboration'
  | 'anaphor';

export interface Candidate {
  predicate: Predicate;
  frame: Frame;
  /** trigger token range */
  trigger: number;
  triggerEnd: number;
  subject: ArgGroup | null;
  object: ArgGroup | null;
  /** the subject is "the troops mentioned before" (pasukan tersebut): resolved from discourse */
  subjectAnaphor: boolean;
  /** the object is "the event mentioned before" (mengecam serangan tersebut): the agent of the last such event */
  /** the object is the agent of an earlier event: of this predicate, or of the latest event ('any': "tindakan tersebut") */
  objectEvent?: Predicate | 'any' | 'exercise';
  /** the place or target named with an agentless event noun ("serangan di Sumy"): whoever attacked it */
  objectEventTarget?: ArgGroup;
  /** the name of a criticised exercise ("latihan Super Garuda Shield"): its holders, not the latest exercise's */
  objectEventName?: string;
  /** the preposition that introduced the object, if any ("antara X dan Y" names all parties) */
  objectPrep?: string;
  /** index of the required class noun (troop, weapon…), -1 if none */
  classIndex: number;
  cues: Cue[];
}

function triggerLength(v: SentenceView, i: number, frame: Frame): number {
  const m = v.morph[i];
  // headlines drop verb prefixes: "Israel Serang Rafah", "Inggris Kirim Pasukan ke Estonia"
  const headlineVerb = m.voice === 'base' && frame.pos === 'verb' && frame.voices.includes('active') && v.headline;
  if (!frame.voices.includes(m.voice) && !headlineVerb) return 0;
  if (frame.onlyAfter && !frame.onlyAfter.includes(v.lower[i - 1] ?? '')) return 0;
  if (m.suffixes.some((x) => frame.excludeSuffixes.includes(x))) return 0;
  for (const f of frame.forms) if (matchAt(v, i, f)) return f.length;
  if (frame.roots.includes(m.root)) return 1;
  return 0;
}

/** Nearest noun of the class to the left of i, within the clause. */
function classLeft(v: SentenceView, i: number, cls: string, max = 12): number {
  const floor = clauseStart(v, i, max);
  for (let j = i - 1; j >= floor; j--) {
    if (v.lower[j] === ',') return -1;
    if (classAt(v, j, cls)) return j;
  }
  return -1;
}

function classLength(v: SentenceView, i: number, cls: string): number {
  return classAt(v, i, cls) || 1;
}

/** Is the noun phrase of the class noun at i marked as known (tersebut/itu/ini)? */
function demonstrativeAfter(v: SentenceView, i: number): boolean {
  for (let j = i + 1; j < Math.min(v.lower.length, i + 4); j++) {
    if (v.lex.demonstratives.has(v.lower[j])) return true;
    if (!isFiller(v, j)) return false;
  }
  return false;
}

/** Is the word before the noun (across ≤2 noun words) a light verb, copula or "dalam"? */
function governedByLightVerb(v: SentenceView, i: number): boolean {
  return governorIndex(v, i) >= 0;
}

/** The light verb, copula or "dalam" governing the noun at i (across ≤2 noun words), or -1. */
function governorIndex(v: SentenceView, i: number): number {
  for (let j = i - 1, skipped = 0; j >= 0 && skipped <= 2; j--, skipped++) {
    const w = v.lower[j];
    // (a nominalised light verb, "persetujuan penjualan …", has no subject of its own)
    if (v.lex.lightVerbRoots.has(v.morph[j].root) && v.morph[j].prefixes.length + v.morph[j].suffixes.length > 0 && v.morph[j].voice !== 'nominal') return j;
    if (v.lex.copulas.has(w) || w === 'dalam') return j;
    if (w === 'dari' && v.lex.returnVerbs.has(v.lower[j - 1] ?? '')) return j; // kembali dari kunjungan
    if (!isFiller(v, j)) return -1;
  }
  return -1;
}

function copulaBefore(v: SentenceView, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (v.lex.copulas.has(v.lower[j]) || v.morph[j].prefixes[0] === 'ber') return true;
    if (v.lower[j] === ',' && v.slotAt[j - 1]) return true; // apposition: "X, sekutu Y"
    if (!isFiller(v, j) && v.lower[j] !== 'telah' && v.lower[j] !== 'sudah' && v.lower[j] !== 'lama') return false;
  }
  return false;
}

/** Does a noun of the class stand right before i (across entities and noun words)? */
function afterClass(v: SentenceView, i: number, cls: string): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    if (classAt(v, j, cls)) return true;
    if (!v.slotAt[j] && !isFiller(v, j)) return false;
  }
  return false;
}

/** "bertempur (bersama) melawan": the preposition-like verb follows a trigger of its own predicate, which owns the clause. */
function afterSamePredicate(v: SentenceView, i: number, frame: Frame): boolean {
  let j = i - 1;
  if (v.lower[j] === 'bersama' || v.lower[j] === 'langsung') j--;
  if (j < 0) return false;
  return v.lex.frames.some((f) => f !== frame && f.predicate === frame.predicate && triggerLength(v, j, f) > 0);
}

/** "N tempat X V": the place N is the location argument of V. */
function relativePlace(v: SentenceView, subject: ArgGroup | null, trigger: number): ArgGroup | null {
  const from = subject ? subject.start : trigger;
  for (let j = from - 1, skipped = 0; j >= 0 && skipped <= 2; j--, skipped++) {
    if (v.lex.relativeHeads.has(v.lower[j])) {
      for (let k = j - 1, s2 = 0; k >= 0 && s2 <= 3; k--, s2++) {
        const slot = v.slotAt[k];
        if (slot) return { slots: [slot], start: slot.tokenStart, end: slot.tokenEnd };
        if (!isFiller(v, k) && v.lower[k] !== ',') return null;
      }
      return null;
    }
    if (!isFiller(v, j)) return null;
  }
  return null;
}

/** "pembatasan yang (telah) diberlakukan (oleh) X": the agent of a passive relative clause on a common noun. */
function deedAgent(v: SentenceView, at: number): ArgGroup | null {
  let i = at;
  for (let n = 0; n < 3 && isFiller(v, i) && v.lower[i] !== 'yang'; n++) i++;
  if (i === at || v.lower[i] !== 'yang') return null;
  i++;
  while (v.lower[i] === 'telah' || v.lower[i] === 'sudah' || v.lower[i] === 'sedang') i++;
  if (v.morph[i]?.prefixes[0] !== 'di' || !isVerb(v, i)) return null;
  i++;
  if (v.lower[i] === 'oleh') i++;
  return bareAgent(v, i);
}

/** words after an agentless attack noun: "serangan di Sumy", "serangan terhadap warga sipil", "serangan itu." */
const LOOSE_EVENT_END = new Set(['di', 'ke', 'terhadap', 'atas', 'pada', '.', ',', 'yang', 'sebagai']);

/** Index of a military exercise noun right after a verb (across an adverb or noun word), or -1. */
function exerciseAfter(v: SentenceView, at: number): number {
  for (let j = at; j < Math.min(v.lower.length, at + 3); j++) {
    if (classAt(v, j, 'exercise')) return j;
    if (!isFiller(v, j)) return -1;
  }
  return -1;
}

/** "tindakan tersebut", "langkah itu": a general action noun with a demonstrative right after the verb. */
function actionAnaphor(v: SentenceView, at: number): boolean {
  return v.lex.actionNouns.has(v.lower[at] ?? '') && v.lex.demonstratives.has(v.lower[at + 1] ?? '');
}

/**
 * "serangan tersebut", "invasi itu": an event noun with a demonstrative names an earlier event;
 * so does a bare one that names no agent when `loose` ("mengecam serangan di Sumy").
 */
function eventAnaphor(v: SentenceView, at: number, loose = false): Predicate | undefined {
  for (let j = at; j < Math.min(v.lower.length, at + 2); j++) {
    const m = v.morph[j];
    const frame = v.lex.frames.find((f) => f.pos === 'noun' && f.voices.includes(m.voice) && (f.roots.includes(m.root) || f.forms.some((form) => form.length === 1 && form[0] === v.lower[j])));
    if (frame) {
      for (let k = j + 1; k < Math.min(v.lower.length, j + 3); k++) {
        if (v.lex.demonstratives.has(v.lower[k])) return frame.predicate;
        if (loose && frame.predicate === 'ATTACKS' && LOOSE_EVENT_END.has(v.lower[k])) return frame.predicate;
        if (!isFiller(v, k)) return undefined;
      }
      return undefined;
    }
    if (!isFiller(v, j)) return undefined;
  }
  return undefined;
}

/** "X berkunjung ke Y untuk menandatangani perjanjian": the host Y is the partner of a purpose clause. */
function purposeHost(v: SentenceView, subject: ArgGroup, trigger: number): ArgGroup | null {
  const purpose = v.lex.modality.purposeMarkers;
  if (!purpose.has(v.lower[trigger - 1] ?? '') && !purpose.has(v.lower[trigger - 2] ?? '')) return null;
  for (let j = trigger - 1; j >= subject.end; j--) {
    const slot = v.slotAt[j];
    if (!slot) continue;
    const g = governor(v, slot);
    return g === 'ke' || g === 'di' || g === 'dengan' ? { slots: [slot], start: slot.tokenStart, end: slot.tokenEnd } : null;
  }
  return null;
}

function classJustBefore(v: SentenceView, at: number, cls: string): boolean {
  for (let j = at - 1, skipped = 0; j >= 0 && skipped <= 2; j--, skipped++) {
    if (classAt(v, j, cls)) return true;
    if (!isFiller(v, j)) return false;
  }
  return false;
}

/**
 * "Pengiriman senjata dari Washington akan membantu Taiwan": a clause whose subject is a
 * nominalised deed "from" X (peN-an … dari X, right before the verb) has X as its agent.
 */
function eventSource(v: SentenceView, i: number): ArgGroup | null {
  let k = i - 1;
  while (k >= 0 && AUXILIARY.has(v.lower[k])) k--;
  const slot = v.slotAt[k];
  if (!slot || slot.tokenEnd !== k + 1) return null;
  let j = slot.tokenStart - 1;
  if (v.lower[j] !== 'dari') return null;
  for (j--; j >= 0 && isFiller(v, j); j--) {
    const m = v.morph[j];
    if (m.voice === 'nominal' && m.prefixes[0] === 'peN') return { slots: [slot], start: slot.tokenStart, end: slot.tokenEnd };
  }
  return null;
}
const AUXILIARY = new Set(['akan', 'telah', 'sudah', 'dapat', 'bisa', 'juga', 'masih', 'terus', 'diharapkan']);

function bareAgent(v: SentenceView, at: number): ArgGroup | null {
  const slot = v.slotAt[at];
  return slot && slot.tokenStart === at ? coordinateRight(v, slot) : null;
}

function verbal(v: SentenceView, i: number, end: number, frame: Frame): Candidate | null {
  const voice = v.morph[i].voice;
  const passive = voice === 'passive';
  const cues: Cue[] = [];
  if (frame.excludeIfLeft.some((cls) => classLeft(v, i, cls, 6) >= 0)) return null;
  if (frame.notAfterClass && (afterClass(v, i, frame.notAfterClass) || afterSamePredicate(v, i, frame))) return null;
  // "jet tempur yang dibeli Indonesia dari Prancis": a passive purchase, the buyer after the verb
  if (passive && frame.supplierPreps.length > 0) return passivePurchase(v, i, end, frame);
  const themeOnLeft = frame.requiresSide === 'left' || (passive && frame.passive === 'theme');
  // "perjanjian yang ditandatangani X dan Y": the required noun is the passive patient
  const patientIsClass = passive && frame.passive === 'patient' && !!frame.requires;
  let classIndex = -1;
  if (frame.requires) {
    if (themeOnLeft || patientIsClass) {
      classIndex = classLeft(v, i, frame.requires);
      // "perlengkapan tersebut akan dikirim oleh X": weapons named before, by a generic noun with a demonstrative
      if (classIndex < 0 && themeOnLeft && frame.requires === 'weapon') {
        const generic = classLeft(v, i, 'equipmentAnaphor');
        if (generic >= 0 && demonstrativeAfter(v, generic)) {
          classIndex = generic;
          cues.push('anaphor');
        }
      }
    } else {
      classIndex = findClass(v, end, clauseEnd(v, end), frame.requires);
      if (classIndex < 0 && frame.objectPreps.includes(v.lower[end] ?? '')) {
        // "mulai merekrut pasukan … dan akan mengirim ke Rusia": the object noun is left out
        classIndex = classLeft(v, i, frame.requires);
        if (classIndex >= 0) cues.push('ellipsis');
      }
    }
    if (classIndex < 0) return null;
  }
  let subject: ArgGroup | null = null;
  let object: ArgGroup | null = null;
  let subjectAnaphor = false;
  let objectPrep: string | undefined;
  let objectEvent: Predicate | 'any' | 'exercise' | undefined;
  let objectEventTarget: ArgGroup | undefined;
  let objectEventName: string | undefined;
  if (themeOnLeft) {
    const oleh = objectAfter(v, end, ['oleh']);
    // "senjata itu diserahkan Prancis kepada X": the agent right after a passive verb
    const bare = passive && !oleh ? bareAgent(v, end) : null;
    if (oleh) {
      subject = oleh.group;
      cues.push('passive-agent');
    } else if (bare) {
      subject = bare;
      cues.push('passive-agent');
    } else if (classIndex >= 0) {
      const slot = npSlot(v, classIndex + classLength(v, classIndex, frame.requires as string), 3);
      if (slot && slot.tokenStart < i) {
        subject = coordinateRight(v, slot);
        cues.push('theme-possessor');
      } else if (demonstrativeAfter(v, classIndex)) {
        subjectAnaphor = true;
        cues.push('anaphor');
      }
    }
    if (!subject && !subjectAnaphor) return null;
    // "sanksi itu menyasar X": a theme on the left with a direct object
    object = frame.direct && !passive ? directObject(v, end, frame.directSkip ?? 4) : null;
    if (object) cues.push('direct');
    const hit = object ? null : objectAfter(v, end, frame.objectPreps);
    if (hit) {
      object = hit.group;
      cues.push('prep');
    }
  } else if (patientIsClass) {
    subject = bareAgent(v, end) ?? objectAfter(v, end, frame.agentPreps)?.group ?? null;
    if (subject) cues.push('passive-agent');
    object = objectAfter(v, subject ? subject.end : end, frame.objectPreps)?.group ?? null;
  } else if (passive && frame.passive === 'patient') {
    object = clauseSubject(v, i);
    subject = bareAgent(v, end);
    if (!subject) subject = objectAfter(v, end, frame.agentPreps)?.group ?? null;
    if (subject) cues.push('passive-agent');
  } else if (frame.supplierPreps.length > 0) {
    // "Indonesia membeli 42 jet tempur dari Prancis": the seller supplies the buyer
    const from = objectAfter(v, end, frame.supplierPreps, 14);
    if (!from) return null;
    subject = from.group;
    object = clauseSubject(v, i);
    objectPrep = from.prep;
    cues.push('prep', 'clause-subject');
  } else {
    subject = clauseSubject(v, i) ?? eventSource(v, i);
    if (subject) cues.push('clause-subject');
    // "unit militer X … tiba di Y" is troops arriving, not a visit
    const subj = subject;
    if (subj && frame.excludeIfLeft.some((cls) => classJustBefore(v, subj.start, cls))) return null;
    if (frame.direct) {
      object = directObject(v, end, frame.directSkip ?? (frame.requires ? 0 : 4));
      if (object) cues.push('direct');
      // "mengecam kerja sama militer antara Rusia dan Korea Utara": both parties of the thing criticised
      if (!object && (frame.predicate === 'CONDEMNS' || frame.predicate === 'ACCUSES')) {
        const between = objectAfter(v, end, ['antara'], 5);
        if (between && between.group.slots.length >= 2) {
          object = between.group;
          cues.push('prep');
        }
      }
    }
    if (!object) {
      const hit = objectAfter(v, end, frame.objectPreps, 14, frame.crossPurpose);
      object = hit?.group ?? null;
      objectPrep = hit?.prep;
      if (object) cues.push('prep');
    }
    if (!object) {
      object = relativePlace(v, subject, i);
      if (object) cues.push('relative-place');
    }
    if (!object && frame.direct) {
      // "mengecam (keras) latihan itu": whoever holds the exercise (not a training event)
      const exercise = frame.predicate === 'CONDEMNS' ? exerciseAfter(v, end) : -1;
      if (exercise >= 0) {
        objectEvent = 'exercise';
        objectEventName = exerciseNameAt(v, exercise);
      }
      else objectEvent = eventAnaphor(v, end, frame.predicate === 'CONDEMNS');
      if (objectEvent === 'ATTACKS') objectEventTarget = objectAfter(v, end, ['di', 'ke', 'terhadap', 'atas'], 5)?.group;
      // "memprotes tindakan tersebut": a reaction to whatever was last done
      if (!objectEvent && (frame.predicate === 'CONDEMNS' || frame.predicate === 'ACCUSES') && actionAnaphor(v, end)) objectEvent = 'any';
    }
    if (!object && !objectEvent && (frame.predicate === 'CONDEMNS' || frame.predicate === 'ACCUSES')) {
      // "mengkritik pembatasan yang diberlakukan Israel": the one who did the criticised deed
      object = deedAgent(v, end);
      if (object) cues.push('passive-agent');
      if (objectEvent) cues.push('anaphor');
    }
    if (!object && subject && SYMMETRIC_PREDICATES.has(frame.predicate) && subject.slots.length === 1) {
      object = purposeHost(v, subject, i);
      if (object) cues.push('host');
    }
  }
  return { predicate: frame.predicate, frame, trigger: i, triggerEnd: end, subject, object, objectPrep, objectEvent, objectEventTarget, objectEventName, subjectAnaphor, classIndex, cues };
}

function nominal(v: SentenceView, i: number, end: number, frame: Frame): Candidate | null {
  // "latihan perang", "kapal perang", "tempat pelatihan": the event noun only modifies
  if (v.lex.compoundHeads.has(v.lower[i - 1] ?? '')) return null;
  if (frame.needsCopula && !copulaBefore(v, i) && !governedByLightVerb(v, i)) return null;
  const cues: Cue[] = [];
  let classIndex = -1;
  let after = end;
  if (frame.requires) {
    classIndex = findClass(v, end, Math.min(end + 3, clauseEnd(v, end)), frame.requires);
    if (classIndex < 0) return null;
    after = classIndex + classLength(v, classIndex, frame.requires);
  }
  if (frame.supplierPreps.length > 0) return procurement(v, i, end, after, frame, classIndex);
  const possessed = v.morph[i].suffixes.includes('nya');
  const possSlot = possessed ? null : npSlot(v, after, 4);
  const possessor = possSlot ? coordinateRight(v, possSlot) : null;
  let subject: ArgGroup | null = null;
  let object: ArgGroup | null = null;
  if (possessor) {
    if (frame.possessor === 'subject') subject = possessor;
    else object = possessor;
    cues.push('possessor');
  }
  let objStart = possessor ? possessor.end : after;
  let objectPrep: string | undefined;
  if (!subject && frame.possessor === 'subject') {
    // "serangan yang dilancarkan X terhadap Y": the agent of a passive light verb in a relative clause
    if (v.lower[objStart] === 'yang' && v.morph[objStart + 1]?.prefixes[0] === 'di' && v.lex.lightVerbRoots.has(v.morph[objStart + 1].root)) {
      const agent = bareAgent(v, objStart + 2);
      if (agent) {
        subject = agent;
        objStart = agent.end;
        cues.push('passive-agent');
      }
    } else if (frame.sourcePreps.length > 0) {
      // "pengiriman senjata dari X ke Y": the source is the agent
      const src = objectAfter(v, objStart, frame.sourcePreps, 6);
      if (src && src.at <= objStart + 1) {
        subject = src.group;
        objStart = src.group.end;
        cues.push('passive-agent');
      }
    }
  }
  if (frame.possessor === 'object') {
    const agent = objectAfter(v, objStart, frame.agentPreps);
    if (agent) {
      subject = agent.group;
      cues.push('passive-agent');
    }
  } else {
    const hit = objectAfter(v, objStart, frame.objectPreps);
    if (hit) {
      object = hit.group;
      objectPrep = hit.prep;
      cues.push('prep');
    }
  }
  if (!subject && possessed) {
    // "sanksi terhadap Rusia atas invasinya": -nya is the nearest entity before
    subject = nearestLeft(v, i);
    if (subject) cues.push('fallback-subject');
  }
  if (!subject && governedByLightVerb(v, i)) {
    // the light verb's subject ("Jerman mengumumkan paket bantuan …"), found from the verb, since
    // the noun words between it and the trigger are the object, not a clause subject
    const gov = governorIndex(v, i);
    subject = clauseSubject(v, isVerb(v, gov) ? gov : i);
    if (subject) cues.push('fallback-subject');
  }
  if (!subject && frame.needsCopula && v.lower[i - 1] === ',' && v.slotAt[i - 2]) {
    // apposition "X, sekutu Y": X is the subject
    const head = v.slotAt[i - 2] as NonNullable<(typeof v.slotAt)[number]>;
    subject = { slots: [head], start: head.tokenStart, end: head.tokenEnd };
  }
  if (!object && frame.possessor === 'subject') {
    object = relativePlace(v, subject, i);
    if (object) cues.push('relative-place');
  }
  return { predicate: frame.predicate, frame, trigger: i, triggerEnd: end, subject, object, objectPrep, subjectAnaphor: false, classIndex, cues };
}

/**
 * "(X meneken kontrak) pembelian 48 jet tempur dari Y", "pengadaan kapal selam buatan Y",
 * "kontrak pengadaan … dengan Y": the seller Y supplies the buyer — the agent after "oleh",
 * else the subject of the verb the noun phrase is the object of.
 */
function procurement(v: SentenceView, i: number, end: number, after: number, frame: Frame, classIndex: number): Candidate | null {
  const cues: Cue[] = [];
  // the partner of a contract for the purchase is the seller: "kontrak pengadaan … dengan Y"
  const contract = agreementNounBefore(v, i);
  const sellerPreps = contract ? [...frame.supplierPreps, 'dengan'] : frame.supplierPreps;
  const seller = objectAfter(v, after, sellerPreps, 12, false, 5) ?? contractPartnerBefore(v, i);
  if (!seller) return null;
  cues.push('prep');
  let buyer = objectAfter(v, after, frame.agentPreps, 14)?.group ?? null;
  if (buyer) cues.push('passive-agent');
  else {
    const verb = verbBefore(v, contract >= 0 ? contract : i);
    buyer = clauseSubject(v, verb >= 0 ? verb : i);
    if (buyer) cues.push('clause-subject');
  }
  return { predicate: frame.predicate, frame, trigger: i, triggerEnd: end, subject: seller.group, object: buyer, objectPrep: seller.prep, subjectAnaphor: false, classIndex, cues };
}

/** "N jet tempur (yang) dibeli/dipesan (oleh) X dari Y": Y supplies X. */
function passivePurchase(v: SentenceView, i: number, end: number, frame: Frame): Candidate | null {
  const classIndex = frame.requires ? classLeft(v, i, frame.requires) : -1;
  if (frame.requires && classIndex < 0) return null;
  const buyer = bareAgent(v, end) ?? objectAfter(v, end, frame.agentPreps, 4)?.group ?? null;
  if (!buyer) return null;
  const seller = objectAfter(v, buyer.end, frame.supplierPreps, 8);
  if (!seller) return null;
  return { predicate: frame.predicate, frame, trigger: i, triggerEnd: end, subject: seller.group, object: buyer, objectPrep: seller.prep, subjectAnaphor: false, classIndex, cues: ['passive-agent', 'prep'] };
}

/** "kontrak dengan Y untuk pembelian …": the partner of a contract whose purpose is the purchase at i. */
function contractPartnerBefore(v: SentenceView, i: number): ObjectHit | null {
  const purpose = v.lex.modality.purposeMarkers.has(v.lower[i - 1] ?? '') ? i - 1 : -1;
  if (purpose < 0) return null;
  for (let j = purpose - 1; j >= Math.max(0, purpose - 8); j--) {
    if (v.lower[j] === 'dengan' && agreementNounBefore(v, j + 0) >= 0) {
      const hit = objectAfter(v, j, ['dengan'], purpose - j, false, 5);
      return hit && hit.group.end <= purpose ? hit : null;
    }
    if (isBoundary(v, j) && j !== purpose) return null;
  }
  return null;
}

/** Index of an agreement noun (kontrak, perjanjian) right before the noun at i, or -1. */
function agreementNounBefore(v: SentenceView, i: number): number {
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    if (classAt(v, j, 'agreement')) return j;
    if (!isFiller(v, j)) return -1;
  }
  return -1;
}

/** The verb whose object the noun phrase at i is (across ≤3 noun words), or -1. */
function verbBefore(v: SentenceView, i: number): number {
  for (let j = i - 1, skipped = 0; j >= 0 && skipped <= 3; j--, skipped++) {
    if (isVerb(v, j)) return j;
    if (!isFiller(v, j)) return -1;
  }
  return -1;
}

/** Frames indexed by root and by the first word of their forms, built once per lexicon. */
const frameIndex = new WeakMap<Frame[], { byRoot: Map<string, Frame[]>; byWord: Map<string, Frame[]> }>();
function candidatesFor(v: SentenceView, i: number): Frame[] {
  let idx = frameIndex.get(v.lex.frames);
  if (!idx) {
    idx = { byRoot: new Map(), byWord: new Map() };
    const add = (m: Map<string, Frame[]>, k: string, f: Frame) => {
      const list = m.get(k) ?? [];
      if (!list.includes(f)) list.push(f);
      m.set(k, list);
    };
    for (const f of v.lex.frames) {
      for (const r of f.roots) add(idx.byRoot, r, f);
      for (const form of f.forms) add(idx.byWord, form[0], f);
    }
    frameIndex.set(v.lex.frames, idx);
  }
  const a = idx.byRoot.get(v.morph[i].root) ?? [];
  const b = idx.byWord.get(v.lower[i]) ?? [];
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  // keep lexicon order so output order does not depend on the index
  return v.lex.frames.filter((f) => a.includes(f) || b.includes(f));
}

/** Every frame match in the sentence with its arguments (possibly incomplete). */
export function matchFrames(v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < v.lower.length; i++) {
    if (v.slotAt[i] || !/^\p{L}/u.test(v.lower[i])) continue;
    for (const frame of candidatesFor(v, i)) {
      const len = triggerLength(v, i, frame);
      if (!len) continue;
      const voice = v.morph[i].voice;
      const isNominal = frame.pos === 'noun' || voice === 'nominal';
      const c = isNominal ? nominal(v, i, i + len, frame) : verbal(v, i, i + len, frame);
      if (c) out.push(c);
    }
  }
  return out;
}
