// Read-side logic shared by both stores: overview selection, entity detail
// grouping, search ranking. Stores fetch rows their own way and call these,
// so the page gets the same answers from the embedded store and from Neo4j.
import type { EntityType, Predicate } from '../extract/types';
import { byString } from './model';
import type {
  ClaimView,
  EntityDetail,
  EntityFact,
  GraphOverview,
  OverviewEdge,
  OverviewNode,
  SearchHit,
  StoredEntity,
} from './types';

/** Most mentioned first, ties by id: the order overview nodes are ranked in. */
export function compareOverviewNodes(a: OverviewNode, b: OverviewNode): number {
  return b.mentions - a.mentions || byString(a.id, b.id);
}

/**
 * Top `limit` nodes by mentions (ties: id) and the edges among them. Pass
 * `presorted` when `nodes` are already in compareOverviewNodes order (saves a sort).
 */
export function selectOverview(
  nodes: OverviewNode[],
  edges: OverviewEdge[],
  limit: number,
  hideIsolated = false,
  presorted = false,
): GraphOverview {
  const known = new Set<string>();
  for (const n of nodes) known.add(n.id);
  const linked = hideIsolated ? new Set<string>() : null;
  let totalEdges = 0;
  for (const e of edges) {
    if (!known.has(e.source) || !known.has(e.target)) continue;
    totalEdges += 1;
    linked?.add(e.source);
    linked?.add(e.target);
  }
  const candidates = linked ? nodes.filter((n) => linked.has(n.id)) : nodes;
  const ranked = presorted ? candidates : [...candidates].sort(compareOverviewNodes);
  const top = ranked.slice(0, Math.max(0, limit));
  const kept = new Set<string>();
  for (const n of top) kept.add(n.id);
  const keptEdges = edges
    .filter((e) => kept.has(e.source) && kept.has(e.target))
    .sort((a, b) => b.claims - a.claims || byString(a.id, b.id));
  let keptNodes = top;
  if (hideIsolated) {
    const stillLinked = new Set<string>();
    for (const e of keptEdges) {
      stillLinked.add(e.source);
      stillLinked.add(e.target);
    }
    keptNodes = top.filter((n) => stillLinked.has(n.id));
  }
  return {
    nodes: keptNodes,
    edges: keptEdges,
    totalNodes: candidates.length,
    totalEdges,
    truncated: ranked.length > top.length,
  };
}

/** Groups an entity's claims into facts in and out, strongest first. */
export function groupEntityFacts(
  entityId: string,
  claims: ClaimView[],
  entityTypes: ReadonlyMap<string, EntityType>,
): EntityFact[] {
  const groups = new Map<string, EntityFact>();
  for (const claim of claims) {
    const out = claim.subject === entityId;
    const otherId = out ? claim.object : claim.subject;
    const otherName = out ? claim.objectName : claim.subjectName;
    const key = `${out ? 'out' : 'in'}\u0000${claim.predicate}\u0000${otherId}`;
    let fact = groups.get(key);
    if (!fact) {
      fact = {
        direction: out ? 'out' : 'in',
        predicate: claim.predicate as Predicate,
        other: { id: otherId, name: otherName, type: entityTypes.get(otherId) ?? 'Organization' },
        claims: [],
      };
      groups.set(key, fact);
    }
    fact.claims.push(claim);
  }
  const facts = [...groups.values()];
  for (const f of facts) f.claims.sort(compareClaimViews);
  return facts.sort(
    (a, b) =>
      b.claims.length - a.claims.length ||
      byString(a.direction, b.direction) ||
      byString(a.predicate, b.predicate) ||
      byString(a.other.id, b.other.id),
  );
}

/** Oldest article first, then position in the article. */
export function compareClaimViews(a: ClaimView, b: ClaimView): number {
  return (
    byString(a.articlePublishedAt ?? '', b.articlePublishedAt ?? '') ||
    byString(a.article, b.article) ||
    a.start - b.start ||
    byString(a.id, b.id)
  );
}

export function buildEntityDetail(
  entity: StoredEntity,
  claims: ClaimView[],
  entityTypes: ReadonlyMap<string, EntityType>,
  articles: EntityDetail['articles'],
): EntityDetail {
  const sortedArticles = [...articles].sort(
    (a, b) => byString(b.publishedAt ?? '', a.publishedAt ?? '') || byString(a.id, b.id),
  );
  return { entity, facts: groupEntityFacts(entity.id, claims, entityTypes), articles: sortedArticles };
}

/** Case- and accent-insensitive form; hyphens, dots and spaces treated alike. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s\-_.'’‘,()/]+/g, ' ')
    .trim();
}

/** 0 exact, 1 prefix, 2 word prefix, 3 substring; null when it does not match. */
export function matchRank(candidate: string, query: string): number | null {
  if (query.length === 0) return null;
  if (candidate === query) return 0;
  if (candidate.startsWith(query)) return 1;
  if (candidate.includes(' ' + query)) return 2;
  if (candidate.includes(query)) return 3;
  return null;
}

export interface SearchCandidate {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  /** precomputed normaliseForSearch(name) and of each alias, for speed */
  normName?: string;
  normAliases?: string[];
}

/** Ranks entities whose name or any alias matches; names beat aliases at equal rank. */
export function rankSearch(candidates: Iterable<SearchCandidate>, query: string, limit: number): SearchHit[] {
  const q = normaliseForSearch(query);
  if (q.length === 0 || limit <= 0) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const c of candidates) {
    let best: { score: number; matched?: string } | null = null;
    const nameRank = matchRank(c.normName ?? normaliseForSearch(c.name), q);
    if (nameRank !== null) best = { score: nameRank * 2 };
    for (let i = 0; i < c.aliases.length; i++) {
      const alias = c.aliases[i]!;
      const r = matchRank(c.normAliases?.[i] ?? normaliseForSearch(alias), q);
      if (r !== null && (best === null || r * 2 + 1 < best.score)) best = { score: r * 2 + 1, matched: alias };
    }
    if (best === null) continue;
    const hit: SearchHit = { id: c.id, name: c.name, type: c.type, mentions: c.mentions };
    if (best.matched !== undefined) hit.matched = best.matched;
    scored.push({ hit, score: best.score });
  }
  return scored
    .sort((a, b) => a.score - b.score || b.hit.mentions - a.hit.mentions || byString(a.hit.name, b.hit.name) || byString(a.hit.id, b.hit.id))
    .slice(0, limit)
    .map((s) => s.hit);
}
