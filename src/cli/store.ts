// Opening the store the environment configures: Neo4j when NEO4J_URI is set,
// else the embedded store under --data-dir / SIMPUL_DATA_DIR / ./data.
import { openStore, storeConfigFromEnv } from '../store';
import type { GraphStore } from '../store/types';

export const storeHelp = `
Store configuration (environment):
  NEO4J_URI        e.g. bolt://localhost:7687 — use Neo4j instead of the embedded store
  NEO4J_USER       default neo4j
  NEO4J_PASSWORD   required with NEO4J_URI
  NEO4J_DATABASE   optional database name
  NEO4J_CONNECT_ATTEMPTS, NEO4J_RETRY_DELAY_MS
                   connection tries (default 5) and first retry delay in ms
                   (default 500, doubled each time)
  SIMPUL_DATA_DIR  embedded store folder (default ./data)
`;

/** `stderr` receives the connection retry lines (Neo4j), so a wait is never silent. */
export async function openConfiguredStore(env: NodeJS.ProcessEnv, dataDir?: string, stderr?: NodeJS.WritableStream): Promise<GraphStore> {
  const config = storeConfigFromEnv(dataDir ? { ...env, SIMPUL_DATA_DIR: dataDir } : env);
  const store = await openStore(config, stderr ? { log: (line) => stderr.write(`simpul: ${line}\n`) } : {});
  await store.init();
  return store;
}
