// Neo4j faults without a Neo4j: nothing listening (the real driver against a
// closed loopback port), a wrong password (the real driver against a Bolt
// endpoint that rejects the login), and the connection lost in the middle of
// a load (a transactional simulator failing each write transaction in turn).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../cli/helpers';
import { extractFile } from '../../src/extract/file';
import type { ExtractedDocument } from '../../src/extract/types';
import { connectNeo4j } from '../../src/store/neo4j/config';
import type { CypherRunner, CypherTx, Params, Row } from '../../src/store/neo4j/runner';
import { Neo4jStore } from '../../src/store/neo4j/store';
import { allFixtures, changedA3 } from '../store/fixtures';
import { SimulatedNeo4j } from '../store/simulated-neo4j';
import { closedPort, startRejectingBolt } from './fake-bolt';
import { seedFiles, tempDir } from './helpers';

const PASSWORD = 'hunter2-Sup3r-S3cret';

async function jsonlFile(): Promise<string> {
  const file = join(tempDir('neo4j-jsonl'), 'seed.jsonl');
  const doc = await extractFile(seedFiles()[0]!);
  writeFileSync(file, JSON.stringify(doc) + '\n');
  return file;
}

describe('Neo4j unreachable at start', () => {
  it('load retries with doubling delays, says so on stderr, then fails with one clear line and exit 1', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const file = await jsonlFile();
    const started = performance.now();
    const r = await runCli(['load', file], { NEO4J_URI: uri, NEO4J_PASSWORD: PASSWORD, NEO4J_CONNECT_ATTEMPTS: '3', NEO4J_RETRY_DELAY_MS: '100' });
    const ms = performance.now() - started;
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `simpul: Neo4j at ${uri} not reachable (attempt 1/3); retrying in 100 ms`,
      `simpul: Neo4j at ${uri} not reachable (attempt 2/3); retrying in 200 ms`,
      expect.stringMatching(new RegExp(`^simpul load: error: cannot reach Neo4j at ${uri} after 3 attempts \\(.+ECONNREFUSED.+\\)\\. Is it running\\?.*unset NEO4J_URI to use the embedded store\\. \\(CONNECTION_FAILED\\)$`)),
    ]);
    expect(ms).toBeGreaterThanOrEqual(300);
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
  });

  it('bad retry settings are refused by name', async () => {
    const r = await runCli(['load', await jsonlFile()], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', NEO4J_CONNECT_ATTEMPTS: 'many' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/NEO4J_CONNECT_ATTEMPTS must be a whole number from 1 to 100, not "many"/);
  });
});

describe('wrong Neo4j password', () => {
  it('the real driver gets AUTH_FAILED on the first attempt, without retrying', async () => {
    const bolt = await startRejectingBolt();
    try {
      const error = await connectNeo4j({ uri: bolt.uri, user: 'neo4j', password: PASSWORD, attempts: 5, retryDelayMs: 10_000 }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'AUTH_FAILED' });
      expect((error as Error).message).toBe(
        `Neo4j at ${bolt.uri} rejected user "neo4j" (Neo.ClientError.Security.Unauthorized): check NEO4J_USER and NEO4J_PASSWORD`,
      );
      expect(bolt.received().includes(Buffer.from(PASSWORD))).toBe(true); // it did reach the server
    } finally {
      await bolt.close();
    }
  });

  it('through the CLI: one line saying so, exit 1, and the password appears nowhere in the output', async () => {
    const bolt = await startRejectingBolt();
    try {
      const r = await runCli(['load', await jsonlFile()], { NEO4J_URI: bolt.uri, NEO4J_USER: 'analyst', NEO4J_PASSWORD: PASSWORD });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `simpul load: error: Neo4j at ${bolt.uri} rejected user "analyst" (Neo.ClientError.Security.Unauthorized): check NEO4J_USER and NEO4J_PASSWORD (AUTH_FAILED)\n`,
      );
      expect(r.stderr).not.toContain(PASSWORD);
    } finally {
      await bolt.close();
    }
  });
});

/** The simulator's whole state, in a form two runs can be compared by. */
type SimState = Record<'articles' | 'mentions' | 'claims' | 'entities' | 'facts', [string, unknown][]>;

function stateOf(sim: SimulatedNeo4j): SimState {
  const sorted = (m: Map<string, Record<string, unknown>>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { articles: sorted(sim.articles), mentions: sorted(sim.mentions), claims: sorted(sim.claims), entities: sorted(sim.entities), facts: sorted(sim.facts) };
}

function restore(sim: SimulatedNeo4j, saved: SimState): void {
  for (const key of Object.keys(saved) as (keyof SimState)[]) {
    const map = sim[key] as Map<string, Record<string, unknown>>;
    map.clear();
    for (const [k, v] of structuredClone(saved[key])) map.set(k, v as Record<string, unknown>);
  }
}

/**
 * A CypherRunner over the simulator with real transaction semantics: a
 * failing transaction is rolled back. It fails transaction number `failAt`
 * (counting from 0) after `afterStatements` statements, or at its commit
 * when it has fewer, as a dropped connection would.
 */
class FlakyRunner implements CypherRunner {
  transactions = 0;
  constructor(
    private readonly sim: SimulatedNeo4j,
    private readonly failAt: number | null,
    private readonly afterStatements = 1,
  ) {}
  async run(statement: string, params: Params = {}): Promise<Row[]> {
    return this.sim.respond(statement, params);
  }
  async writeTransaction<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    const n = this.transactions++;
    const saved = structuredClone(stateOf(this.sim));
    let statements = 0;
    const lost = () => Object.assign(new Error('Connection was closed by server'), { code: 'ServiceUnavailable' });
    try {
      const result = await work({
        run: async (statement, params = {}) => {
          if (n === this.failAt && statements++ >= this.afterStatements) throw lost();
          return this.sim.respond(statement, params);
        },
      });
      if (n === this.failAt) throw lost(); // a short transaction: lost at commit
      return result;
    } catch (e) {
      restore(this.sim, saved);
      throw e;
    }
  }
  async close(): Promise<void> {}
}

describe('Neo4j lost in the middle of a load', () => {
  let seedDocs: ExtractedDocument[];
  beforeAll(async () => {
    seedDocs = await Promise.all(seedFiles().map((f) => extractFile(f, { referenceDate: '2025-06-30' })));
  });

  /** Fails each write transaction of `docs` in turn, re-runs, and compares with an uninterrupted load. */
  async function everyBatchInTurn(before: ExtractedDocument[], docs: ExtractedDocument[], afterStatements: number): Promise<number> {
    const fresh = async (): Promise<SimulatedNeo4j> => {
      const sim = new SimulatedNeo4j();
      if (before.length) await new Neo4jStore({ runner: new FlakyRunner(sim, null) }).load(before, { batchSize: 40 });
      return sim;
    };
    const reference = await fresh();
    const clean = new FlakyRunner(reference, null);
    await new Neo4jStore({ runner: clean }).load(docs, { batchSize: 40 });
    const expected = stateOf(reference);
    expect(clean.transactions).toBeGreaterThan(3);
    for (let failAt = 0; failAt < clean.transactions; failAt++) {
      const sim = await fresh();
      const flaky = new FlakyRunner(sim, failAt, afterStatements);
      const error = await new Neo4jStore({ runner: flaky }).load(docs, { batchSize: 40 }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'ServiceUnavailable' });
      const rerun = await new Neo4jStore({ runner: new FlakyRunner(sim, null) }).load(docs, { batchSize: 40 });
      expect(rerun.documents).toBe(docs.length);
      expect({ failAt, state: stateOf(sim) }).toEqual({ failAt, state: expected });
    }
    return clean.transactions;
  }

  it('into an empty database: whichever transaction fails, the re-run ends equal to an uninterrupted load', async () => {
    for (const afterStatements of [0, 3]) expect(await everyBatchInTurn([], [...allFixtures(), ...seedDocs], afterStatements)).toBeGreaterThan(3);
  });

  it('replacing changed articles: whichever transaction fails, the re-run ends equal to an uninterrupted load', async () => {
    const changedSeeds = seedDocs.map((d) => ({ ...d, facts: d.facts.slice(1), contentHash: `changed-${d.contentHash ?? d.id}` }));
    await everyBatchInTurn([...allFixtures(), ...seedDocs], [changedA3(), ...changedSeeds], 2);
  });
});
