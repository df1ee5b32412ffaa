// In-memory indexes over a GraphModel, answering every read of GraphStore.
// Immutable once built: a load builds a new index and swaps it in.
import type { EntityType } from '../extract/types';
import { edgesFromClaims, claimPasses, filtersTouchClaims } from './filters';
import type { GraphModel, MentionRow } from './model';
import { buildEntityDetail, compareOverviewNodes, normaliseForSearch, rankSearch, selectOverview, type SearchCandidate } from './query';
import type {
  Claim,
  ClaimView,
  EntityDetail,
  FactEdge,
  GraphFilters,
  GraphOverview,
  OverviewEdge,
  OverviewNode,
  SearchHit,
  StoreStats,
  StoredArticle,
  StoredEntity,
} from './types';

export class GraphIndex {
  readonly entities = new Map<string, StoredEntity>();
  readonly articles = new Map<string, StoredArticle>();
  readonly claimsByEntity = new Map<string, Claim[]>();
  readonly claimsByArticle = new Map<string, Claim[]>();
  readonly mentionsByEntity = new Map<string, MentionRow[]>();
  readonly mentionsByArticle = new Map<string, MentionRow[]>();
  readonly entityTypes = new Map<string, EntityType>();
  private readonly nodes: OverviewNode[];
  private readonly factOverviewEdges: OverviewEdge[];
  private readonly searchCandidates: SearchCandidate[];

  constructor(readonly model: GraphModel) {
    for (const e of model.entities) {
      this.entities.set(e.id, e);
      this.entityTypes.set(e.id, e.type);
    }
    for (const a of model.articles) this.articles.set(a.id, a);
    for (const c of model.claims) {
      push(this.claimsByEntity, c.subject, c);
      if (c.object !== c.subject) push(this.claimsByEntity, c.object, c);
      push(this.claimsByArticle, c.article, c);
    }
    for (const m of model.mentions) {
      push(this.mentionsByEntity, m.entity, m);
      push(this.mentionsByArticle, m.article, m);
    }
    this.nodes = model.entities
      .map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions }))
      .sort(compareOverviewNodes);
    this.factOverviewEdges = model.factEdges.map(toOverviewEdge);
    this.searchCandidates = model.entities.map((e) => ({
      ...e,
      normName: normaliseForSearch(e.name),
      normAliases: e.aliases.map(normaliseForSearch),
    }));
  }

  overview(limit: number, filters?: GraphFilters): GraphOverview {
    const types = filters?.types && filters.types.length > 0 ? new Set(filters.types) : null;
    const nodes = types ? this.nodes.filter((n) => types.has(n.type)) : this.nodes;
    let edges: OverviewEdge[];
    if (filtersTouchClaims(filters)) {
      edges = edgesFromClaims(this.model.claims.filter((c) => claimPasses(c, this.articles.get(c.article)!, filters)));
    } else if (filters?.predicates && filters.predicates.length > 0) {
      const predicates = new Set(filters.predicates);
      edges = this.factOverviewEdges.filter((e) => predicates.has(e.predicate));
    } else {
      edges = this.factOverviewEdges;
    }
    return selectOverview(nodes, edges, limit, filters?.hideIsolated ?? false, true);
  }

  claimView(c: Claim): ClaimView {
    const article = this.articles.get(c.article)!;
    const view: ClaimView = {
      ...c,
      articleOutlet: article.outlet,
      articleTitle: article.title,
      articlePublishedAt: article.publishedAt,
      articleSource: article.sources[0] ?? '',
      subjectName: this.entities.get(c.subject)?.name ?? c.subject,
      objectName: this.entities.get(c.object)?.name ?? c.object,
    };
    if (c.attributedTo !== undefined) view.attributedToName = this.entities.get(c.attributedTo)?.name ?? c.attributedTo;
    return view;
  }

  entity(id: string): EntityDetail | null {
    const entity = this.entities.get(id);
    if (!entity) return null;
    const claims = (this.claimsByEntity.get(id) ?? []).map((c) => this.claimView(c));
    const articles = (this.mentionsByEntity.get(id) ?? []).map((m) => {
      const a = this.articles.get(m.article)!;
      return { id: a.id, outlet: a.outlet, title: a.title, publishedAt: a.publishedAt, mentions: m.count };
    });
    return buildEntityDetail(entity, claims, this.entityTypes, articles);
  }

  search(query: string, limit: number): SearchHit[] {
    return rankSearch(this.searchCandidates, query, limit);
  }

  stats(): StoreStats {
    const byType: StoreStats['byType'] = {};
    for (const e of this.model.entities) byType[e.type] = (byType[e.type] ?? 0) + 1;
    // per predicate: claims, i.e. how often the corpus states it
    const byPredicate: StoreStats['byPredicate'] = {};
    for (const c of this.model.claims) byPredicate[c.predicate] = (byPredicate[c.predicate] ?? 0) + 1;
    return {
      articles: this.model.articles.length,
      entities: this.model.entities.length,
      claims: this.model.claims.length,
      factEdges: this.model.factEdges.length,
      byType,
      byPredicate,
    };
  }
}

function toOverviewEdge(f: FactEdge): OverviewEdge {
  return { id: f.id, source: f.subject, target: f.object, predicate: f.predicate, claims: f.claims };
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
