// The seeds through the real extractor into both stores: whatever the extractor
// currently finds, the embedded store and the Neo4j loader must agree on it.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';
import { extractArticle } from '../../src/extract/pipeline';
import type { ExtractedDocument } from '../../src/extract/types';
import { EmbeddedStore } from '../../src/store/embedded';
import { Neo4jStore } from '../../src/store/neo4j/store';
import { RecordingRunner } from '../../src/store/neo4j/runner';
import { allStatements } from '../../src/store/neo4j/statements';
import { schemaStatements } from '../../src/store/neo4j/cypher-file';
import { SimulatedNeo4j } from './simulated-neo4j';

const SEEDS = path.join(__dirname, '..', '..', 'seeds');

function extractSeeds(): ExtractedDocument[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => extractArticle(readFileSync(path.join(SEEDS, f), 'utf8'), { id: f.replace(/\.txt$/, ''), source: `seeds/${f}` }));
}

describe('the seeds in both stores', () => {
  const docs = extractSeeds();

  it('load into the embedded store in milliseconds, and a second load changes no byte', async () => {
    const store = new EmbeddedStore({ dataDir: mkdtempSync(path.join(tmpdir(), 'simpul-seeds-')) });
    const t0 = performance.now();
    const summary = await store.load(docs);
    const ms = performance.now() - t0;
    console.log(`seeds: ${summary.documents} documents, ${summary.entities} entities, ${summary.claims} claims loaded in ${ms.toFixed(1)} ms`);
    expect(summary.rejected).toBeUndefined();
    expect(summary.written).toBe(docs.length);
    const snapshot = readFileSync(store.snapshotPath);
    expect(await store.load(extractSeeds())).toMatchObject({ written: 0, unchanged: docs.length });
    expect(readFileSync(store.snapshotPath).equals(snapshot)).toBe(true);
  });

  it('the Neo4j loader sends only known statements, integers as neo4j Integers, and leaves what the embedded store holds', async () => {
    const sim = new SimulatedNeo4j();
    const runner = new RecordingRunner(sim.respond);
    await new Neo4jStore({ runner }).load(docs);
    const known = new Set([...Object.values(allStatements()), ...schemaStatements()]);
    for (const call of runner.calls) {
      expect(known.has(call.statement)).toBe(true);
      for (const row of (call.params.rows ?? []) as Record<string, unknown>[])
        for (const [key, value] of Object.entries(row)) {
          if (typeof value === 'number') expect(key).toBe('confidence');
          if (Array.isArray(value)) for (const v of value) expect(typeof v).not.toBe('number');
        }
    }
    const claimRows = runner.calls.flatMap((c) => (c.statement.includes('MERGE (c:Claim') ? (c.params.rows as Record<string, unknown>[]) : []));
    expect(claimRows.length).toBe(docs.reduce((n, d) => n + d.facts.length, 0));
    expect(claimRows.every((r) => neo4j.isInt(r.start) && neo4j.isInt(r.end) && (r.count === null || neo4j.isInt(r.count)))).toBe(true);

    const embedded = new EmbeddedStore({ dataDir: mkdtempSync(path.join(tmpdir(), 'simpul-seeds-')) });
    await embedded.load(docs);
    const { model } = await embedded.graph();
    expect([...sim.entities.keys()].sort()).toEqual(model.entities.map((e) => e.id));
    for (const e of model.entities) expect(sim.entities.get(e.id)).toMatchObject({ name: e.name, aliases: e.aliases, mentions: e.mentions });
    expect([...sim.facts.values()].map((f) => f.id).sort()).toEqual(model.factEdges.map((f) => f.id).sort());
    for (const f of model.factEdges)
      expect(sim.facts.get(`${f.subject}|${f.predicate}|${f.object}`)).toMatchObject({ claims: f.claims, outlets: f.outlets, counts: f.counts });
  });
});
