import neo4j, { type Driver } from 'neo4j-driver';
import { fromNeo4j } from '../../src/store/neo4j/runner';
import { connectNeo4j } from '../../src/store/neo4j/config';
import { describeStoreConfig, storeConfigFromEnv } from '../../src/store/index';
import { StoreError } from '../../src/store/types';

const config = { uri: 'bolt://db.example:7687', user: 'analyst', password: 's3cret-pw', attempts: 4, retryDelayMs: 100 };

function fakeDriver(verify: () => Promise<void>): Driver {
  return { verifyConnectivity: verify, close: async () => undefined } as unknown as Driver;
}

describe('connecting to Neo4j', () => {
  it('retries an unreachable server with backoff, then fails with an actionable CONNECTION_FAILED', async () => {
    const sleeps: number[] = [];
    const error = await connectNeo4j(config, {
      createDriver: () => fakeDriver(async () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ServiceUnavailable' }))),
      sleep: async (ms) => void sleeps.push(ms),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'CONNECTION_FAILED' });
    expect(sleeps).toEqual([100, 200, 400]);
    const message = (error as Error).message;
    expect(message).toContain('bolt://db.example:7687');
    expect(message).toContain('docker compose up neo4j');
    expect(message).not.toContain('s3cret-pw');
  });

  it('succeeds once the server answers', async () => {
    let calls = 0;
    const driver = await connectNeo4j(config, {
      createDriver: () => fakeDriver(async () => (++calls < 3 ? Promise.reject(new Error('not yet')) : undefined)),
      sleep: async () => undefined,
    });
    expect(calls).toBe(3);
    expect(driver).toBeDefined();
  });

  it('a wrong password is AUTH_FAILED at once, without the password in the message', async () => {
    let attempts = 0;
    const error = await connectNeo4j(config, {
      createDriver: () =>
        fakeDriver(async () => {
          attempts++;
          throw Object.assign(new Error('The client is unauthorized due to authentication failure.'), {
            code: 'Neo.ClientError.Security.Unauthorized',
          });
        }),
      sleep: async () => undefined,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'AUTH_FAILED' });
    expect(attempts).toBe(1);
    expect((error as Error).message).toContain('NEO4J_PASSWORD');
    expect((error as Error).message).not.toContain('s3cret-pw');
  });

  it('the real driver against a closed port ends in CONNECTION_FAILED', async () => {
    const error = await connectNeo4j({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', attempts: 2, retryDelayMs: 10 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'CONNECTION_FAILED' });
  });
});

describe('store configuration from the environment', () => {
  it('is the embedded store without NEO4J_URI', () => {
    expect(storeConfigFromEnv({})).toEqual({ kind: 'embedded', dataDir: './data' });
    expect(storeConfigFromEnv({ SIMPUL_DATA_DIR: '/tmp/x' })).toEqual({ kind: 'embedded', dataDir: '/tmp/x' });
  });

  it('is Neo4j with NEO4J_URI, user defaulting to neo4j, optional database', () => {
    const c = storeConfigFromEnv({ NEO4J_URI: 'neo4j://h:7687', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'news' });
    expect(c).toEqual({ kind: 'neo4j', neo4j: { uri: 'neo4j://h:7687', user: 'neo4j', password: 'pw', database: 'news' } });
    expect(describeStoreConfig(c)).not.toContain('pw');
  });

  it('asks for the password when only the URI is set', () => {
    expect(() => storeConfigFromEnv({ NEO4J_URI: 'bolt://h' })).toThrow(/NEO4J_PASSWORD/);
  });
});

describe('values coming back from Neo4j', () => {
  it('Integers become numbers, inside lists and maps too', () => {
    expect(fromNeo4j({ n: neo4j.int(11000), counts: [neo4j.int(1500), neo4j.int(3000)], claim: { start: neo4j.int(7), confidence: 0.8 } })).toEqual({
      n: 11000,
      counts: [1500, 3000],
      claim: { start: 7, confidence: 0.8 },
    });
  });
});
