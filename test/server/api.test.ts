// The JSON API against a real server on an ephemeral port, through fetch.
import type { RunningServer } from '../../src/server/app';
import { startServer } from '../../src/server/app';
import type { GraphResponse } from '../../src/server/api-types';
import type { GraphStore } from '../../src/store/types';
import { FIXTURE_DOCS } from './fixtures';
import { openTestStore } from './store-under-test';

let store: GraphStore;
let srv: RunningServer;
const errors: unknown[] = [];

beforeAll(async () => {
  store = await openTestStore(FIXTURE_DOCS);
  srv = await startServer({ store, port: 0, warm: false, logError: (e) => errors.push(e) });
});
afterAll(async () => {
  await srv.close();
  await store.close();
});

async function get(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(srv.url + path, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

function expectError(r: { status: number; body: any }, status: number, code: string, param?: string): void {
  expect(r.status).toBe(status);
  expect(r.body.error.code).toBe(code);
  expect(typeof r.body.error.message).toBe('string');
  if (param) expect(r.body.error.param).toBe(param);
  expect(JSON.stringify(r.body)).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack traces
}

describe('listening', () => {
  it('binds to 127.0.0.1 by default', () => {
    expect(srv.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

describe('GET /api/health and /api/stats', () => {
  it('reports the store and its revision', async () => {
    const r = await get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, store: store.kind, readQuery: false });
    expect(r.body.revision).toBe(await store.revision());
  });
  it('counts what was loaded', async () => {
    const r = await get('/api/stats');
    expect(r.status).toBe(200);
    expect(r.body.articles).toBe(3);
    expect(r.body.entities).toBe(8);
    expect(r.body.byType.Country).toBe(5);
  });
  it('refuses unknown parameters', async () => {
    expectError(await get('/api/stats?x=1'), 400, 'UNKNOWN_PARAMETER', 'x');
  });
});

describe('GET /api/graph', () => {
  it('returns every node with a finite position and edges between returned nodes', async () => {
    const r = await get('/api/graph');
    expect(r.status).toBe(200);
    const g = r.body as GraphResponse;
    expect(g.nodes.length).toBe(8);
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const n of g.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
    for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    // a force layout spreads nodes out: no two share a position
    expect(new Set(g.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(g.nodes.length);
  });
  it('is deterministic and cached: the same request gives the same bytes', async () => {
    const a = await fetch(srv.url + '/api/graph?limit=100').then((r) => r.text());
    const b = await fetch(srv.url + '/api/graph?limit=100').then((r) => r.text());
    expect(a).toBe(b);
  });
  it('keeps positions when a filter hides nodes', async () => {
    const all = (await get('/api/graph')).body as GraphResponse;
    const some = (await get('/api/graph?predicates=CONDEMNS&hideIsolated=true')).body as GraphResponse;
    expect(some.nodes.length).toBeLessThan(all.nodes.length);
    for (const n of some.nodes) {
      const same = all.nodes.find((m) => m.id === n.id)!;
      expect([n.x, n.y]).toEqual([same.x, same.y]);
    }
    expect(some.edges.every((e) => e.predicate === 'CONDEMNS')).toBe(true);
  });
  it('applies type, modality, outlet and date filters', async () => {
    const persons = (await get('/api/graph?types=Country')).body as GraphResponse;
    expect(persons.nodes.every((n) => n.type === 'Country')).toBe(true);
    const denied = (await get('/api/graph?modalities=denied&hideIsolated=true')).body as GraphResponse;
    expect(denied.edges.map((e) => e.predicate)).toEqual(['SUPPLIES_WEAPONS_TO']);
    const kontan = (await get('/api/graph?outlets=Kontan&hideIsolated=1')).body as GraphResponse;
    expect(kontan.nodes.map((n) => n.id).sort()).toEqual(['country:KP', 'country:RU', 'person:kim-jong-un']);
    const old = (await get('/api/graph?to=2023&hideIsolated=true')).body as GraphResponse;
    expect(old.edges.every((e) => e.predicate === 'CONDEMNS')).toBe(true);
  });
  it('honours the limit and says it truncated', async () => {
    const g = (await get('/api/graph?limit=2')).body as GraphResponse;
    expect(g.nodes.length).toBe(2);
    expect(g.truncated).toBe(true);
    expect(g.totalNodes).toBe(8);
  });
  it.each([
    ['limit=0', 'limit'],
    ['limit=50001', 'limit'],
    ['limit=99999999999', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=1&limit=2', 'limit'],
    ['types=Country,Dragon', 'types'],
    ['predicates=LOVES', 'predicates'],
    ['modalities=certain', 'modalities'],
    ['outlets=Nowhere%20Times', 'outlets'],
    ['from=2024-13', 'from'],
    ['to=yesterday', 'to'],
    ['from=2025&to=2024', 'from'],
    ['hideIsolated=maybe', 'hideIsolated'],
  ])('refuses %s with a 400 naming %s', async (qs, param) => {
    expectError(await get(`/api/graph?${qs}`), 400, 'BAD_PARAMETER', param);
  });
  it('refuses unknown parameters by name', async () => {
    expectError(await get('/api/graph?colour=red'), 400, 'UNKNOWN_PARAMETER', 'colour');
  });
});

describe('GET /api/entity/:id', () => {
  it('returns facts with claims and their evidence', async () => {
    const r = await get('/api/entity/country:KP');
    expect(r.status).toBe(200);
    expect(r.body.entity.name).toBe('North Korea');
    const troops = r.body.facts.find((f: any) => f.predicate === 'SENDS_TROOPS_TO' && f.other.id === 'country:RU');
    expect(troops.claims.map((c: any) => c.count).sort((a: number, b: number) => a - b)).toEqual([1500, 12000]);
    expect(troops.claims.some((c: any) => c.evidence.includes('12.000 tentara'))).toBe(true);
  });
  it('404s an unknown id and 400s a malformed one', async () => {
    expectError(await get('/api/entity/country:ZZ'), 404, 'NOT_FOUND', 'id');
    expectError(await get('/api/entity/' + encodeURIComponent('<script>')), 400, 'BAD_PARAMETER', 'id');
    expectError(await get('/api/entity/' + 'country:' + 'x'.repeat(300)), 400, 'BAD_PARAMETER', 'id');
  });
});

describe('GET /api/search', () => {
  it('finds an Indonesian alias', async () => {
    const r = await get('/api/search?q=Korut');
    expect(r.status).toBe(200);
    expect(r.body.hits[0].id).toBe('country:KP');
  });
  it('validates q and limit', async () => {
    expectError(await get('/api/search'), 400, 'BAD_PARAMETER', 'q');
    expectError(await get('/api/search?q=%20%20'), 400, 'BAD_PARAMETER', 'q');
    expectError(await get('/api/search?q=' + 'a'.repeat(101)), 400, 'BAD_PARAMETER', 'q');
    expectError(await get('/api/search?q=ko&limit=51'), 400, 'BAD_PARAMETER', 'limit');
  });
});

describe('facts, facets and disagreements', () => {
  it('lists claims with filters', async () => {
    const r = await get('/api/facts?predicates=SENDS_TROOPS_TO');
    expect(r.status).toBe(200);
    expect(r.body.claims.length).toBe(3);
    expect(r.body.claims.every((c: any) => c.predicate === 'SENDS_TROOPS_TO')).toBe(true);
    expectError(await get('/api/facts?limit=5001'), 400, 'BAD_PARAMETER', 'limit');
  });
  it('offers facet values with counts', async () => {
    const r = await get('/api/facets');
    expect(r.status).toBe(200);
    expect(r.body.outlets.map((o: any) => o.value).sort()).toEqual(['CNBC Indonesia', 'Kontan', 'Tribunnews']);
    expect(r.body.modalities.find((m: any) => m.value === 'denied').count).toBe(1);
    expect(r.body.dates.min <= r.body.dates.max).toBe(true);
  });
  it('finds where sources disagree on counts and on denial', async () => {
    const r = await get('/api/disagreements');
    expect(r.status).toBe(200);
    const byPredicate = Object.fromEntries(r.body.groups.map((g: any) => [g.predicate, g.reasons]));
    expect(byPredicate.SENDS_TROOPS_TO).toEqual(['counts']);
    expect(byPredicate.SUPPLIES_WEAPONS_TO).toEqual(['modality']);
  });
});

describe('Cypher box', () => {
  it('is unavailable without a store that can run read queries', async () => {
    const r = await get('/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cypher: 'MATCH (n) RETURN n' }) });
    expectError(r, 501, 'NOT_AVAILABLE');
  });
});

describe('Cypher box with a store that runs read queries', () => {
  const calls: { cypher: string; opts: unknown }[] = [];
  let local: RunningServer;
  beforeAll(async () => {
    const dir = require('node:fs').mkdtempSync(require('node:path').join(require('node:os').tmpdir(), 'simpul-queries-'));
    require('node:fs').writeFileSync(require('node:path').join(dir, 'who-sends-troops.cypher'), '// Who sends troops where\nMATCH (a)-[r:SENDS_TROOPS_TO]->(b) RETURN a, r, b LIMIT 25\n');
    const reading = Object.create(store, {
      readQuery: {
        value: async (cypher: string, _params: unknown, opts: unknown) => {
          calls.push({ cypher, opts });
          if (cypher.includes('boom')) throw new Error('Invalid input "boom"\n  at line 1');
          return { columns: ['n'], rows: [['North Korea']], nodes: [{ id: 'country:KP', labels: ['Entity'] }], relationships: [], truncated: false };
        },
      },
    }) as GraphStore;
    local = await startServer({ store: reading, port: 0, warm: false, queriesDir: dir, query: { timeoutMs: 1234, rowLimit: 77 }, logError: () => {} });
  });
  afterAll(async () => {
    await local.close();
  });
  const post = (body: unknown) =>
    fetch(local.url + '/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: await r.json() }));

  it('runs a read query with the configured time-out and row limit', async () => {
    const r = await post({ cypher: 'MATCH (n:Entity) RETURN n.name AS n LIMIT 5' });
    expect(r.status).toBe(200);
    expect(r.body.rows).toEqual([['North Korea']]);
    expect(calls.at(-1)!.opts).toEqual({ timeoutMs: 1234, rowLimit: 77 });
  });
  it.each(['CREATE (n:X)', 'MATCH (n) MERGE (n)-[:R]->(n)', 'MATCH (n) DETACH DELETE n', 'CALL dbms.components()', 'LOAD CSV FROM "http://x" AS r RETURN r'])(
    'refuses %s before it reaches the store',
    async (cypher) => {
      const before = calls.length;
      const r = await post({ cypher });
      expectError(r, 400, 'WRITE_REFUSED', 'cypher');
      expect(calls.length).toBe(before);
    },
  );
  it('validates the body and reports query errors in one line', async () => {
    expectError(await post({ cypher: 42 }), 400, 'BAD_BODY', 'cypher');
    expectError(await post({ cypher: 'MATCH (n) RETURN n', extra: 1 }), 400, 'BAD_BODY', 'extra');
    expectError(await post({ cypher: 'MATCH (n) RETURN n', params: [1] }), 400, 'BAD_BODY', 'params');
    const failed = await post({ cypher: 'MATCH boom' });
    expectError(failed, 400, 'QUERY_FAILED', 'cypher');
    expect(failed.body.error.message).not.toContain('\n');
  });
  it('lists the library queries with their titles', async () => {
    const r = await fetch(local.url + '/api/queries').then((x) => x.json());
    expect(r.queries).toEqual([expect.objectContaining({ name: 'who-sends-troops', title: 'Who sends troops where' })]);
    const health = await fetch(local.url + '/api/health').then((x) => x.json());
    expect(health.readQuery).toBe(true);
  });
});

describe('hardening', () => {
  it('sets security headers with a CSP that allows only the page itself', async () => {
    const res = await fetch(srv.url + '/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
  it('does not open CORS', async () => {
    const res = await fetch(srv.url + '/api/graph', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await fetch(srv.url + '/api/graph', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
  });
  it('limits body size and refuses bad JSON without a stack', async () => {
    const big = await get('/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cypher: 'x'.repeat(20000) }) });
    expectError(big, 413, 'BODY_TOO_LARGE');
    const bad = await get('/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"cypher": ' });
    expectError(bad, 400, 'BAD_BODY');
  });
  it('answers unknown API routes with JSON 404', async () => {
    expectError(await get('/api/nope'), 404, 'NOT_FOUND');
  });
  it('hides internal errors behind a stable code', async () => {
    const broken = Object.create(store, {
      stats: { value: async () => { throw new Error('disk on fire at /secret/path'); } },
    }) as GraphStore;
    const local = await startServer({ store: broken, port: 0, warm: false, logError: () => {} });
    try {
      const res = await fetch(local.url + '/api/stats');
      const body = await res.json();
      expect(res.status).toBe(500);
      expect(body.error.code).toBe('INTERNAL');
      expect(JSON.stringify(body)).not.toContain('/secret/path');
    } finally {
      await local.close();
    }
  });
});

describe('serving during a load', () => {
  it('keeps answering while the store loads', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { syntheticDocuments } = require('../../scripts/synthetic-graph') as typeof import('../../scripts/synthetic-graph');
    const loading = await openTestStore([]);
    const local = await startServer({ store: loading, port: 0, warm: false, logError: (e) => errors.push(e) });
    try {
      const load = loading.load(syntheticDocuments(800, 2000));
      // cheap routes in the loop: a graph request during a load would lay out each new revision
      const statuses: number[] = [];
      let done = false;
      void load.finally(() => (done = true));
      while (!done && statuses.length < 200) {
        const res = await fetch(local.url + (statuses.length % 2 ? '/api/stats' : '/api/search?q=Country'));
        statuses.push(res.status);
        await res.text();
      }
      await load;
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.every((s) => s === 200)).toBe(true);
      const after = await (await fetch(local.url + '/api/stats')).json();
      expect(after.entities).toBe(800);
      expect((await fetch(local.url + '/api/graph?limit=100')).status).toBe(200);
    } finally {
      await local.close();
      await loading.close();
    }
  }, 60000);
});
