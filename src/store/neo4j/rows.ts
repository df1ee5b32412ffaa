// Parameter rows for the Cypher statements, built from the graph model.
// Integers are sent as neo4j Integers: a JS number would arrive as a float.
import neo4j, { type Integer } from 'neo4j-driver';
import type { EntityContribution } from '../model';
import { claimDate } from '../model';
import { periodEnd, periodStart } from '../dates';
import { normaliseForSearch } from '../query';
import type { Claim, FactEdge, StoredArticle, StoredEntity } from '../types';

export const int = (n: number): Integer => neo4j.int(n);

export function articleRow(article: StoredArticle, memberIds: string[]) {
  return {
    id: article.id,
    source: article.sources[0] ?? null,
    sources: article.sources,
    memberIds,
    outlet: article.outlet,
    title: article.title,
    publishedAt: article.publishedAt,
    language: article.language,
    contentHash: article.contentHash,
  };
}

export function mentionRow(c: EntityContribution) {
  return {
    article: c.article,
    entity: c.entity,
    count: int(c.count),
    name: c.name,
    type: c.type,
    aliases: c.aliases,
    wikidata: c.wikidata ?? null,
  };
}

export function claimRow(c: Claim, article: Pick<StoredArticle, 'publishedAt'>) {
  const date = claimDate(c, article);
  return {
    id: c.id,
    article: c.article,
    predicate: c.predicate,
    subject: c.subject,
    object: c.object,
    count: c.count === undefined ? null : int(c.count),
    countModifier: c.countModifier ?? null,
    time: c.time ?? null,
    modality: c.modality,
    role: c.role ?? null,
    attributedTo: c.attributedTo ?? null,
    confidence: c.confidence,
    evidence: c.evidence,
    start: int(c.start),
    end: int(c.end),
    periodStart: periodStart(date),
    periodEnd: periodEnd(date),
  };
}

/** Name and aliases, normalised and newline-separated, for CONTAINS search. */
export function searchText(e: Pick<StoredEntity, 'name' | 'aliases'>): string {
  return [e.name, ...e.aliases].map(normaliseForSearch).join('\n');
}

export function entityRow(e: StoredEntity) {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    wikidata: e.wikidata ?? null,
    mentions: int(e.mentions),
    articles: int(e.articles),
    searchText: searchText(e),
  };
}

export function factEdgeRow(f: FactEdge) {
  return {
    id: f.id,
    subject: f.subject,
    object: f.object,
    claims: int(f.claims),
    articles: int(f.articles),
    outlets: f.outlets,
    firstSeen: f.firstSeen ?? null,
    lastSeen: f.lastSeen ?? null,
    counts: f.counts.map(int),
  };
}
