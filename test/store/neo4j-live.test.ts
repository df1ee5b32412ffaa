// The shared store suite against a real Neo4j, only when NEO4J_URI is set:
//   NEO4J_PASSWORD=choose-one docker compose up -d neo4j
//   NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=choose-one npx jest test/store/neo4j-live
// WARNING: it deletes everything in the target database before each test.
import { storeConfigFromEnv } from '../../src/store/index';
import { Neo4jStore } from '../../src/store/neo4j/store';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded';
import { listLibraryQueries, runLibraryQueryOnStore } from '../../src/store/library';
import { storeContract } from './contract';
import { allFixtures } from './fixtures';
import { CLEAR_DATABASE } from './live-helpers';


const live = Boolean(process.env.NEO4J_URI);

if (!live) {
  console.warn(
    [
      '',
      '################################################################',
      '#  SKIPPED: Neo4j store contract suite (NEO4J_URI is not set). #',
      '#  Only the embedded store was tested live. To run it:         #',
      '#    NEO4J_PASSWORD=choose-one docker compose up -d neo4j      #',
      '#    NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=choose-one \\#',
      '#      npx jest test/store/neo4j-live                          #',
      '################################################################',
      '',
    ].join('\n'),
  );
}

(live ? describe : describe.skip)('Neo4jStore (contract, live)', () => {
  storeContract({
    async open() {
      const config = storeConfigFromEnv();
      if (config.kind !== 'neo4j') throw new Error('NEO4J_URI is required');
      const store = new Neo4jStore({ config: config.neo4j });
      await store.init();
      await (await store.cypher()).writeTransaction((tx) => tx.run(CLEAR_DATABASE));
      return store;
    },
  });
});

(live ? describe : describe.skip)('Cypher library on Neo4j matches the embedded twins (live)', () => {
  it('every library query gives the same rows on the fixtures', async () => {
    const config = storeConfigFromEnv();
    if (config.kind !== 'neo4j') throw new Error('NEO4J_URI is required');
    const neo = new Neo4jStore({ config: config.neo4j });
    await neo.init();
    await (await neo.cypher()).writeTransaction((tx) => tx.run(CLEAR_DATABASE));
    await neo.load(allFixtures());
    const embedded = new EmbeddedStore({ dataDir: mkdtempSync(path.join(tmpdir(), 'simpul-live-')) });
    await embedded.load(allFixtures());
    const params: Record<string, Record<string, string>> = {
      entity_timeline: { entity: 'country:KP' },
      shortest_path: { from: 'Volodymyr Zelensky', to: 'country:KP' },
      article_extraction: { article: 'fx_a1' },
      article_entities: { article: 'fx_a1' },
    };
    for (const q of listLibraryQueries()) {
      const fromNeo4j = await runLibraryQueryOnStore(q.name, params[q.name] ?? {}, neo);
      const fromEmbedded = await runLibraryQueryOnStore(q.name, params[q.name] ?? {}, embedded);
      // several shortest paths may exist: compare their length only
      if (q.name === 'shortest_path') expect(fromNeo4j.map((r) => r.hops)).toEqual(fromEmbedded.map((r) => r.hops));
      else expect({ q: q.name, rows: fromNeo4j }).toEqual({ q: q.name, rows: fromEmbedded });
    }
    await neo.close();
  });
});
