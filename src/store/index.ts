// Choosing the store: Neo4j when NEO4J_URI is set, else the embedded store.
import { EmbeddedStore } from './embedded';
import type { Neo4jConfig } from './neo4j/config';
import { Neo4jStore } from './neo4j/store';
import { StoreError, type GraphStore } from './types';

export type StoreConfig =
  | { kind: 'embedded'; dataDir: string }
  | { kind: 'neo4j'; neo4j: Neo4jConfig };

/** Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, SIMPUL_DATA_DIR and
 * the optional connection retry settings NEO4J_CONNECT_ATTEMPTS and NEO4J_RETRY_DELAY_MS. */
export function storeConfigFromEnv(env: Record<string, string | undefined> = process.env): StoreConfig {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return { kind: 'embedded', dataDir: env.SIMPUL_DATA_DIR?.trim() || './data' };
  const password = env.NEO4J_PASSWORD;
  if (password === undefined || password === '')
    throw new StoreError('AUTH_FAILED', 'NEO4J_URI is set but NEO4J_PASSWORD is not: set it (and NEO4J_USER, default "neo4j")');
  const neo4j: Neo4jConfig = { uri, user: env.NEO4J_USER?.trim() || 'neo4j', password };
  const database = env.NEO4J_DATABASE?.trim();
  if (database) neo4j.database = database;
  const attempts = positiveIntFromEnv(env, 'NEO4J_CONNECT_ATTEMPTS', 100);
  if (attempts !== undefined) neo4j.attempts = attempts;
  const retryDelayMs = positiveIntFromEnv(env, 'NEO4J_RETRY_DELAY_MS', 60_000);
  if (retryDelayMs !== undefined) neo4j.retryDelayMs = retryDelayMs;
  return { kind: 'neo4j', neo4j };
}

function positiveIntFromEnv(env: Record<string, string | undefined>, name: string, max: number): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > max)
    throw new StoreError('CONNECTION_FAILED', `${name} must be a whole number from 1 to ${max}, not ${JSON.stringify(raw)}`);
  return n;
}

export interface OpenStoreOptions {
  /** progress lines while connecting (Neo4j retries); never holds credentials */
  log?: (line: string) => void;
}

/** Opens (and initialises) the configured store. */
export async function openStore(config: StoreConfig = storeConfigFromEnv(), options: OpenStoreOptions = {}): Promise<GraphStore> {
  const store: GraphStore =
    config.kind === 'neo4j'
      ? new Neo4jStore({ config: config.neo4j, connect: options.log ? { log: options.log } : {} })
      : new EmbeddedStore({ dataDir: config.dataDir });
  await store.init();
  return store;
}

/** A description safe to print: never the password. */
export function describeStoreConfig(config: StoreConfig): string {
  return config.kind === 'neo4j'
    ? `Neo4j at ${config.neo4j.uri} as ${config.neo4j.user}${config.neo4j.database ? ` (database ${config.neo4j.database})` : ''}`
    : `embedded store in ${config.dataDir}`;
}

export { EmbeddedStore } from './embedded';
export { Neo4jStore } from './neo4j/store';
export { StoreError } from './types';
export type { GraphStore } from './types';
