// The server keeps serving while a load runs: clients hit the graph, entity,
// search and stats routes throughout a large load, both into the store the
// server reads (same process) and by another process on the same data folder
// (as `simpul load` from another terminal does). Every answer is a 200 and
// shows either the whole old or the whole new graph, never a mix.
// Requests use a fresh connection each (agent: false): a client reusing an idle
// keep-alive socket while this process's event loop is busy can race the
// server's keep-alive timer, which is a client-side matter, not the server's.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { extractFile } from '../../src/extract/file';
import type { ExtractedDocument } from '../../src/extract/types';
import { startServer, type RunningServer } from '../../src/server/app';
import { EmbeddedStore } from '../../src/store/embedded';
import { seedFiles, tempDir } from './helpers';

const BIG = 800;
let seeds: ExtractedDocument[];
let store: EmbeddedStore;
let srv: RunningServer;
const dataDir = tempDir('serve-load');

function clones(prefix: string, n: number): ExtractedDocument[] {
  return Array.from({ length: n }, (_, i) => {
    const t = seeds[i % seeds.length]!;
    return { ...t, id: `${prefix}${i}`, contentHash: `${t.contentHash}-${prefix}-${i}` };
  });
}

function getJson(url: string): Promise<{ status: number; body: { articles?: number } }> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as { articles?: number } }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** Loads `batches` batches of `size` documents from a separate node process. */
function loadInAnotherProcess(prefix: string, size: number, batches: number): Promise<void> {
  const work = tempDir('serve-load-child');
  const bundle = join(work, 'load-loop.js');
  buildSync({ entryPoints: [join(__dirname, 'fixtures', 'load-loop.ts')], bundle: true, platform: 'node', target: 'node20', outfile: bundle, logLevel: 'warning' });
  const docsFile = join(work, 'docs.json');
  writeFileSync(docsFile, JSON.stringify(seeds));
  const child = spawn(process.execPath, [bundle, dataDir, docsFile, String(size), prefix, String(batches)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`child load failed (${code}): ${err}`)))));
}

beforeAll(async () => {
  seeds = await Promise.all(seedFiles().map((f) => extractFile(f, { referenceDate: '2025-06-30' })));
  store = new EmbeddedStore({ dataDir, refreshIntervalMs: 100 });
  await store.load(seeds);
  srv = await startServer({ store, port: 0, warm: false, logError: () => undefined });
});
afterAll(async () => {
  await srv.close();
  await store.close();
});

interface Traffic {
  statuses: Map<number, number>;
  articleCounts: Set<number>;
  requests: number;
  maxMs: number;
}

/** Four clients in a loop over the read routes until `done` settles. */
async function trafficDuring(done: Promise<unknown>): Promise<Traffic> {
  const t: Traffic = { statuses: new Map(), articleCounts: new Set(), requests: 0, maxMs: 0 };
  let finished = false;
  void done.finally(() => (finished = true));
  const entity = seeds[0]!.entities[0]!.id;
  const paths = ['/api/graph?limit=300', `/api/entity/${encodeURIComponent(entity)}`, '/api/search?q=Korea', '/api/stats'];
  const client = async (k: number): Promise<void> => {
    for (let i = k; !finished || t.requests < 8; i++) {
      const path = paths[i % paths.length]!;
      const started = performance.now();
      const { status, body } = await getJson(srv.url + path);
      t.maxMs = Math.max(t.maxMs, performance.now() - started);
      t.requests++;
      t.statuses.set(status, (t.statuses.get(status) ?? 0) + 1);
      if (path === '/api/stats') t.articleCounts.add(body.articles!);
    }
  };
  await Promise.all([0, 1, 2, 3].map(client));
  await done;
  return t;
}

describe('the server keeps serving while a load runs', () => {
  it(`a ${BIG}-document load into the store the server reads: every request answered 200, old or new graph only`, async () => {
    const load = store.load(clones('same', BIG));
    const t = await trafficDuring(load);
    expect((await load).written).toBe(BIG);
    expect([...t.statuses.keys()]).toEqual([200]);
    expect(t.requests).toBeGreaterThanOrEqual(8);
    for (const n of t.articleCounts) expect([seeds.length, seeds.length + BIG]).toContain(n);
    console.log(`during a ${BIG}-document load (same process): ${t.requests} requests, all 200, slowest ${t.maxMs.toFixed(0)} ms`);
  }, 60_000);

  it('loads by another process on the same folder: served throughout, each snapshot picked up whole', async () => {
    const before = seeds.length + BIG;
    const batch = 300;
    const t = await trafficDuring(loadInAnotherProcess('other', batch, 3));
    expect([...t.statuses.keys()]).toEqual([200]);
    for (const n of t.articleCounts) expect([before, before + batch, before + 2 * batch, before + 3 * batch]).toContain(n);
    console.log(`during 3 loads of ${batch} documents by another process: ${t.requests} requests, all 200, slowest ${t.maxMs.toFixed(0)} ms`);
    // the server notices the new snapshot on its next check
    let articles = 0;
    for (let i = 0; i < 50 && articles !== before + 3 * batch; i++) {
      articles = (await getJson(srv.url + '/api/stats')).body.articles!;
      if (articles !== before + 3 * batch) await new Promise((r) => setTimeout(r, 100));
    }
    expect(articles).toBe(before + 3 * batch);
  }, 60_000);
});
