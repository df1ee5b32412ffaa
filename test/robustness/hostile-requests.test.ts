// Hostile requests, beyond what test/server/api.test.ts already covers (route
// validation, headers, CORS, body limit, 404s, hidden internal errors):
// - the server over the Neo4j store: whatever the request, only the store's
//   fixed statements reach Cypher, user input only as parameters;
// - the Cypher box end to end: write clauses refused before anything is sent,
//   allowed queries sent in READ mode with a time-out and a row limit;
// - the driver-backed runner really opens a READ session with the time-out
//   and stops streaming at the row limit;
// - odd query strings (arrays, objects, traversal, oversize) get 400/404 JSON.
import { PassThrough } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import { main } from '../../src/cli/main';
import { startServer, type RunningServer } from '../../src/server/app';
import { schemaStatements } from '../../src/store/neo4j/cypher-file';
import { DriverRunner, RecordingRunner } from '../../src/store/neo4j/runner';
import * as S from '../../src/store/neo4j/statements';
import { Neo4jStore } from '../../src/store/neo4j/store';
import { allFixtures } from '../store/fixtures';
import { SimulatedNeo4j } from '../store/simulated-neo4j';
import { seedFiles, tempDir } from './helpers';

const KNOWN = new Set([...Object.values(S.allStatements()), ...schemaStatements()]);
const NO_STACK = /\bat .*\.(ts|js):\d+|node_modules|\/src\//;

let runner: RecordingRunner;
let srv: RunningServer;
const logged: unknown[] = [];

beforeAll(async () => {
  const sim = new SimulatedNeo4j();
  runner = new RecordingRunner((statement, params) =>
    statement.startsWith('MATCH (n:Entity) RETURN') ? Array.from({ length: 7 }, (_, i) => ({ id: `e${i}`, n: i })) : sim.respond(statement, params),
  );
  const store = new Neo4jStore({ runner });
  await store.load(allFixtures());
  srv = await startServer({ store, port: 0, warm: false, query: { timeoutMs: 1500, rowLimit: 5 }, logError: (e) => logged.push(e) });
});
afterAll(async () => {
  await srv.close();
});

async function request(path: string, init?: RequestInit): Promise<{ status: number; text: string; body: any }> {
  const res = await fetch(srv.url + path, init);
  const text = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: res.status, text, body };
}

const postQuery = (body: unknown, raw?: string) =>
  request('/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ?? JSON.stringify(body) });

describe('nothing user-supplied reaches Cypher except as a parameter (server over the Neo4j store)', () => {
  const hostile = [
    "/api/entity/person:x')%20DETACH%20DELETE%20n%20//",
    '/api/entity/' + encodeURIComponent('country:KP` DETACH DELETE n //'),
    '/api/entity/country:KP',
    '/api/search?q=' + encodeURIComponent("Korut' OR 1=1 MATCH (n) DETACH DELETE n //"),
    '/api/search?q=' + encodeURIComponent('}]->(x) CALL dbms.security.listUsers() YIELD username RETURN username //'),
    '/api/graph?types=Country',
    '/api/graph?predicates=SENDS_TROOPS_TO&modalities=denied&from=2024-01&to=2025',
    '/api/graph?types=' + encodeURIComponent('Country`) DETACH DELETE (n'),
    '/api/graph?predicates=' + encodeURIComponent('SENDS_TROOPS_TO]->() DELETE r //'),
    '/api/facts?outlets=' + encodeURIComponent("x' DELETE n"),
    '/api/stats',
  ];

  it.each(hostile)('%s', async (path) => {
    const before = runner.calls.length;
    const r = await request(path);
    expect([200, 400, 404]).toContain(r.status);
    expect(r.text).not.toMatch(NO_STACK);
    for (const call of runner.calls.slice(before)) {
      expect(KNOWN.has(call.statement) ? 'a fixed statement' : call.statement).toBe('a fixed statement');
      expect(call.read).toBeUndefined();
    }
  });

  it('the hostile text travelled as a parameter value, verbatim', async () => {
    const q = "Korut' OR 1=1 MATCH (n) DETACH DELETE n //";
    const before = runner.calls.length;
    await request('/api/search?q=' + encodeURIComponent(q));
    const sent = runner.calls.slice(before).find((c) => c.statement === S.SEARCH_ENTITIES);
    expect(sent).toBeDefined();
    expect(JSON.stringify(sent!.params)).toContain('detach delete');
  });
});

describe('the Cypher box over the Neo4j store', () => {
  it.each([
    ['CREATE (n:Entity {id: "x"}) RETURN n', 'CREATE'],
    ['MATCH (a), (b) MERGE (a)-[:SENDS_TROOPS_TO]->(b)', 'MERGE'],
    ['MATCH (n) DETACH DELETE n', 'DELETE'],
    ['MATCH (n) SET n.name = "pwned"', 'SET'],
    ['CALL dbms.security.createUser("x", "y", false)', 'dbms'],
    ['CALL dbms.listConfig() YIELD name RETURN name', 'dbms'],
    ['LOAD CSV FROM "file:///etc/passwd" AS line RETURN line', 'LOAD'],
    ['match (n) return n; create (m)', 'CREATE'],
    ['MATCH (n) CALL { CREATE (m) } RETURN n', 'CREATE'],
    ['MATCH (n) /* harmless */ DeLeTe n', 'DELETE'],
    ['CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DELETE n", {})', 'apoc'],
  ])('refuses %s before sending anything', async (cypher, word) => {
    const before = runner.calls.length;
    const r = await postQuery({ cypher });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toMatch(/^(WRITE_REFUSED|BAD_BODY)$/);
    expect(r.body.error.message).toContain(word === 'apoc' || word === 'dbms' ? `CALL ${word}` : word);
    expect(runner.calls.length).toBe(before);
  });

  it('runs an allowed query in READ mode with the configured time-out and row limit, and says it truncated', async () => {
    const before = runner.calls.length;
    const r = await postQuery({ cypher: 'MATCH (n:Entity) RETURN n.id AS id, count(*) AS n', params: { x: "'; DROP" } });
    expect(r.status).toBe(200);
    const calls = runner.calls.slice(before);
    expect(calls).toEqual([
      { statement: 'MATCH (n:Entity) RETURN n.id AS id, count(*) AS n', params: { x: "'; DROP" }, tx: null, read: { mode: 'READ', timeoutMs: 1500, rowLimit: 5 } },
    ]);
    expect(r.body.columns).toEqual(['id', 'n']);
    expect(r.body.rows).toHaveLength(5);
    expect(r.body.truncated).toBe(true);
  });

  it('refuses malformed bodies with a 400 naming the field', async () => {
    expect((await postQuery({ cypher: 'MATCH (n) RETURN n', params: [1] })).body.error.param).toBe('params');
    expect((await postQuery({ cypher: 42 })).body.error.param).toBe('cypher');
    expect((await postQuery({ cypher: 'MATCH (n) RETURN n', database: 'system' })).body.error.param).toBe('database');
    expect((await postQuery([])).status).toBe(400);
    expect((await postQuery(null, '{"cypher": "MATCH (n) RETURN n"')).status).toBe(400);
    const huge = await postQuery({ cypher: 'MATCH (n) RETURN n // ' + 'x'.repeat(6000) });
    expect(huge.status).toBe(400);
  });
});

describe('the driver-backed runner (fake driver, no server)', () => {
  function fakeDriver(records: number) {
    const seen: { sessionConfig?: Record<string, unknown>; txConfig?: Record<string, unknown>; streamed: number; cancelled: boolean; closed: boolean } = {
      streamed: 0,
      cancelled: false,
      closed: false,
    };
    const result = {
      keys: async () => ['n'],
      [Symbol.asyncIterator]() {
        let i = 0;
        return {
          next: async () => (i < records ? (seen.streamed++, { done: false, value: { keys: ['n'], get: () => i++ } }) : { done: true, value: undefined }),
          return: async () => ((seen.cancelled = true), { done: true, value: undefined }),
        };
      },
    };
    const driver = {
      session(config: Record<string, unknown>) {
        seen.sessionConfig = config;
        return {
          executeRead: async (work: (tx: unknown) => Promise<unknown>, txConfig: Record<string, unknown>) => {
            seen.txConfig = txConfig;
            return work({ run: () => result });
          },
          close: async () => void (seen.closed = true),
        };
      },
    } as unknown as Driver;
    return { driver, seen };
  }

  it('opens a READ session, passes the time-out, stops streaming at the row limit and closes the session', async () => {
    const { driver, seen } = fakeDriver(1000);
    const out = await new DriverRunner(driver, 'news').readQuery('MATCH (n) RETURN n', {}, { timeoutMs: 2500, rowLimit: 10 });
    expect(seen.sessionConfig).toEqual({ defaultAccessMode: 'READ', database: 'news' });
    expect(seen.txConfig).toEqual({ timeout: 2500 });
    expect(out.rows).toHaveLength(10);
    expect(out.truncated).toBe(true);
    expect(seen.streamed).toBe(11);
    expect(seen.cancelled).toBe(true);
    expect(seen.closed).toBe(true);
  });

  it('a short answer is not truncated', async () => {
    const { driver } = fakeDriver(3);
    const out = await new DriverRunner(driver).readQuery('MATCH (n) RETURN n', {}, { timeoutMs: 100, rowLimit: 10 });
    expect(out).toEqual({ columns: ['n'], rows: [[0], [1], [2]], truncated: false });
  });
});

describe('odd requests', () => {
  it.each([
    ['/api/graph?limit[]=5', 400, '/api/graph?limit[]=5'],
    ['/api/graph?limit[$gt]=0', 400, '/api/graph?limit[$gt]=0'],
    ['/api/search?q[]=a&q[]=b', 400, '/api/search?q[]=a&q[]=b'],
    ['/api/search?q=<5000 characters>', 400, '/api/search?q=' + 'a'.repeat(5000)],
    ['/api/entity/%00', 400, '/api/entity/%00'],
    ['/api/entity/..%2F..%2Fpackage.json', 400, '/api/entity/..%2F..%2Fpackage.json'],
    ['/dist/..%2F..%2Fpackage.json', 404, '/dist/..%2F..%2Fpackage.json'],
    ['/api/graph?<200 unknown parameters>', 400, '/api/graph?' + Array.from({ length: 200 }, (_, i) => `p${i}=1`).join('&')],
    ['/api/health', 200, '/api/health'],
  ])('%s → %s, JSON, no stack', async (_label, status, path) => {
    const r = await request(path);
    expect(r.status).toBe(status);
    expect(r.text).not.toMatch(NO_STACK);
    expect(r.text).not.toContain('"name": "simpul"');
    if (path.startsWith('/api/')) expect(r.body).not.toBeNull();
  });

  it('a write method on a read route is a JSON 404, not an action', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const r = await request('/api/entity/country:KP', { method });
      expect(r.status).toBe(404);
      expect(r.body.error.code).toBe('NOT_FOUND');
    }
  });

  it('nothing unexpected reached the error log', () => {
    expect(logged).toEqual([]);
  });
});

describe('simpul serve binds to loopback unless told otherwise', () => {
  it('prints a 127.0.0.1 URL and stops cleanly on SIGINT', async () => {
    const data = tempDir('serve');
    expect(await main(['build', seedFiles()[0]!, '--data-dir', data], quietIO())).toBe(0);
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (c) => (out += c));
    const running = main(['serve', '--port', '0', '--data-dir', data], { ...quietIO(), stdout });
    for (let i = 0; i < 100 && !/serving/.test(out); i++) await new Promise((r) => setTimeout(r, 50));
    const url = /(http:\/\/[^\s]+)/.exec(out)?.[1] ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(url + '/api/health')).status).toBe(200);
    process.emit('SIGINT');
    expect(await running).toBe(0);
  });
});

function quietIO() {
  return { stdout: new PassThrough(), stderr: new PassThrough(), env: {}, cwd: process.cwd() };
}
