// Neo4j connection settings and connecting with retry. Credentials are never
// logged or put in error messages.
import neo4j, { type Driver } from 'neo4j-driver';
import { StoreError } from '../types';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** connection attempts before giving up (default 5) */
  attempts?: number;
  /** first retry delay, doubled each time (default 500 ms) */
  retryDelayMs?: number;
}

export interface ConnectDeps {
  createDriver?: (config: Neo4jConfig) => Driver;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

const AUTH_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

function errorCode(err: unknown): string {
  return typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : '';
}

export function isAuthError(err: unknown): boolean {
  return AUTH_CODES.has(errorCode(err));
}

/** Opens a driver and checks it can reach the server, retrying with backoff. */
export async function connectNeo4j(config: Neo4jConfig, deps: ConnectDeps = {}): Promise<Driver> {
  const createDriver =
    deps.createDriver ??
    ((c: Neo4jConfig) => neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), { userAgent: 'simpul' }));
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const attempts = Math.max(1, config.attempts ?? 5);
  let delay = config.retryDelayMs ?? 500;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let driver: Driver | undefined;
    try {
      driver = createDriver(config);
      await driver.verifyConnectivity(config.database ? { database: config.database } : undefined);
      return driver;
    } catch (err) {
      await driver?.close().catch(() => undefined);
      if (isAuthError(err))
        throw new StoreError(
          'AUTH_FAILED',
          `Neo4j at ${config.uri} rejected user "${config.user}" (${errorCode(err)}): check NEO4J_USER and NEO4J_PASSWORD`,
        );
      lastError = err;
      if (attempt < attempts) {
        deps.log?.(`Neo4j at ${config.uri} not reachable (attempt ${attempt}/${attempts}); retrying in ${delay} ms`);
        await sleep(delay);
        delay *= 2;
      }
    }
  }
  const reason = (lastError as Error)?.message?.split('\n')[0] ?? String(lastError);
  throw new StoreError(
    'CONNECTION_FAILED',
    `cannot reach Neo4j at ${config.uri} after ${attempts} attempts (${reason}). ` +
      `Is it running? Start it with \`docker compose up neo4j\`, or check NEO4J_URI` +
      (config.database ? ` and NEO4J_DATABASE=${config.database}` : '') +
      `; unset NEO4J_URI to use the embedded store.`,
  );
}
