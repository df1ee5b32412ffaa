// The shared store suite against a real Neo4j, only when NEO4J_URI is set:
//   docker compose up -d neo4j
//   NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=... npx jest test/store/neo4j-live
// WARNING: it deletes everything in the target database before each test.
import { storeConfigFromEnv } from '../../src/store/index';
import { Neo4jStore } from '../../src/store/neo4j/store';
import { storeContract } from './contract';
import { CLEAR_DATABASE } from './live-helpers';


const live = Boolean(process.env.NEO4J_URI);

if (!live) {
  console.warn(
    [
      '',
      '################################################################',
      '#  SKIPPED: Neo4j store contract suite (NEO4J_URI is not set). #',
      '#  Only the embedded store was tested live. To run it:         #',
      '#    docker compose up -d neo4j                                #',
      '#    NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... \\      #',
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
