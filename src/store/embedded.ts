// The embedded store: no server, in-memory indexes, one snapshot file under
// the data directory. Loads are serialised; readers see the old index until
// the new one is complete and persisted.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { ExtractedDocument } from '../extract/types';
import { compareClaimViews } from './claim-order';
import { claimPasses } from './filters';
import { GraphIndex } from './graph-index';
import { contentHashOf, latestDocuments, modelFromGroups, normaliseGroup, validateDocuments, type ContentGroup } from './model';
import { SNAPSHOT_FILE, readSnapshot, serialiseGroups, snapshotText, writeFileAtomic } from './snapshot';
import type {
  ClaimView,
  EntityDetail,
  GraphFilters,
  GraphOverview,
  GraphStore,
  LoadOptions,
  LoadSummary,
  SearchHit,
  StoreStats,
} from './types';

export interface EmbeddedStoreOptions {
  /** directory holding the snapshot; default ./data */
  dataDir?: string;
  /** how often reads check whether another process rewrote the snapshot (ms, default 1000) */
  refreshIntervalMs?: number;
}

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  readonly dataDir: string;
  readonly snapshotPath: string;
  private groups: ContentGroup[] = [];
  private index = new GraphIndex(modelFromGroups([]));
  private checksum = serialiseGroups([]).checksum;
  private initialised: Promise<void> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly refreshIntervalMs: number;
  /** mtime and size of the snapshot this process last read or wrote */
  private stamp = '';
  private lastCheck = 0;
  /** the snapshot re-read in progress: concurrent readers share it instead of each parsing the file */
  private reloading: Promise<void> | null = null;

  constructor(options: EmbeddedStoreOptions = {}) {
    this.dataDir = path.resolve(options.dataDir ?? './data');
    this.snapshotPath = path.join(this.dataDir, SNAPSHOT_FILE);
    this.refreshIntervalMs = options.refreshIntervalMs ?? 1000;
  }

  init(): Promise<void> {
    this.initialised ??= this.reload();
    return this.initialised;
  }

  private async snapshotStamp(): Promise<string> {
    try {
      const st = await fs.stat(this.snapshotPath);
      return `${st.mtimeMs}:${st.size}`;
    } catch {
      return '';
    }
  }

  private async reload(): Promise<void> {
    const stamp = await this.snapshotStamp();
    const snap = await readSnapshot(this.snapshotPath);
    if (snap && snap.checksum !== this.checksum) this.install(snap.groups, snap.checksum, new GraphIndex(modelFromGroups(snap.groups)));
    this.stamp = stamp;
    this.lastCheck = Date.now();
  }

  /** Another process (say `simpul load` while the server runs) may have rewritten the snapshot: pick it up. */
  private async fresh(): Promise<void> {
    await this.init();
    if (this.reloading) return this.reloading;
    if (Date.now() - this.lastCheck < this.refreshIntervalMs) return;
    this.lastCheck = Date.now();
    this.reloading = (async () => {
      if ((await this.snapshotStamp()) !== this.stamp) await this.reload();
    })().finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  load(docs: ExtractedDocument[], opts: LoadOptions = {}): Promise<LoadSummary> {
    const run = this.queue.then(() => this.loadNow(docs, opts));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async loadNow(input: ExtractedDocument[], opts: LoadOptions): Promise<LoadSummary> {
    const started = Date.now();
    this.lastCheck = 0; // a load always merges into the newest snapshot on disk
    await this.fresh();
    const { accepted, rejected } = validateDocuments(input);
    const merged = mergeIntoGroups(this.groups, accepted);
    // the embedded load has two phases worth reporting: documents merged, then the graph rebuilt and saved
    const report = (rows: number): void =>
      opts.onProgress?.({ documents: input.length, totalDocuments: input.length, rows, elapsedMs: Date.now() - started });
    report(0);
    const serialised = serialiseGroups(merged.groups);
    if (serialised.checksum !== this.checksum) {
      const index = new GraphIndex(modelFromGroups(merged.groups)); // built before writing: a failure changes nothing
      await writeFileAtomic(this.snapshotPath, snapshotText(serialised).text);
      this.install(merged.groups, serialised.checksum, index);
      this.stamp = await this.snapshotStamp();
    }
    const m = this.index.model;
    report(m.articles.length + m.entities.length + m.mentions.length + m.claims.length + m.factEdges.length);
    const summary: LoadSummary = {
      documents: input.length,
      written: merged.written,
      unchanged: merged.unchanged,
      duplicates: merged.duplicates,
      entities: this.index.model.entities.length,
      claims: this.index.model.claims.length,
      ms: Date.now() - started,
    };
    if (rejected.length > 0) summary.rejected = rejected.map((e) => ({ id: e.documentId, code: e.code, message: e.message }));
    return summary;
  }

  private install(groups: ContentGroup[], checksum: string, index: GraphIndex): void {
    this.groups = groups;
    this.index = index;
    this.checksum = checksum;
  }

  /** The current indexes (read-only), for library queries and exports. */
  async graph(): Promise<GraphIndex> {
    await this.fresh();
    return this.index;
  }

  async overview(limit: number, filters?: GraphFilters): Promise<GraphOverview> {
    await this.fresh();
    return this.index.overview(limit, filters);
  }
  async entity(id: string): Promise<EntityDetail | null> {
    await this.fresh();
    return this.index.entity(id);
  }
  /** Claims passing the filters (claim filters as in overview(); a type filter
   * needs both ends of the claim among the types), the first `limit` in the
   * server's listing order, straight from the claim index. */
  async claims(filters: GraphFilters, limit: number): Promise<ClaimView[]> {
    await this.fresh();
    const index = this.index;
    const types = filters.types && filters.types.length > 0 ? new Set(filters.types) : null;
    const typed = (id: string): boolean => {
      const t = index.entityTypes.get(id);
      return t !== undefined && types!.has(t);
    };
    const views: ClaimView[] = [];
    for (const c of index.model.claims) {
      if (types && !(typed(c.subject) && typed(c.object))) continue;
      const article = index.articles.get(c.article);
      if (!article || !claimPasses(c, article, filters)) continue;
      views.push(index.claimView(c));
    }
    return views.sort(compareClaimViews).slice(0, Math.max(0, limit));
  }
  async search(query: string, limit: number): Promise<SearchHit[]> {
    await this.fresh();
    return this.index.search(query, limit);
  }
  async stats(): Promise<StoreStats> {
    await this.fresh();
    return this.index.stats();
  }
  async revision(): Promise<string> {
    await this.fresh();
    return this.checksum.slice(0, 16);
  }
  async close(): Promise<void> {
    await this.queue;
  }
}

/**
 * Applies a batch to the stored content groups: same id and hash → a new source
 * at most; same id, new hash → the article is replaced; a hash already stored
 * under another id → a duplicate, recorded as another (id, source) member.
 */
export function mergeIntoGroups(
  existing: ContentGroup[],
  docs: ExtractedDocument[],
): { groups: ContentGroup[]; written: number; unchanged: number; duplicates: number } {
  const byHash = new Map(existing.map((g) => [g.contentHash, { ...g, members: [...g.members] }]));
  const hashOfId = new Map<string, string>();
  const docById = new Map<string, ExtractedDocument>();
  for (const g of byHash.values()) {
    docById.set(g.doc.id, g.doc);
    for (const m of g.members) hashOfId.set(m.id, g.contentHash);
  }
  let written = 0;
  let unchanged = 0;
  let duplicates = 0;
  for (const [id, { doc, hash, sources }] of latestDocuments(docs)) {
    docById.set(id, doc);
    const previous = hashOfId.get(id);
    if (previous !== undefined && previous !== hash) {
      const old = byHash.get(previous)!;
      old.members = old.members.filter((m) => m.id !== id);
      if (old.members.length === 0) byHash.delete(previous);
    }
    const group = byHash.get(hash);
    if (previous === hash) unchanged += 1;
    else if (group) duplicates += 1;
    else written += 1;
    const members = sources.map((source) => ({ id, source }));
    if (group) group.members.push(...members);
    else byHash.set(hash, { contentHash: hash, doc, members });
    hashOfId.set(id, hash);
  }
  const groups = [...byHash.values()]
    .map((g) => {
      const normal = normaliseGroup(g);
      // the smallest member id's document names the article, whatever the load order
      const preferred = docById.get(normal.members[0]!.id);
      const doc = preferred && contentHashOf(preferred) === normal.contentHash ? preferred : normal.doc;
      return { ...normal, doc };
    })
    .sort((a, b) => (a.contentHash < b.contentHash ? -1 : a.contentHash > b.contentHash ? 1 : 0));
  return { groups, written, unchanged, duplicates };
}
