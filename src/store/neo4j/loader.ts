// The Neo4j loader above the driver: plans which articles are new, changed,
// unchanged or duplicates, then writes whole articles per transaction and
// recomputes the entities and fact edges they touch, from the stored rows,
// with the same model functions the embedded store uses.
import { PREDICATES, SYMMETRIC_PREDICATES, isEntityType, isPredicate, type EntityType, type ExtractedDocument, type Predicate } from '../../extract/types';
import {
  aggregateFactEdge,
  articleRows,
  factEnds,
  factEdgeId,
  groupDocuments,
  mergeEntity,
  validateDocuments,
  type ClaimWithArticle,
  type ContentGroup,
  type EntityContribution,
} from '../model';
import type { Claim, FactEdge, LoadOptions, LoadSummary, StoredEntity } from '../types';
import { schemaStatements } from './cypher-file';
import type { CypherRunner, CypherTx, Row } from './runner';
import { articleRow, claimRow, entityRow, factEdgeRow, mentionRow } from './rows';
import * as S from './statements';

/** Rows per transaction; whole articles are never split. Measured: see cypher/README.md. */
export const DEFAULT_BATCH_SIZE = 2000;

/** Schema commands need a write transaction of their own, one per statement. */
export async function applySchema(runner: CypherRunner): Promise<void> {
  for (const statement of schemaStatements()) await runner.writeTransaction((tx) => tx.run(statement));
}

interface ExistingArticle {
  id: string;
  contentHash: string;
  sources: string[];
  memberIds: string[];
}

/** What one transaction writes: whole content groups and the ids they replace. */
interface WritePlan {
  group: ContentGroup;
  /** stored article ids whose content this group replaces (their old claims go) */
  replaces: string[];
}

interface MemberUpdate {
  id: string;
  sources: string[];
  memberIds: string[];
}

const sortedUnique = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

function toExisting(row: Row): ExistingArticle {
  return {
    id: String(row.id),
    contentHash: String(row.contentHash),
    sources: (row.sources as string[] | null) ?? [],
    memberIds: (row.memberIds as string[] | null) ?? [String(row.id)],
  };
}

async function readInChunks(runner: CypherTx, statement: string, key: string, values: string[], size: number): Promise<Row[]> {
  const rows: Row[] = [];
  for (let i = 0; i < values.length; i += size) rows.push(...(await runner.run(statement, { [key]: values.slice(i, i + size) })));
  return rows;
}

export async function loadIntoNeo4j(
  runner: CypherRunner,
  input: ExtractedDocument[],
  opts: LoadOptions = {},
): Promise<LoadSummary> {
  const started = Date.now();
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE);
  const { accepted, rejected } = validateDocuments(input);
  const groups = groupDocuments(accepted);

  const ids = sortedUnique(groups.flatMap((g) => g.members.map((m) => m.id)));
  const byId = new Map(
    (await readInChunks(runner, S.READ_ARTICLES_BY_ID, 'ids', ids, batchSize)).map((r) => [String(r.id), toExisting(r)]),
  );
  const byHash = new Map(
    (await readInChunks(runner, S.READ_ARTICLES_BY_HASH, 'hashes', groups.map((g) => g.contentHash), batchSize)).map((r) => [
      String(r.contentHash),
      toExisting(r),
    ]),
  );

  let written = 0;
  let unchanged = 0;
  let duplicates = 0;
  const writes: WritePlan[] = [];
  const memberUpdates: MemberUpdate[] = [];
  const orphanedIds: string[] = [];
  for (const group of groups) {
    const stored = byHash.get(group.contentHash);
    const changedIds = group.members
      .map((m) => byId.get(m.id))
      .filter((a): a is ExistingArticle => a !== undefined && a.contentHash !== group.contentHash)
      .map((a) => a.id);
    if (stored) {
      for (const m of new Set(group.members.map((x) => x.id)))
        if (stored.memberIds.includes(m)) unchanged += 1;
        else duplicates += 1;
      orphanedIds.push(...changedIds);
      const sources = sortedUnique([...stored.sources, ...group.members.map((m) => m.source)]);
      const memberIds = sortedUnique([...stored.memberIds, ...group.members.map((m) => m.id)]);
      if (sources.join('\n') !== stored.sources.join('\n') || memberIds.join('\n') !== stored.memberIds.join('\n'))
        memberUpdates.push({ id: stored.id, sources, memberIds });
    } else {
      const memberIds = sortedUnique(group.members.map((m) => m.id));
      written += 1;
      duplicates += memberIds.length - 1;
      writes.push({ group, replaces: changedIds });
    }
  }

  let rowsDone = 0;
  let docsDone = 0;
  const report = (): void =>
    opts.onProgress?.({ documents: docsDone, totalDocuments: input.length, rows: rowsDone, elapsedMs: Date.now() - started });

  if (orphanedIds.length > 0 || memberUpdates.length > 0) {
    await runner.writeTransaction(async (tx) => {
      // an article whose new content already exists elsewhere: it becomes a member there
      if (orphanedIds.length > 0) await replaceArticles(tx, [], orphanedIds);
      if (memberUpdates.length > 0) await tx.run(S.ADD_ARTICLE_MEMBERS, { rows: memberUpdates });
    });
    rowsDone += orphanedIds.length + memberUpdates.length;
  }
  const distinctMembers = (w: WritePlan): number => new Set(w.group.members.map((m) => m.id)).size;
  docsDone = ids.length - writes.reduce((n, w) => n + distinctMembers(w), 0);
  report();

  for (const chunk of chunkWrites(writes, batchSize)) {
    const rows = await runner.writeTransaction((tx) => replaceArticles(tx, chunk, chunk.flatMap((w) => w.replaces)));
    rowsDone += rows;
    docsDone += chunk.reduce((n, w) => n + distinctMembers(w), 0);
    report();
  }

  const entities = (await runner.run(S.COUNT_ENTITIES_BY_TYPE)).reduce((n, r) => n + Number(r.n), 0);
  const claims = (await runner.run(S.COUNT_CLAIMS_BY_PREDICATE)).reduce((n, r) => n + Number(r.n), 0);
  const summary: LoadSummary = { documents: input.length, written, unchanged, duplicates, entities, claims, ms: Date.now() - started };
  if (rejected.length > 0) summary.rejected = rejected.map((e) => ({ id: e.documentId, code: e.code, message: e.message }));
  return summary;
}

/** Groups writes into transactions of about `batchSize` rows, never splitting an article. */
function chunkWrites(writes: WritePlan[], batchSize: number): WritePlan[][] {
  const chunks: WritePlan[][] = [];
  let current: WritePlan[] = [];
  let rows = 0;
  for (const w of writes) {
    const size = 1 + w.group.doc.entities.length * 2 + w.group.doc.facts.length;
    if (current.length > 0 && rows + size > batchSize) {
      chunks.push(current);
      current = [];
      rows = 0;
    }
    current.push(w);
    rows += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * In one transaction: removes the old content of `replacedIds`, writes the
 * new articles, then recomputes every entity and fact edge either touched.
 * Returns the number of rows written.
 */
async function replaceArticles(tx: CypherTx, writes: WritePlan[], replacedIds: string[]): Promise<number> {
  const replaced = sortedUnique(replacedIds);
  const keyRows = replaced.length > 0 ? await tx.run(S.READ_ARTICLE_CLAIM_KEYS, { ids: replaced }) : [];
  const entityRows = replaced.length > 0 ? await tx.run(S.READ_ARTICLE_ENTITIES, { ids: replaced }) : [];
  const affectedFacts = new Map<string, { subject: string; predicate: Predicate; object: string }>();
  const noteFact = (subject: string, predicate: Predicate, object: string): void => {
    const [s, o] = factEnds(subject, predicate, object);
    affectedFacts.set(factEdgeId(s, predicate, o), { subject: s, predicate, object: o });
  };
  for (const r of keyRows) if (isPredicate(r.predicate)) noteFact(String(r.subject), r.predicate, String(r.object));
  const affectedEntities = new Set(entityRows.map((r) => String(r.id)));

  if (replaced.length > 0) {
    await tx.run(S.DELETE_ARTICLE_CLAIMS, { ids: replaced });
    await tx.run(S.DELETE_ARTICLE_MENTIONS, { ids: replaced });
    const rewritten = new Set(writes.map((w) => w.group.members[0]!.id));
    const gone = replaced.filter((id) => !rewritten.has(id));
    if (gone.length > 0) await tx.run(S.DELETE_ARTICLES, { ids: gone });
  }

  const built = writes.map((w) => ({ ...articleRows(w.group), memberIds: sortedUnique(w.group.members.map((m) => m.id)) }));
  const contributions = built.flatMap((b) => b.contributions);
  const claims = built.flatMap((b) => b.claims.map((c) => ({ claim: c, article: b.article })));
  let rows = 0;
  if (built.length > 0) {
    const articleRowsList = built.map((b) => articleRow(b.article, b.memberIds));
    await tx.run(S.UPSERT_ARTICLES, { rows: articleRowsList });
    const entityIds = sortedUnique(contributions.map((c) => c.entity));
    await tx.run(S.ENSURE_ENTITIES, { rows: entityIds.map((id) => ({ id })) });
    await tx.run(S.UPSERT_MENTIONS, { rows: contributions.map(mentionRow) });
    if (claims.length > 0) await tx.run(S.UPSERT_CLAIMS, { rows: claims.map(({ claim, article }) => claimRow(claim, article)) });
    const attributed = claims.filter(({ claim }) => claim.attributedTo !== undefined);
    if (attributed.length > 0)
      await tx.run(S.ATTRIBUTE_CLAIMS, { rows: attributed.map(({ claim }) => ({ id: claim.id, attributedTo: claim.attributedTo })) });
    rows += articleRowsList.length + contributions.length * 2 + claims.length + attributed.length;
    for (const c of contributions) affectedEntities.add(c.entity);
    for (const { claim } of claims) noteFact(claim.subject, claim.predicate, claim.object);
  }
  rows += await recomputeEntities(tx, sortedUnique(affectedEntities));
  rows += await recomputeFactEdges(tx, [...affectedFacts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, f]) => f));
  return rows;
}

/** Re-merges entities from their MENTIONS rows; entities nobody mentions go. */
async function recomputeEntities(tx: CypherTx, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await tx.run(S.READ_CONTRIBUTIONS, { ids });
  const byEntity = new Map<string, EntityContribution[]>();
  for (const r of rows) {
    if (!isEntityType(r.type)) continue;
    const c: EntityContribution = {
      article: String(r.article),
      entity: String(r.entity),
      name: String(r.name),
      type: r.type,
      aliases: (r.aliases as string[] | null) ?? [],
      count: Number(r.count),
    };
    if (typeof r.wikidata === 'string') c.wikidata = r.wikidata;
    byEntity.set(c.entity, [...(byEntity.get(c.entity) ?? []), c]);
  }
  const merged = [...byEntity.values()].map((cs) => mergeEntity(cs.sort((a, b) => (a.article < b.article ? -1 : 1))));
  const byType = new Map<EntityType, StoredEntity[]>();
  for (const e of merged) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  for (const [type, list] of [...byType.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))
    await tx.run(S.upsertEntitiesStatement(type), { rows: list.map(entityRow) });
  const unmentioned = ids.filter((id) => !byEntity.has(id));
  if (unmentioned.length > 0) await tx.run(S.DELETE_UNMENTIONED_ENTITIES, { ids: unmentioned });
  return merged.length + unmentioned.length;
}

/** Re-aggregates fact edges from their claims; edges with no claim left go. */
async function recomputeFactEdges(tx: CypherTx, facts: { subject: string; predicate: Predicate; object: string }[]): Promise<number> {
  if (facts.length === 0) return 0;
  const lookups = facts.flatMap((f) =>
    SYMMETRIC_PREDICATES.has(f.predicate) && f.subject !== f.object
      ? [f, { subject: f.object, predicate: f.predicate, object: f.subject }]
      : [f],
  );
  const rows = await tx.run(S.READ_FACT_CLAIMS, { rows: lookups });
  const byFact = new Map<string, ClaimWithArticle[]>();
  for (const r of rows) {
    if (!isPredicate(r.predicate)) continue;
    const claim = { id: String(r.id), subject: String(r.subject), predicate: r.predicate, object: String(r.object) } as Claim;
    if (r.count !== null && r.count !== undefined) claim.count = Number(r.count);
    if (typeof r.time === 'string') claim.time = r.time;
    const article = { id: String(r.article), outlet: (r.outlet as string | null) ?? null, publishedAt: (r.publishedAt as string | null) ?? null };
    const key = factEdgeId(claim.subject, claim.predicate, claim.object);
    byFact.set(key, [...(byFact.get(key) ?? []), { claim, article }]);
  }
  const upserts = new Map<Predicate, FactEdge[]>();
  const deletes = new Map<Predicate, { subject: string; object: string }[]>();
  for (const f of facts) {
    const items = byFact.get(factEdgeId(f.subject, f.predicate, f.object));
    if (items && items.length > 0) {
      items.sort((a, b) => (a.claim.id < b.claim.id ? -1 : 1));
      upserts.set(f.predicate, [...(upserts.get(f.predicate) ?? []), aggregateFactEdge(items)]);
    } else deletes.set(f.predicate, [...(deletes.get(f.predicate) ?? []), { subject: f.subject, object: f.object }]);
  }
  let rowsWritten = 0;
  for (const p of PREDICATES) {
    const del = deletes.get(p);
    if (del) await tx.run(S.deleteFactEdgesStatement(p), { rows: del });
    const up = upserts.get(p);
    if (up) await tx.run(S.upsertFactEdgesStatement(p), { rows: up.map(factEdgeRow) });
    rowsWritten += (del?.length ?? 0) + (up?.length ?? 0);
  }
  return rowsWritten;
}
