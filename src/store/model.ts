// The graph model builder: pure functions from extracted documents to the rows
// every store holds (entities, articles, mentions, claims, derived fact edges).
// Both stores and the exports use these, so they agree by construction.
import {
  SYMMETRIC_PREDICATES,
  type EntityType,
  type ExtractedDocument,
  type Predicate,
} from '../extract/types';
import { canonicalJson, sha256Hex } from './hash';
import type { Claim, FactEdge, StoredArticle, StoredEntity } from './types';
import { DocumentError, validateDocument } from './validate';

/** What one article says about one entity; entities are merged from these. */
export interface EntityContribution {
  article: string;
  entity: string;
  name: string;
  type: EntityType;
  aliases: string[];
  wikidata?: string;
  /** mentions of the entity in that article */
  count: number;
}

/** (:Article)-[:MENTIONS {count}]->(:Entity) */
export interface MentionRow {
  article: string;
  entity: string;
  count: number;
}

/** Documents sharing one content hash: loaded once, every (id, source) kept. */
export interface ContentGroup {
  contentHash: string;
  /** the document whose extraction is used (the member with the smallest id) */
  doc: ExtractedDocument;
  members: { id: string; source: string }[];
}

export interface GraphModel {
  articles: StoredArticle[];
  entities: StoredEntity[];
  mentions: MentionRow[];
  contributions: EntityContribution[];
  claims: Claim[];
  factEdges: FactEdge[];
  /** every document id whose content each article holds (itself and duplicates) */
  articleMembers: Record<string, string[]>;
}

/** The article facts a fact edge aggregates over. */
export interface ClaimWithArticle {
  claim: Claim;
  article: { id: string; outlet: string | null; publishedAt: string | null };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const uniqueSorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort(byString);

/** sha256 of the article text when the extractor gave it, else of the extraction itself. */
export function contentHashOf(doc: ExtractedDocument): string {
  if (doc.contentHash) return doc.contentHash;
  const { title, outlet, publishedAt, language, entities, facts } = doc;
  return sha256Hex(canonicalJson({ title, outlet, publishedAt, language, entities, facts }));
}

export function claimId(
  article: string,
  predicate: Predicate,
  subject: string,
  object: string,
  start: number,
  end: number,
): string {
  return 'claim:' + sha256Hex([article, predicate, subject, object, start, end].join('\u0000')).slice(0, 24);
}

/** The (subject, object) orientation of a fact edge: symmetric predicates are stored once, smaller id first. */
export function factEnds(subject: string, predicate: Predicate, object: string): [string, string] {
  if (SYMMETRIC_PREDICATES.has(predicate) && object < subject) return [object, subject];
  return [subject, object];
}

export function factEdgeId(subject: string, predicate: Predicate, object: string): string {
  const [s, o] = factEnds(subject, predicate, object);
  return `${s}|${predicate}|${o}`;
}

/** A batch's documents by id: a later line with the same id replaces an earlier one. */
export function latestDocuments(docs: ExtractedDocument[]): Map<string, { doc: ExtractedDocument; hash: string; sources: string[] }> {
  const latest = new Map<string, { doc: ExtractedDocument; hash: string; sources: string[] }>();
  for (const doc of docs) {
    const hash = contentHashOf(doc);
    const prev = latest.get(doc.id);
    // the same content seen under several paths keeps every path
    const sources = prev && prev.hash === hash ? [...prev.sources, doc.source] : [doc.source];
    latest.set(doc.id, { doc, hash, sources });
  }
  return latest;
}

/**
 * Groups documents by content hash. Within one batch a later document with the
 * same id replaces an earlier one (a stream's newer line wins); within a group
 * the smallest member id names the article, so input order is irrelevant.
 */
export function groupDocuments(docs: ExtractedDocument[]): ContentGroup[] {
  const latest = latestDocuments(docs);
  const groups = new Map<string, ContentGroup>();
  for (const [id, { doc, hash, sources }] of latest) {
    const group = groups.get(hash) ?? { contentHash: hash, doc, members: [] };
    for (const source of sources) group.members.push({ id, source });
    groups.set(hash, group);
  }
  return [...groups.values()]
    .map((g) => {
      const normal = normaliseGroup(g);
      return { ...normal, doc: latest.get(normal.members[0]!.id)!.doc };
    })
    .sort((a, b) => byString(a.contentHash, b.contentHash));
}

/** Deduplicates and sorts members (smallest id first), so a group is order-independent. */
export function normaliseGroup(group: ContentGroup): ContentGroup {
  const members = [...new Map(group.members.map((m) => [`${m.id}\u0000${m.source}`, m])).values()].sort(
    (a, b) => byString(a.id, b.id) || byString(a.source, b.source),
  );
  return { contentHash: group.contentHash, doc: group.doc, members };
}

/** The article row, its entity contributions and its claims, under the group's article id. */
export function articleRows(group: ContentGroup): {
  article: StoredArticle;
  contributions: EntityContribution[];
  claims: Claim[];
} {
  const doc = group.doc;
  const id = group.members[0]?.id ?? doc.id;
  const article: StoredArticle = {
    id,
    sources: uniqueSorted(group.members.map((m) => m.source)),
    outlet: doc.outlet ?? null,
    title: doc.title ?? null,
    publishedAt: doc.publishedAt ?? null,
    language: doc.language,
    contentHash: group.contentHash,
  };
  const contributions: EntityContribution[] = doc.entities
    .map((e) => {
      const aliases = uniqueSorted([...e.aliases, ...e.mentions.map((m) => m.text)].filter((a) => a !== e.name));
      const c: EntityContribution = { article: id, entity: e.id, name: e.name, type: e.type, aliases, count: e.mentions.length };
      if (e.wikidata) c.wikidata = e.wikidata;
      return c;
    })
    .sort((a, b) => byString(a.entity, b.entity));
  const claims = new Map<string, Claim>();
  for (const f of doc.facts) {
    const cid = claimId(id, f.predicate, f.subject, f.object, f.evidence.start, f.evidence.end);
    if (claims.has(cid)) continue; // the same statement extracted twice counts once
    const claim: Claim = {
      id: cid,
      article: id,
      predicate: f.predicate,
      subject: f.subject,
      object: f.object,
      modality: f.modality ?? 'asserted',
      confidence: f.confidence,
      evidence: f.evidence.text,
      start: f.evidence.start,
      end: f.evidence.end,
    };
    if (f.count !== undefined) claim.count = f.count;
    if (f.countModifier !== undefined) claim.countModifier = f.countModifier;
    if (f.time !== undefined) claim.time = f.time;
    if (f.role !== undefined) claim.role = f.role;
    if (f.attributedTo !== undefined) claim.attributedTo = f.attributedTo;
    claims.set(cid, claim);
  }
  return { article, contributions, claims: [...claims.values()].sort((a, b) => byString(a.id, b.id)) };
}

/**
 * Merges what articles say about one entity: name, type and wikidata come from
 * the article mentioning it most (ties: smallest article id); aliases are the
 * union. The same rule runs in Cypher-backed stores via these rows.
 */
export function mergeEntity(contributions: EntityContribution[]): StoredEntity {
  if (contributions.length === 0) throw new Error('mergeEntity needs at least one contribution');
  const ranked = [...contributions].sort((a, b) => b.count - a.count || byString(a.article, b.article));
  const top = ranked[0]!;
  const wikidata = top.wikidata ?? ranked.find((c) => c.wikidata)?.wikidata;
  const aliases = uniqueSorted(contributions.flatMap((c) => [...c.aliases, c.name]).filter((a) => a !== top.name));
  const entity: StoredEntity = {
    id: top.entity,
    name: top.name,
    type: top.type,
    aliases,
    mentions: contributions.reduce((n, c) => n + c.count, 0),
    articles: new Set(contributions.map((c) => c.article)).size,
  };
  if (wikidata) entity.wikidata = wikidata;
  return entity;
}

/** The date a claim is about: its own time, else its article's date. */
export function claimDate(claim: Claim, article: { publishedAt: string | null }): string | null {
  return claim.time ?? article.publishedAt ?? null;
}

/** One derived fact edge from all claims of its (subject, predicate, object). */
export function aggregateFactEdge(items: ClaimWithArticle[]): FactEdge {
  if (items.length === 0) throw new Error('aggregateFactEdge needs at least one claim');
  const first = items[0]!.claim;
  const [subject, object] = factEnds(first.subject, first.predicate, first.object);
  const dates = items.map((i) => claimDate(i.claim, i.article)).filter((d): d is string => d !== null).sort(byString);
  const counts = [...new Set(items.map((i) => i.claim.count).filter((c): c is number => c !== undefined))].sort((a, b) => a - b);
  const edge: FactEdge = {
    id: factEdgeId(subject, first.predicate, object),
    subject,
    predicate: first.predicate,
    object,
    claims: items.length,
    articles: new Set(items.map((i) => i.article.id)).size,
    outlets: uniqueSorted(items.map((i) => i.article.outlet).filter((o): o is string => o !== null)),
    counts,
  };
  if (dates.length > 0) {
    edge.firstSeen = dates[0]!;
    edge.lastSeen = dates[dates.length - 1]!;
  }
  return edge;
}

/** Folds content groups into the full model; every list is sorted by id. */
export function modelFromGroups(groups: ContentGroup[]): GraphModel {
  const rows = groups.map(articleRows).sort((a, b) => byString(a.article.id, b.article.id));
  const articles = rows.map((r) => r.article);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const contributions = rows.flatMap((r) => r.contributions);
  const byEntity = new Map<string, EntityContribution[]>();
  for (const c of contributions) pushTo(byEntity, c.entity, c);
  const entities = [...byEntity.values()].map(mergeEntity).sort((a, b) => byString(a.id, b.id));
  const mentions = contributions.map((c) => ({ article: c.article, entity: c.entity, count: c.count }));
  const claims = rows.flatMap((r) => r.claims).sort((a, b) => byString(a.id, b.id));
  const byFact = new Map<string, ClaimWithArticle[]>();
  for (const claim of claims) {
    const key = factEdgeId(claim.subject, claim.predicate, claim.object);
    const article = articleById.get(claim.article)!;
    pushTo(byFact, key, { claim, article });
  }
  const factEdges = [...byFact.values()].map(aggregateFactEdge).sort((a, b) => byString(a.id, b.id));
  const articleMembers: Record<string, string[]> = {};
  for (const g of groups) articleMembers[g.members[0]!.id] = uniqueSorted(g.members.map((m) => m.id));
  return { articles, entities, mentions, contributions, claims, factEdges, articleMembers };
}

export interface BuildResult {
  model: GraphModel;
  groups: ContentGroup[];
  rejected: DocumentError[];
}

/** Validates raw documents (rejecting bad ones whole) and builds the model from the rest. */
export function buildGraphModel(input: unknown[]): BuildResult {
  const { accepted, rejected } = validateDocuments(input);
  const groups = groupDocuments(accepted);
  return { model: modelFromGroups(groups), groups, rejected };
}

export function validateDocuments(input: unknown[]): { accepted: ExtractedDocument[]; rejected: DocumentError[] } {
  const accepted: ExtractedDocument[] = [];
  const rejected: DocumentError[] = [];
  input.forEach((value, i) => {
    try {
      accepted.push(validateDocument(value, i));
    } catch (err) {
      if (err instanceof DocumentError) rejected.push(err);
      else throw err;
    }
  });
  return { accepted, rejected };
}
