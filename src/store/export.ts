// Exports of the graph for Neo4j without the live loader:
//  - neo4j-admin: CSV files with headers for `neo4j-admin database import full`
//    (corpora too big for transactional loading);
//  - cypher: a script for cypher-shell.
// Both are rendered from the same rows and statements as the live loader, so
// they produce the same graph.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isInt, type Integer } from 'neo4j-driver';
import { ENTITY_TYPES, PREDICATES, type ExtractedDocument } from '../extract/types';
import { EmbeddedStore } from './embedded';
import { buildGraphModel, type GraphModel } from './model';
import { schemaStatements } from './neo4j/cypher-file';
import { articleRow, claimRow, entityRow, factEdgeRow, mentionRow } from './neo4j/rows';
import * as S from './neo4j/statements';
import { writeFileAtomic } from './snapshot';

export type ExportSource = ExtractedDocument[] | GraphModel | EmbeddedStore;

export interface ExportSummary {
  files: string[];
  entities: number;
  articles: number;
  claims: number;
  factEdges: number;
}

async function modelOf(source: ExportSource): Promise<GraphModel> {
  if (source instanceof EmbeddedStore) return (await source.graph()).model;
  if (Array.isArray(source)) {
    const { model, rejected } = buildGraphModel(source);
    if (rejected.length > 0) throw rejected[0]!;
    return model;
  }
  return source;
}

export interface PlannedStatement {
  statement: string;
  rows: Record<string, unknown>[];
}

/** The live loader's write statements with the final rows of a whole model, in dependency order. */
export function exportPlan(model: GraphModel): PlannedStatement[] {
  const articleById = new Map(model.articles.map((a) => [a.id, a]));
  const plan: PlannedStatement[] = [];
  plan.push({ statement: S.UPSERT_ARTICLES, rows: model.articles.map((a) => articleRow(a, model.articleMembers[a.id] ?? [a.id])) });
  for (const type of ENTITY_TYPES) {
    const rows = model.entities.filter((e) => e.type === type).map(entityRow);
    if (rows.length > 0) plan.push({ statement: S.upsertEntitiesStatement(type), rows });
  }
  plan.push({ statement: S.UPSERT_MENTIONS, rows: model.contributions.map(mentionRow) });
  plan.push({ statement: S.UPSERT_CLAIMS, rows: model.claims.map((c) => claimRow(c, articleById.get(c.article)!)) });
  const attributed = model.claims.filter((c) => c.attributedTo !== undefined).map((c) => ({ id: c.id, attributedTo: c.attributedTo }));
  if (attributed.length > 0) plan.push({ statement: S.ATTRIBUTE_CLAIMS, rows: attributed });
  for (const p of PREDICATES) {
    const rows = model.factEdges.filter((f) => f.predicate === p).map(factEdgeRow);
    if (rows.length > 0) plan.push({ statement: S.upsertFactEdgesStatement(p), rows });
  }
  return plan.filter((s) => s.rows.length > 0);
}

// ---- cypher-shell script ----

/** A Cypher literal; strings escaped, Integers as integers, JS numbers as floats. */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (isInt(value)) return (value as Integer).toString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a Cypher literal`);
    return Number.isInteger(value) ? `${value}.0` : String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string')
    return `'${value.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (ch) => {
      if (ch === '\\') return '\\\\';
      if (ch === "'") return "\\'";
      if (ch === '\n') return '\\n';
      if (ch === '\r') return '\\r';
      if (ch === '\t') return '\\t';
      return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    })}'`;
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, '``')}\``}: ${cypherLiteral(v)}`)
      .join(', ')}}`;
  throw new Error(`cannot write a ${typeof value} as a Cypher literal`);
}

/** The script's statements: schema, then each planned statement with its rows inlined in batches. */
export function cypherScriptStatements(model: GraphModel, batchSize = 500): string[] {
  const out = [...schemaStatements()];
  for (const { statement, rows } of exportPlan(model)) {
    if (!statement.startsWith('UNWIND $rows AS row')) throw new Error('export expects UNWIND $rows statements');
    for (let i = 0; i < rows.length; i += batchSize)
      out.push(statement.replace('UNWIND $rows AS row', `UNWIND ${cypherLiteral(rows.slice(i, i + batchSize))} AS row`));
  }
  return out;
}

export async function exportCypherScript(source: ExportSource, file: string, batchSize = 500): Promise<ExportSummary> {
  const model = await modelOf(source);
  const header = [
    '// simpul graph export for cypher-shell (Neo4j 5):',
    `//   cypher-shell -a "$NEO4J_URI" -u "$NEO4J_USER" -p "$NEO4J_PASSWORD" -f ${path.basename(file)}`,
    `// ${model.articles.length} articles, ${model.entities.length} entities, ${model.claims.length} claims, ${model.factEdges.length} fact edges.`,
    '// Idempotent: every write is a MERGE on a constrained key, so running it twice changes nothing.',
    '',
  ].join('\n');
  const body = cypherScriptStatements(model, batchSize).map((s) => `${s};\n`).join('\n');
  await writeFileAtomic(file, `${header}\n${body}`);
  return summary([file], model);
}

// ---- neo4j-admin CSV ----

/** Array delimiter for neo4j-admin; a value containing it has it replaced by U+FF1B (the one lossy step). */
export const ARRAY_DELIMITER = ';';

function csvField(value: unknown, kind: 'string' | 'number' | 'array'): string {
  if (value === null || value === undefined) return ''; // empty and unquoted: no property
  if (kind === 'number') return isInt(value) ? (value as Integer).toString() : String(value);
  if (kind === 'array') {
    const items = (value as unknown[]).map((v) => (isInt(v) ? (v as Integer).toString() : String(v).split(ARRAY_DELIMITER).join('\uff1b')));
    if (items.length === 0) return '';
    return `"${items.join(ARRAY_DELIMITER).replace(/"/g, '""')}"`;
  }
  return `"${String(value).replace(/"/g, '""')}"`;
}

interface CsvColumn {
  header: string;
  key: string;
  kind: 'string' | 'number' | 'array';
}

const col = (header: string, kind: CsvColumn['kind'] = 'string', key = header.split(':')[0]!): CsvColumn => ({ header, key, kind });

function csv(columns: CsvColumn[], rows: Record<string, unknown>[]): string {
  const lines = [columns.map((c) => c.header).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c.key], c.kind)).join(','));
  return lines.join('\n') + '\n';
}

export const NEO4J_ADMIN_FILES = {
  entities: 'entities.csv',
  articles: 'articles.csv',
  claims: 'claims.csv',
  mentions: 'mentions.csv',
  claimLinks: 'claim_links.csv',
  statedIn: 'stated_in.csv',
  factEdges: 'fact_edges.csv',
} as const;

export function neo4jAdminCsv(model: GraphModel): Record<keyof typeof NEO4J_ADMIN_FILES, string> {
  const plan = exportPlan(model);
  type Rec = Record<string, unknown>;
  const rowsOf = (match: (statement: string) => boolean): Rec[] => plan.filter((p) => match(p.statement)).flatMap((p) => p.rows);
  const entityStatements = new Set(ENTITY_TYPES.map(S.upsertEntitiesStatement));
  const factStatements = new Map(PREDICATES.map((p) => [S.upsertFactEdgesStatement(p), p]));
  const entities = rowsOf((s) => entityStatements.has(s)).map((r) => ({ ...r, labels: ['Entity', r.type] }));
  const articles = rowsOf((s) => s === S.UPSERT_ARTICLES).map((r) => ({ ...r, labels: ['Article'] }));
  const claims: Rec[] = rowsOf((s) => s === S.UPSERT_CLAIMS).map((r) => ({ ...r, labels: ['Claim'] }));
  const mentions = rowsOf((s) => s === S.UPSERT_MENTIONS).map((r) => ({ ...r, relType: 'MENTIONS' }));
  const claimLinks: Rec[] = claims.flatMap((c) => [
    { from: c.id, to: c.subject, relType: 'SUBJECT' },
    { from: c.id, to: c.object, relType: 'OBJECT' },
    ...(c.attributedTo ? [{ from: c.id, to: c.attributedTo, relType: 'ATTRIBUTED_TO' }] : []),
  ]);
  const statedIn = claims.map((c) => ({ from: c.id, to: c.article, relType: 'STATED_IN' }));
  const factEdges = plan.flatMap((p) => (factStatements.has(p.statement) ? p.rows.map((r) => ({ ...r, relType: factStatements.get(p.statement) })) : []));
  return {
    entities: csv(
      [col('id:ID(Entity)'), col(':LABEL', 'array', 'labels'), col('name'), col('type'), col('aliases:string[]', 'array'), col('wikidata'),
        col('mentions:long', 'number'), col('articles:long', 'number'), col('searchText')],
      entities,
    ),
    articles: csv(
      [col('id:ID(Article)'), col(':LABEL', 'array', 'labels'), col('source'), col('sources:string[]', 'array'), col('memberIds:string[]', 'array'),
        col('outlet'), col('title'), col('publishedAt'), col('language'), col('contentHash')],
      articles,
    ),
    claims: csv(
      [col('id:ID(Claim)'), col(':LABEL', 'array', 'labels'), col('article'), col('predicate'), col('subject'), col('object'),
        col('count:long', 'number'), col('countModifier'), col('time'), col('modality'), col('role'), col('attributedTo'),
        col('confidence:double', 'number'), col('evidence'), col('start:long', 'number'), col('end:long', 'number'), col('periodStart'), col('periodEnd')],
      claims,
    ),
    mentions: csv(
      [col(':START_ID(Article)', 'string', 'article'), col(':END_ID(Entity)', 'string', 'entity'), col(':TYPE', 'string', 'relType'),
        col('count:long', 'number'), col('name'), col('type'), col('aliases:string[]', 'array'), col('wikidata')],
      mentions,
    ),
    // one file per id space of the end node
    claimLinks: csv([col(':START_ID(Claim)', 'string', 'from'), col(':END_ID(Entity)', 'string', 'to'), col(':TYPE', 'string', 'relType')], claimLinks),
    factEdges: csv(
      [col(':START_ID(Entity)', 'string', 'subject'), col(':END_ID(Entity)', 'string', 'object'), col(':TYPE', 'string', 'relType'), col('id'),
        col('claims:long', 'number'), col('articles:long', 'number'), col('outlets:string[]', 'array'), col('firstSeen'), col('lastSeen'),
        col('counts:long[]', 'array')],
      factEdges,
    ),
    statedIn: csv([col(':START_ID(Claim)', 'string', 'from'), col(':END_ID(Article)', 'string', 'to'), col(':TYPE', 'string', 'relType')], statedIn),
  };
}

/** The import command for the files in `dir` (database name default `neo4j`). */
export function neo4jAdminCommand(database = 'neo4j'): string {
  return [
    'neo4j-admin database import full',
    `  --nodes=${NEO4J_ADMIN_FILES.entities} --nodes=${NEO4J_ADMIN_FILES.articles} --nodes=${NEO4J_ADMIN_FILES.claims}`,
    `  --relationships=${NEO4J_ADMIN_FILES.mentions} --relationships=${NEO4J_ADMIN_FILES.claimLinks}`,
    `  --relationships=${NEO4J_ADMIN_FILES.statedIn} --relationships=${NEO4J_ADMIN_FILES.factEdges}`,
    `  --array-delimiter="${ARRAY_DELIMITER}" --multiline-fields=true --overwrite-destination=true ${database}`,
  ].join(' \\\n');
}

export async function exportNeo4jAdmin(source: ExportSource, dir: string): Promise<ExportSummary> {
  const model = await modelOf(source);
  const files = neo4jAdminCsv(model);
  const written: string[] = [];
  for (const key of Object.keys(NEO4J_ADMIN_FILES) as (keyof typeof NEO4J_ADMIN_FILES)[]) {
    const text = files[key];
    const file = path.join(dir, NEO4J_ADMIN_FILES[key]);
    await writeFileAtomic(file, text);
    written.push(file);
  }
  const readme = [
    '# simpul export for neo4j-admin',
    '',
    'Stop the database, run this from this folder (it replaces the database), start it again,',
    'then apply the constraints and indexes: `cypher-shell -f cypher/schema.cypher`.',
    '',
    '```sh',
    neo4jAdminCommand(),
    '```',
    '',
  ].join('\n');
  const readmeFile = path.join(dir, 'IMPORT.md');
  await fs.mkdir(dir, { recursive: true });
  await writeFileAtomic(readmeFile, readme);
  written.push(readmeFile);
  return summary(written, model);
}

function summary(files: string[], model: GraphModel): ExportSummary {
  return { files, entities: model.entities.length, articles: model.articles.length, claims: model.claims.length, factEdges: model.factEdges.length };
}
