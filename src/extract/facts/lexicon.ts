// Loading and validating the fact stage's data files (resources/lexicon/):
// predicates.json (trigger frames), function-words.json, modality.json,
// attribution.json. Errors name the file and the field and carry a stable code.
import { resourcePath } from '../../resources';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isEntityType, isPredicate, type EntityType, type Predicate } from '../types';
import type { Voice } from '../morphology';

export const LEXICON_DIR = resourcePath('lexicon');

export class FactLexiconError extends Error {
  constructor(
    public readonly code: 'FACT_LEXICON_MISSING' | 'FACT_LEXICON_INVALID',
    message: string,
    public readonly file: string,
  ) {
    super(`${code}: ${file}: ${message}`);
    this.name = 'FactLexiconError';
  }
}

/** How the arguments of a passive trigger map: `theme` — the left NP is what
 * is moved (troops, weapons) and its possessor is the agent; `patient` — the
 * left NP is the object of the active counterpart. */
export type PassiveMapping = 'theme' | 'patient';

export interface Frame {
  id: string;
  predicate: Predicate;
  /** noun frames always read their trigger as a noun phrase head; verb frames
   * do so only for nominalised forms (pengiriman, penandatanganan) */
  pos: 'verb' | 'noun';
  /** morphological roots (matched on the analysed root) */
  roots: string[];
  /** surface forms, possibly multi-word, lower case (matched on tokens) */
  forms: string[][];
  voices: Voice[];
  /** a noun class that must occur in the trigger's complement */
  requires?: string;
  /** where the required noun is: right (complement, default) or left (subject NP) */
  requiresSide: 'right' | 'left';
  objectPreps: string[];
  direct: boolean;
  passive: PassiveMapping;
  /** for nominal triggers: whether the possessor after the noun is the subject or the object */
  possessor: 'subject' | 'object';
  agentPreps: string[];
  needsCopula: boolean;
  notAfterClass?: string;
  /** noun classes that, standing left of the trigger, make it some other event (troops or weapons arriving is no visit) */
  excludeIfLeft: string[];
  /** how many noun words a direct object may follow (default: 0 with a required noun, else 4) */
  directSkip?: number;
  /** the object may be found past a purpose marker ("mengirim prajurit untuk berlatih di X") */
  crossPurpose: boolean;
  /** the trigger counts only right after one of these words ("saling tuding") */
  onlyAfter?: string[];
  /** prepositions introducing the source of a transfer noun ("pengiriman senjata dari X ke Y") */
  sourcePreps: string[];
  /** inverted roles (membeli X dari Y): the entity after one of these is the subject, the clause subject the object */
  supplierPreps: string[];
  /** derivational suffixes that change the meaning (menemukan "find" vs menemui "meet") */
  excludeSuffixes: string[];
  /** only a place away from the subject's own country counts ("menghadiri KTT di X" is a visit abroad) */
  awayOnly: boolean;
  /** both arguments must be people ("Prabowo menerima Wang Yi" is a meeting, "menerima usulan Mesir" is not) */
  personsOnly: boolean;
}

export interface Lexicon {
  frames: Frame[];
  /** class name → phrases, each tokenised lower case, longest first */
  nounClasses: Map<string, string[][]>;
  lightVerbRoots: Set<string>;
  argumentTypes: Map<Predicate, [Set<EntityType>, Set<EntityType>]>;
  prepositions: Set<string>;
  clauseBoundaries: Set<string>;
  coordinators: Set<string>;
  copulas: Set<string>;
  parentheticalOpeners: Set<string>;
  demonstratives: Set<string>;
  nonVerbs: Set<string>;
  relativeHeads: Set<string>;
  opaqueNpWords: Set<string>;
  /** nouns that take an event noun as modifier (latihan perang) */
  compoundHeads: Set<string>;
  /** verbs whose object starts a new clause (mengatakan, meminta, melihat) */
  complementVerbRoots: Set<string>;
  /** first words of state bodies (Kementerian, Badan, Angkatan) */
  stateBodyHeads: Set<string>;
  /** time nouns that take a demonstrative (tahun ini) */
  timeNouns: Set<string>;
  /** verbs of returning: "kembali dari kunjungan" keeps the visitor as subject */
  returnVerbs: Set<string>;
  /** capitalised words that still stand for the country after them (Pemerintah Israel) */
  countryStandIns: Set<string>;
  /** heads of water-body names (Laut, Selat): named after a country but not in it */
  waterHeads: Set<string>;
  /** go-between nouns: "X menjadi mediator perundingan" makes X no party to the talks */
  mediatorNouns: string[][];
  /** words opening the member list of a class noun: "tiga negara, yakni A, B dan C" */
  listOpeners: string[][];
  /** "wilayah AS Guam": a territory noun before a country and its place */
  territoryNouns: string[][];
  /** "sekutu", "mitra strategis": nouns whose list of members are allies of the possessor */
  allyNouns: Set<string>;
  /** general action nouns: "memprotes tindakan tersebut" reacts to the latest event */
  actionNouns: Set<string>;
  /** verbs of holding (menggelar) and joining (mengikuti, diikuti, melibatkan) a military exercise */
  exercises: { hostVerbRoots: Set<string>; joinVerbRoots: Set<string>; participantNouns: string[][] };
  modality: {
    planned: Set<string>;
    possible: Set<string>;
    denied: Set<string>;
    negated: Set<string>;
    purposeMarkers: Set<string>;
    anaphors: string[][];
  };
  attribution: {
    postposed: Set<string>;
    prepositional: string[][];
    outlet: string[][];
    verbRoots: Set<string>;
    verbVoices: Set<Voice>;
  };
  /** every root a frame, light verb or reporting verb names (settles stemming) */
  roots: Set<string>;
}

const VOICES: ReadonlySet<string> = new Set(['active', 'passive', 'intransitive', 'nominal', 'base']);

function readJson(name: string, dir: string): { file: string; data: Record<string, unknown> } {
  const file = resolve(dir, name);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    throw new FactLexiconError('FACT_LEXICON_MISSING', `cannot read (${(err as Error).message})`, file);
  }
  try {
    return { file, data: JSON.parse(raw) as Record<string, unknown> };
  } catch (err) {
    throw new FactLexiconError('FACT_LEXICON_INVALID', `not valid JSON (${(err as Error).message})`, file);
  }
}

function strings(v: unknown, file: string, field: string, allowEmpty = false): string[] {
  if (!Array.isArray(v) || (!allowEmpty && v.length === 0) || v.some((s) => typeof s !== 'string' || s.trim() === '')) {
    throw new FactLexiconError('FACT_LEXICON_INVALID', `${field} must be an array of non-empty strings`, file);
  }
  return (v as string[]).map((s) => s.toLowerCase());
}

/** Split a phrase into lower-case word tokens the way articles are tokenised (punctuation apart). */
export function phraseTokens(phrase: string): string[] {
  return phrase.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];
}

function phrases(list: string[]): string[][] {
  return list.map(phraseTokens).sort((a, b) => b.length - a.length);
}

export function parseFrames(data: Record<string, unknown>, file: string): Pick<Lexicon, 'frames' | 'nounClasses' | 'lightVerbRoots' | 'argumentTypes'> {
  const classesRaw = data.nounClasses as Record<string, unknown> | undefined;
  if (!classesRaw || typeof classesRaw !== 'object') {
    throw new FactLexiconError('FACT_LEXICON_INVALID', 'nounClasses must be an object', file);
  }
  const nounClasses = new Map<string, string[][]>();
  for (const [k, v] of Object.entries(classesRaw)) nounClasses.set(k, phrases(strings(v, file, `nounClasses.${k}`)));
  const frameList = data.frames;
  if (!Array.isArray(frameList)) throw new FactLexiconError('FACT_LEXICON_INVALID', 'frames must be an array', file);
  const frames = frameList.map((f: Record<string, unknown>, i: number): Frame => {
    const field = `frames[${i}]${typeof f?.id === 'string' ? ` (${f.id})` : ''}`;
    if (!isPredicate(f?.predicate)) throw new FactLexiconError('FACT_LEXICON_INVALID', `${field}.predicate is not an ontology predicate`, file);
    const roots = f.roots === undefined ? [] : strings(f.roots, file, `${field}.roots`);
    const forms = f.forms === undefined ? [] : phrases(strings(f.forms, file, `${field}.forms`));
    if (roots.length === 0 && forms.length === 0) throw new FactLexiconError('FACT_LEXICON_INVALID', `${field} needs roots or forms`, file);
    const voices = strings(f.voices, file, `${field}.voices`);
    if (voices.some((v) => !VOICES.has(v))) throw new FactLexiconError('FACT_LEXICON_INVALID', `${field}.voices has an unknown voice`, file);
    const excludeIfLeft = f.excludeIfLeft === undefined ? [] : typeof f.excludeIfLeft === 'string' ? [f.excludeIfLeft] : f.excludeIfLeft;
    if (!Array.isArray(excludeIfLeft)) throw new FactLexiconError('FACT_LEXICON_INVALID', `${field}.excludeIfLeft must be a class name or a list of them`, file);
    for (const cls of [f.requires, f.notAfterClass, ...excludeIfLeft]) {
      if (cls !== undefined && (typeof cls !== 'string' || !nounClasses.has(cls))) {
        throw new FactLexiconError('FACT_LEXICON_INVALID', `${field} names an unknown noun class "${String(cls)}"`, file);
      }
    }
    return {
      id: typeof f.id === 'string' ? f.id : `frame-${i}`,
      predicate: f.predicate,
      pos: f.pos === 'noun' ? 'noun' : 'verb',
      roots,
      forms,
      voices: voices as Voice[],
      requires: f.requires as string | undefined,
      requiresSide: f.requiresSide === 'left' ? 'left' : 'right',
      objectPreps: f.objectPreps === undefined ? [] : strings(f.objectPreps, file, `${field}.objectPreps`, true),
      direct: f.direct === true,
      passive: f.passive === 'theme' ? 'theme' : 'patient',
      possessor: f.possessor === 'object' ? 'object' : 'subject',
      agentPreps: f.agentPreps === undefined ? ['oleh'] : strings(f.agentPreps, file, `${field}.agentPreps`),
      needsCopula: f.needsCopula === true,
      notAfterClass: f.notAfterClass as string | undefined,
      excludeIfLeft: excludeIfLeft as string[],
      directSkip: typeof f.directSkip === 'number' ? f.directSkip : undefined,
      crossPurpose: f.crossPurpose === true,
      onlyAfter: f.onlyAfter === undefined ? undefined : strings(f.onlyAfter, file, `${field}.onlyAfter`),
      sourcePreps: f.sourcePreps === undefined ? [] : strings(f.sourcePreps, file, `${field}.sourcePreps`),
      supplierPreps: f.supplierPreps === undefined ? [] : strings(f.supplierPreps, file, `${field}.supplierPreps`),
      excludeSuffixes: f.excludeSuffixes === undefined ? [] : strings(f.excludeSuffixes, file, `${field}.excludeSuffixes`),
      awayOnly: f.awayOnly === true,
      personsOnly: f.personsOnly === true,
    };
  });
  const lv = data.lightVerbs as { roots?: unknown } | undefined;
  const lightVerbRoots = new Set(strings(lv?.roots, file, 'lightVerbs.roots'));
  const argumentTypes = new Map<Predicate, [Set<EntityType>, Set<EntityType>]>();
  const at = (data.argumentTypes ?? {}) as Record<string, unknown>;
  for (const [p, v] of Object.entries(at)) {
    if (p === 'why') continue;
    if (!isPredicate(p) || !Array.isArray(v) || v.length !== 2) {
      throw new FactLexiconError('FACT_LEXICON_INVALID', `argumentTypes.${p} must be [subjectTypes, objectTypes] of a known predicate`, file);
    }
    const sets = v.map((list, j) => {
      if (!Array.isArray(list) || list.some((t) => !isEntityType(t))) {
        throw new FactLexiconError('FACT_LEXICON_INVALID', `argumentTypes.${p}[${j}] has an unknown entity type`, file);
      }
      return new Set(list as EntityType[]);
    });
    argumentTypes.set(p, [sets[0], sets[1]]);
  }
  return { frames, nounClasses, lightVerbRoots, argumentTypes };
}

let cached: Lexicon | undefined;

/** Load every fact-stage data file once. */
export function loadLexicon(dir: string = LEXICON_DIR): Lexicon {
  if (cached && dir === LEXICON_DIR) return cached;
  const pred = readJson('predicates.json', dir);
  const fw = readJson('function-words.json', dir);
  const mod = readJson('modality.json', dir);
  const att = readJson('attribution.json', dir);
  const base = parseFrames(pred.data, pred.file);
  const set = (d: { file: string; data: Record<string, unknown> }, k: string) => new Set(strings(d.data[k], d.file, k));
  const rel = fw.data.relativeHeads as { forms?: unknown } | undefined;
  const verbVoices = strings(att.data.verbVoices, att.file, 'verbVoices');
  if (verbVoices.some((v) => !VOICES.has(v))) throw new FactLexiconError('FACT_LEXICON_INVALID', 'verbVoices has an unknown voice', att.file);
  const lex: Lexicon = {
    ...base,
    prepositions: set(fw, 'prepositions'),
    clauseBoundaries: set(fw, 'clauseBoundaries'),
    coordinators: set(fw, 'coordinators'),
    copulas: set(fw, 'copulas'),
    parentheticalOpeners: set(fw, 'parentheticalOpeners'),
    demonstratives: set(fw, 'demonstratives'),
    nonVerbs: set(fw, 'nonVerbs'),
    relativeHeads: new Set(strings(rel?.forms, fw.file, 'relativeHeads.forms')),
    stateBodyHeads: new Set(strings((pred.data.stateBodyHeads as { forms?: unknown } | undefined)?.forms, pred.file, 'stateBodyHeads.forms')),
    complementVerbRoots: new Set(strings((pred.data.complementVerbs as { roots?: unknown } | undefined)?.roots, pred.file, 'complementVerbs.roots')),
    compoundHeads: new Set(strings((pred.data.compoundHeads as { forms?: unknown } | undefined)?.forms, pred.file, 'compoundHeads.forms')),
    timeNouns: new Set(strings((fw.data.timeNouns as { forms?: unknown } | undefined)?.forms, fw.file, 'timeNouns.forms')),
    returnVerbs: set(fw, 'returnVerbs'),
    countryStandIns: new Set(strings((fw.data.countryStandIns as { forms?: unknown } | undefined)?.forms, fw.file, 'countryStandIns.forms')),
    waterHeads: new Set(strings((fw.data.waterHeads as { forms?: unknown } | undefined)?.forms, fw.file, 'waterHeads.forms')),
    mediatorNouns: phrases(strings((fw.data.mediatorNouns as { forms?: unknown } | undefined)?.forms, fw.file, 'mediatorNouns.forms')),
    actionNouns: new Set(strings((fw.data.actionNouns as { forms?: unknown } | undefined)?.forms, fw.file, 'actionNouns.forms')),
    allyNouns: new Set(strings((fw.data.allyNouns as { forms?: unknown } | undefined)?.forms, fw.file, 'allyNouns.forms')),
    territoryNouns: phrases(strings((fw.data.territoryNouns as { forms?: unknown } | undefined)?.forms, fw.file, 'territoryNouns.forms')),
    listOpeners: phrases(strings((fw.data.listOpeners as { forms?: unknown } | undefined)?.forms, fw.file, 'listOpeners.forms')),
    opaqueNpWords: new Set(strings((fw.data.opaqueNpWords as { forms?: unknown } | undefined)?.forms, fw.file, 'opaqueNpWords.forms')),
    exercises: {
      hostVerbRoots: new Set(strings((pred.data.exercises as { hostVerbRoots?: unknown } | undefined)?.hostVerbRoots, pred.file, 'exercises.hostVerbRoots')),
      joinVerbRoots: new Set(strings((pred.data.exercises as { joinVerbRoots?: unknown } | undefined)?.joinVerbRoots, pred.file, 'exercises.joinVerbRoots')),
      participantNouns: phrases(strings((pred.data.exercises as { participantNouns?: unknown } | undefined)?.participantNouns, pred.file, 'exercises.participantNouns')),
    },
    modality: {
      planned: set(mod, 'planned'),
      possible: set(mod, 'possible'),
      denied: set(mod, 'denied'),
      negated: set(mod, 'negated'),
      purposeMarkers: set(mod, 'purposeMarkers'),
      anaphors: phrases(strings(mod.data.anaphors, mod.file, 'anaphors')),
    },
    attribution: {
      postposed: set(att, 'postposed'),
      prepositional: phrases(strings(att.data.prepositional, att.file, 'prepositional')),
      outlet: phrases(strings(att.data.outlet, att.file, 'outlet')),
      verbRoots: set(att, 'verbs'),
      verbVoices: new Set(verbVoices as Voice[]),
    },
    roots: new Set<string>(),
  };
  for (const f of lex.frames) for (const r of f.roots) lex.roots.add(r);
  for (const r of lex.lightVerbRoots) lex.roots.add(r);
  for (const r of lex.attribution.verbRoots) lex.roots.add(r);
  for (const r of [...lex.exercises.hostVerbRoots, ...lex.exercises.joinVerbRoots]) lex.roots.add(r);
  // complement verbs decide clause structure: their roots must win over a look-alike (meminta → minta, not pinta)
  for (const r of lex.complementVerbRoots) lex.roots.add(r);
  if (dir === LEXICON_DIR) cached = lex;
  return lex;
}
