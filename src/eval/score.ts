// Scoring exactly as shared/spec/output.md defines it: per document, summed
// over documents (micro-average); names compared case- and accent-insensitively
// with hyphens and spaces alike; optional gold items neither missed nor false.
import { SYMMETRIC_PREDICATES, type ExtractedDocument } from '../extract/types';
import type { DocumentScore, EvalReport, GoldDocument, GoldEntity, GoldFact, PRF } from './types';

export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .trim();
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function entityNames(e: GoldEntity): Set<string> {
  return new Set([e.name, ...(e.alt ?? [])].map(normalizeName));
}

/** The names that stand for a gold fact argument: the names themselves plus,
 * for each, the gold entity of that name and its alt names. */
function argumentNames(arg: string | string[], gold: GoldDocument): Set<string> {
  const out = new Set<string>();
  for (const name of Array.isArray(arg) ? arg : [arg]) {
    const norm = normalizeName(name);
    out.add(norm);
    for (const e of gold.entities) {
      if (normalizeName(e.name) === norm) for (const n of entityNames(e)) out.add(n);
    }
  }
  return out;
}

function formatArg(arg: string | string[]): string {
  return Array.isArray(arg) ? `[${arg.join(' | ')}]` : arg;
}

export function scoreDocument(extracted: ExtractedDocument, gold: GoldDocument): DocumentScore {
  // ---- entities: name and type must both match
  const goldEntities = gold.entities.map((e) => ({ e, names: entityNames(e) }));
  const seenExtracted = new Set<string>();
  const matchedGold = new Set<GoldEntity>();
  const falseEntities: string[] = [];
  let entityTp = 0;
  for (const x of extracted.entities) {
    const key = `${normalizeName(x.name)}|${x.type}`;
    if (seenExtracted.has(key)) continue;
    seenExtracted.add(key);
    const hits = goldEntities.filter((g) => g.e.type === x.type && g.names.has(normalizeName(x.name)));
    if (hits.length === 0) {
      falseEntities.push(`${x.name} (${x.type})`);
      continue;
    }
    const required = hits.filter((h) => !h.e.optional);
    if (required.length > 0) entityTp++;
    for (const h of hits) matchedGold.add(h.e);
  }
  const missedEntities = gold.entities
    .filter((e) => !e.optional && !matchedGold.has(e))
    .map((e) => `${e.name} (${e.type})`);

  // ---- facts: subject, predicate, object; symmetric order free; duplicates once
  const nameOf = new Map(extracted.entities.map((e) => [e.id, normalizeName(e.name)]));
  const displayOf = new Map(extracted.entities.map((e) => [e.id, e.name]));
  const goldFacts = gold.facts.map((f) => ({ f, s: argumentNames(f.s, gold), o: argumentNames(f.o, gold) }));
  const matches = (g: (typeof goldFacts)[number], p: string, s: string, o: string): boolean => {
    if (g.f.p !== p) return false;
    if (g.s.has(s) && g.o.has(o)) return true;
    return SYMMETRIC_PREDICATES.has(g.f.p) && g.s.has(o) && g.o.has(s);
  };
  const seenFacts = new Set<string>();
  const matchedGoldFacts = new Set<GoldFact>();
  const falseFacts: string[] = [];
  let factTp = 0;
  for (const x of extracted.facts) {
    const s = nameOf.get(x.subject) ?? x.subject;
    const o = nameOf.get(x.object) ?? x.object;
    const [a, b] = SYMMETRIC_PREDICATES.has(x.predicate) && o < s ? [o, s] : [s, o];
    const key = `${a}|${x.predicate}|${b}`;
    if (seenFacts.has(key)) continue;
    seenFacts.add(key);
    const hits = goldFacts.filter((g) => matches(g, x.predicate, s, o));
    if (hits.length === 0) {
      falseFacts.push(`${displayOf.get(x.subject) ?? x.subject} ${x.predicate} ${displayOf.get(x.object) ?? x.object}`);
      continue;
    }
    if (hits.some((h) => !h.f.optional)) factTp++;
    for (const h of hits) matchedGoldFacts.add(h.f);
  }
  const missedFacts = gold.facts
    .filter((f) => !f.optional && !matchedGoldFacts.has(f))
    .map((f) => `${formatArg(f.s)} ${f.p} ${formatArg(f.o)}`);

  const requiredEntities = gold.entities.filter((e) => !e.optional).length;
  const requiredFacts = gold.facts.filter((f) => !f.optional).length;
  return {
    doc: gold.doc,
    // precision counts extracted items, recall counts gold items
    entities: prfFromCounts(entityTp, falseEntities.length, requiredEntities - missedEntities.length, missedEntities.length),
    facts: prfFromCounts(factTp, falseFacts.length, requiredFacts - missedFacts.length, missedFacts.length),
    missedEntities,
    falseEntities,
    missedFacts,
    falseFacts,
    ...(gold.publishedAt ? { publishedAt: { gold: gold.publishedAt, extracted: extracted.publishedAt } } : {}),
  };
}

/** Precision from extracted-side counts, recall from gold-side counts: one
 * extracted fact can match a gold fact whose subject is a list of names, and
 * two extracted facts may then match the same gold fact. */
function prfFromCounts(extractedTp: number, fp: number, goldTp: number, fn: number): PRF {
  const precision = extractedTp + fp === 0 ? 0 : extractedTp / (extractedTp + fp);
  const recall = goldTp + fn === 0 ? 0 : goldTp / (goldTp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp: extractedTp, fp, fn, precision, recall, f1 };
}

function sumPRF(parts: PRF[], goldTp: number[]): PRF {
  const tp = parts.reduce((n, p) => n + p.tp, 0);
  const fp = parts.reduce((n, p) => n + p.fp, 0);
  const fn = parts.reduce((n, p) => n + p.fn, 0);
  const gtp = goldTp.reduce((n, x) => n + x, 0);
  return prfFromCounts(tp, fp, gtp, fn);
}

export function scoreCorpus(extracted: ExtractedDocument[], gold: GoldDocument[]): EvalReport {
  const byId = new Map(extracted.map((d) => [d.id, d]));
  const goldIds = new Set(gold.map((g) => g.doc));
  const documents: DocumentScore[] = [];
  const unmatchedGold: string[] = [];
  const goldTp = { entities: [] as number[], facts: [] as number[] };
  for (const g of [...gold].sort((a, b) => a.doc.localeCompare(b.doc))) {
    let x = byId.get(g.doc);
    if (!x) {
      // nothing extracted for this gold document: every required item is missed
      unmatchedGold.push(g.doc);
      x = { id: g.doc, source: '', title: null, outlet: null, publishedAt: null, language: 'id', entities: [], facts: [] };
    }
    const score = scoreDocument(x, g);
    documents.push(score);
    goldTp.entities.push(g.entities.filter((e) => !e.optional).length - score.missedEntities.length);
    goldTp.facts.push(g.facts.filter((f) => !f.optional).length - score.missedFacts.length);
  }
  return {
    documents,
    entities: sumPRF(documents.map((d) => d.entities), goldTp.entities),
    facts: sumPRF(documents.map((d) => d.facts), goldTp.facts),
    unmatchedGold,
    unmatchedExtracted: extracted.filter((d) => !goldIds.has(d.id)).map((d) => d.id),
  };
}
