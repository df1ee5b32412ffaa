// A small in-memory GraphStore for server tests and the web bench, written
// against the interface only (the real stores live in src/store). Loading
// replaces a document by id; everything is derived again on each load.
import { SYMMETRIC_PREDICATES, type EntityType, type ExtractedDocument } from '../../src/extract/types';
import type {
  ClaimView,
  EntityDetail,
  EntityFact,
  GraphFilters,
  GraphOverview,
  GraphStore,
  LoadSummary,
  OverviewEdge,
  SearchHit,
  StoreStats,
  StoredEntity,
} from '../../src/store/types';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export class MemoryStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private docs = new Map<string, ExtractedDocument>();
  private entities = new Map<string, StoredEntity>();
  private claimList: ClaimView[] = [];
  private rev = 0;

  async init(): Promise<void> {}
  async close(): Promise<void> {}
  async revision(): Promise<string> {
    return `mem-${this.rev}`;
  }

  async load(docs: ExtractedDocument[]): Promise<LoadSummary> {
    const started = Date.now();
    let written = 0;
    for (const d of docs) {
      const before = this.docs.get(d.id);
      if (before && JSON.stringify(before) === JSON.stringify(d)) continue;
      this.docs.set(d.id, d);
      written++;
    }
    if (written > 0) {
      this.derive();
      this.rev++;
    }
    return { documents: docs.length, written, unchanged: docs.length - written, duplicates: 0, entities: this.entities.size, claims: this.claimList.length, ms: Date.now() - started };
  }

  private derive(): void {
    const entities = new Map<string, StoredEntity>();
    const claims: ClaimView[] = [];
    for (const doc of [...this.docs.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      for (const e of doc.entities) {
        const prev = entities.get(e.id);
        if (prev) {
          prev.aliases = [...new Set([...prev.aliases, ...e.aliases])].sort();
          prev.mentions += e.mentions.length;
          prev.articles += 1;
        } else {
          entities.set(e.id, { id: e.id, name: e.name, type: e.type, aliases: [...e.aliases].sort(), mentions: e.mentions.length, articles: 1, ...(e.wikidata ? { wikidata: e.wikidata } : {}) });
        }
      }
      doc.facts.forEach((f, i) => {
        let [subject, object] = [f.subject, f.object];
        if (SYMMETRIC_PREDICATES.has(f.predicate) && object < subject) [subject, object] = [object, subject];
        const name = (id: string) => doc.entities.find((e) => e.id === id)?.name ?? id;
        claims.push({
          id: `${doc.id}#${i}`,
          article: doc.id,
          predicate: f.predicate,
          subject,
          object,
          ...(f.count !== undefined ? { count: f.count } : {}),
          ...(f.countModifier ? { countModifier: f.countModifier } : {}),
          ...(f.time ? { time: f.time } : {}),
          modality: f.modality ?? 'asserted',
          ...(f.role ? { role: f.role } : {}),
          ...(f.attributedTo ? { attributedTo: f.attributedTo, attributedToName: name(f.attributedTo) } : {}),
          confidence: f.confidence,
          evidence: f.evidence.text,
          start: f.evidence.start,
          end: f.evidence.end,
          articleOutlet: doc.outlet,
          articleTitle: doc.title,
          articlePublishedAt: doc.publishedAt,
          articleSource: doc.source,
          subjectName: name(subject),
          objectName: name(object),
        });
      });
    }
    this.entities = entities;
    this.claimList = claims;
  }

  private claimPasses(c: ClaimView, f: GraphFilters): boolean {
    if (f.predicates && !f.predicates.includes(c.predicate)) return false;
    if (f.modalities && !f.modalities.includes(c.modality)) return false;
    if (f.outlets && (c.articleOutlet === null || !f.outlets.includes(c.articleOutlet))) return false;
    const date = c.time ?? c.articlePublishedAt;
    if (f.from && (!date || date.slice(0, f.from.length) < f.from)) return false;
    if (f.to && (!date || date.slice(0, f.to.length) > f.to)) return false;
    return true;
  }

  async overview(limit: number, filters: GraphFilters = {}): Promise<GraphOverview> {
    const typeOk = (t: EntityType) => !filters.types || filters.types.includes(t);
    const edges = new Map<string, OverviewEdge>();
    for (const c of this.claimList) {
      if (!this.claimPasses(c, filters)) continue;
      const s = this.entities.get(c.subject);
      const o = this.entities.get(c.object);
      if (!s || !o || !typeOk(s.type) || !typeOk(o.type)) continue;
      const id = `${c.subject}|${c.predicate}|${c.object}`;
      const e = edges.get(id);
      if (e) e.claims++;
      else edges.set(id, { id, source: c.subject, target: c.object, predicate: c.predicate, claims: 1 });
    }
    const linked = new Set([...edges.values()].flatMap((e) => [e.source, e.target]));
    const claimFilter = !!(filters.predicates || filters.modalities || filters.outlets || filters.from || filters.to);
    const candidates = [...this.entities.values()].filter((e) => typeOk(e.type) && (!(filters.hideIsolated || claimFilter) || linked.has(e.id)));
    candidates.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
    const kept = candidates.slice(0, limit);
    const keptIds = new Set(kept.map((e) => e.id));
    const keptEdges = [...edges.values()].filter((e) => keptIds.has(e.source) && keptIds.has(e.target));
    return {
      nodes: kept.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions })),
      edges: keptEdges,
      totalNodes: candidates.length,
      totalEdges: edges.size,
      truncated: kept.length < candidates.length,
    };
  }

  async claims(filters: GraphFilters, limit: number): Promise<ClaimView[]> {
    const typeOk = (id: string) => !filters.types || filters.types.includes(this.entities.get(id)?.type as EntityType);
    return this.claimList.filter((c) => this.claimPasses(c, filters) && typeOk(c.subject) && typeOk(c.object)).slice(0, limit);
  }

  async entity(id: string): Promise<EntityDetail | null> {
    const entity = this.entities.get(id);
    if (!entity) return null;
    const facts = new Map<string, EntityFact>();
    for (const c of this.claimList) {
      if (c.subject !== id && c.object !== id) continue;
      const direction = c.subject === id ? 'out' : 'in';
      const otherId = direction === 'out' ? c.object : c.subject;
      const other = this.entities.get(otherId)!;
      const key = `${direction}|${c.predicate}|${otherId}`;
      const fact = facts.get(key) ?? { direction, predicate: c.predicate, other: { id: other.id, name: other.name, type: other.type }, claims: [] };
      fact.claims.push(c);
      facts.set(key, fact);
    }
    const articles = [...this.docs.values()]
      .filter((d) => d.entities.some((e) => e.id === id))
      .map((d) => ({ id: d.id, outlet: d.outlet, title: d.title, publishedAt: d.publishedAt, mentions: d.entities.find((e) => e.id === id)!.mentions.length }));
    return { entity, facts: [...facts.values()], articles };
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const q = fold(query.trim());
    const hits: (SearchHit & { rank: number })[] = [];
    for (const e of this.entities.values()) {
      const forms = [e.name, ...e.aliases];
      let best: { rank: number; form: string } | null = null;
      for (const form of forms) {
        const f = fold(form);
        const rank = f === q ? 0 : f.startsWith(q) ? 1 : f.includes(q) ? 2 : -1;
        if (rank >= 0 && (!best || rank < best.rank)) best = { rank, form };
      }
      if (best) hits.push({ id: e.id, name: e.name, type: e.type, mentions: e.mentions, rank: best.rank, ...(best.form !== e.name ? { matched: best.form } : {}) });
    }
    hits.sort((a, b) => a.rank - b.rank || b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
    return hits.slice(0, limit).map(({ rank: _rank, ...h }) => h);
  }

  async stats(): Promise<StoreStats> {
    const byType: StoreStats['byType'] = {};
    for (const e of this.entities.values()) byType[e.type] = (byType[e.type] ?? 0) + 1;
    const byPredicate: StoreStats['byPredicate'] = {};
    const edgeIds = new Set<string>();
    for (const c of this.claimList) {
      byPredicate[c.predicate] = (byPredicate[c.predicate] ?? 0) + 1;
      edgeIds.add(`${c.subject}|${c.predicate}|${c.object}`);
    }
    return { articles: this.docs.size, entities: this.entities.size, claims: this.claimList.length, factEdges: edgeIds.size, byType, byPredicate };
  }
}
