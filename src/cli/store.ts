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
  SIMPUL_DATA_DIR  embedded store folder (default ./data)
`;

export async function openConfiguredStore(env: NodeJS.ProcessEnv, dataDir?: string): Promise<GraphStore> {
  const config = storeConfigFromEnv(dataDir ? { ...env, SIMPUL_DATA_DIR: dataDir } : env);
  const store = await openStore(config);
  await store.init();
  return store;
}
