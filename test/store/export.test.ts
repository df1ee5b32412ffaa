import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { EmbeddedStore } from '../../src/store/embedded';
import {
  NEO4J_ADMIN_FILES,
  cypherLiteral,
  cypherScriptStatements,
  exportCypherScript,
  exportNeo4jAdmin,
  exportPlan,
  neo4jAdminCommand,
} from '../../src/store/export';
import { buildGraphModel } from '../../src/store/model';
import { Neo4jStore } from '../../src/store/neo4j/store';
import { RecordingRunner } from '../../src/store/neo4j/runner';
import { splitCypherStatements } from '../../src/store/neo4j/cypher-file';
import { allFixtures, fixture } from './fixtures';
import { SimulatedNeo4j } from './simulated-neo4j';

/** A small RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes). */
function parseCsv(text: string): Record<string, string | null>[] {
  const records: (string | null)[][] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let row: (string | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') (quoted = true), (wasQuoted = true);
    else if (ch === ',' || ch === '\n') {
      row.push(field === '' && !wasQuoted ? null : field);
      field = '';
      wasQuoted = false;
      if (ch === '\n') records.push(row), (row = []);
    } else field += ch;
  }
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h as string, r[i] ?? null])));
}

const docs = [...allFixtures(), { ...fixture('fx_a2'), id: 'fx_a2_mirror', source: 'mirror/fx_a2_mirror.txt' }];

describe('exports', () => {
  it('the export plan leaves the same graph as the live loader', async () => {
    const live = new SimulatedNeo4j();
    await new Neo4jStore({ runner: new RecordingRunner(live.respond) }).load(docs);
    const exported = new SimulatedNeo4j();
    const runner = new RecordingRunner(exported.respond);
    for (const { statement, rows } of exportPlan(buildGraphModel(docs).model)) await runner.run(statement, { rows });
    for (const part of ['articles', 'entities', 'mentions', 'claims', 'facts'] as const)
      expect(new Map([...exported[part]].sort())).toEqual(new Map([...live[part]].sort()));
  });

  it('neo4j-admin CSV files hold what the embedded store holds', async () => {
    const store = new EmbeddedStore({ dataDir: mkdtempSync(path.join(tmpdir(), 'simpul-export-')) });
    await store.load(docs);
    const dir = mkdtempSync(path.join(tmpdir(), 'simpul-admin-'));
    const summary = await exportNeo4jAdmin(store, dir);
    const read = (f: string) => parseCsv(readFileSync(path.join(dir, f), 'utf8'));
    const graph = await store.graph();
    const entities = read(NEO4J_ADMIN_FILES.entities).sort((a, b) => (a['id:ID(Entity)']! < b['id:ID(Entity)']! ? -1 : 1));
    expect(entities.map((e) => e['id:ID(Entity)'])).toEqual(graph.model.entities.map((e) => e.id));
    for (const [i, e] of graph.model.entities.entries()) {
      expect(entities[i]![':LABEL']).toBe(`Entity;${e.type}`);
      expect(entities[i]!.name).toBe(e.name);
      expect(entities[i]!['aliases:string[]']?.split(';') ?? []).toEqual(e.aliases);
      expect(Number(entities[i]!['mentions:long'])).toBe(e.mentions);
    }
    const articles = read(NEO4J_ADMIN_FILES.articles);
    expect(articles.find((a) => a['id:ID(Article)'] === 'fx_a2')!['sources:string[]']).toBe('fixtures/fx_a2.txt;mirror/fx_a2_mirror.txt');
    const claims = read(NEO4J_ADMIN_FILES.claims);
    expect(claims.map((c) => c['id:ID(Claim)'])).toEqual(graph.model.claims.map((c) => c.id));
    expect(claims.map((c) => c.evidence)).toEqual(graph.model.claims.map((c) => c.evidence));
    const facts = read(NEO4J_ADMIN_FILES.factEdges);
    expect(facts.map((f) => `${f[':START_ID(Entity)']}|${f[':TYPE']}|${f[':END_ID(Entity)']}`).sort()).toEqual(graph.model.factEdges.map((f) => f.id).sort());
    const links = read(NEO4J_ADMIN_FILES.claimLinks);
    expect(links.filter((l) => l[':TYPE'] === 'ATTRIBUTED_TO')).toHaveLength(graph.model.claims.filter((c) => c.attributedTo).length);
    expect(read(NEO4J_ADMIN_FILES.statedIn)).toHaveLength(graph.model.claims.length);
    expect(read(NEO4J_ADMIN_FILES.mentions)).toHaveLength(graph.model.mentions.length);
    expect(summary).toMatchObject({ entities: graph.model.entities.length, claims: graph.model.claims.length });
    expect(readFileSync(path.join(dir, 'IMPORT.md'), 'utf8')).toContain(neo4jAdminCommand());
  });

  it('the cypher-shell script starts with the schema and inlines every row', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'simpul-script-')), 'graph.cypher');
    await exportCypherScript(docs, file, 5);
    const statements = splitCypherStatements(readFileSync(file, 'utf8'));
    expect(statements).toEqual(cypherScriptStatements(buildGraphModel(docs).model, 5));
    expect(statements.some((s) => s.includes('$'))).toBe(false);
    const model = buildGraphModel(docs).model;
    for (const c of model.claims) expect(statements.some((s) => s.includes(`id: '${c.id}'`))).toBe(true);
  });

  it('Cypher literals: strings survive quotes, backslashes and control characters; integers stay integers', () => {
    const unescape = (lit: string): string =>
      JSON.parse(`"${lit.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const lit = cypherLiteral(s);
        expect(lit.startsWith("'") && lit.endsWith("'")).toBe(true);
        expect(unescape(lit)).toBe(s);
      }),
    );
    expect(cypherLiteral([{ n: 1.5, c: 1, x: null }])).toBe('[{n: 1.5, c: 1.0, x: null}]');
  });
});
