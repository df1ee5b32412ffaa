// `npm run bench:load`: the HTTP load test. Builds the seed graph in a fresh
// embedded store, serves it on 127.0.0.1 (loopback only, never another host),
// and drives it with autocannon: 50 connections for 20 s on /api/graph, then
// on /api/entity/<id> cycling through every entity. Prints requests per
// second, p99 latency and errors; exits 1 if any request failed.
// Options: --connections=N --duration=S (seconds).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile } from '../extract/file';
import { startServer } from '../server';
import { EmbeddedStore } from '../store/embedded';

interface AutocannonRequest {
  method?: string;
  path?: string;
  setupRequest?: (req: { path: string }) => { path: string };
}
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; requests?: AutocannonRequest[] }) => Promise<AutocannonResult>;
// autocannon ships no type declarations; this is the part of its API used here
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;

function numberArg(name: string, fallback: number): number {
  const arg = process.argv.slice(2).find((a) => a.startsWith(`--${name}=`));
  const n = arg ? Number(arg.split('=')[1]) : fallback;
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
}

function report(label: string, r: AutocannonResult): number {
  const failed = r.errors + r.timeouts + r.non2xx;
  console.log(
    `${label.padEnd(22)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(r.latency.p50).padStart(4)} ms  p99 ${String(r.latency.p99).padStart(4)} ms  max ${String(r.latency.max).padStart(5)} ms  ` +
      `${r.requests.total} requests, ${failed} errors (${r.errors} socket, ${r.timeouts} timeouts, ${r.non2xx} non-2xx)`,
  );
  return failed;
}

async function main(): Promise<void> {
  const connections = numberArg('connections', 50);
  const duration = numberArg('duration', 20);
  const root = join(__dirname, '..', '..');
  const seeds = join(root, 'seeds');
  const dataDir = mkdtempSync(join(tmpdir(), 'simpul-load-test-'));
  const store = new EmbeddedStore({ dataDir });
  try {
    const docs = await Promise.all(
      readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort().map((n) => extractFile(join(seeds, n))),
    );
    await store.load(docs);
    const stats = await store.stats();
    const ids = (await store.overview(100_000)).nodes.map((n) => n.id);
    const server = await startServer({ store, port: 0, host: '127.0.0.1', warm: false, logError: (e) => console.error(e) });
    await server.app.warm();
    if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(server.url)) throw new Error(`refusing to load-test ${server.url}: loopback only`);
    console.log(`# simpul load test — node ${process.version}, ${connections} connections, ${duration} s per route, ${server.url}`);
    console.log(`# graph: ${stats.articles} seed articles, ${stats.entities} entities, ${stats.factEdges} fact edges (embedded store)`);
    let failed = 0;
    try {
      failed += report('GET /api/graph', await autocannon({ url: `${server.url}/api/graph`, connections, duration }));
      let next = 0;
      const entityRequest: AutocannonRequest = {
        method: 'GET',
        setupRequest: (req) => ({ ...req, path: `/api/entity/${encodeURIComponent(ids[next++ % ids.length]!)}` }),
      };
      failed += report(`GET /api/entity/<id>`, await autocannon({ url: server.url, connections, duration, requests: [entityRequest] }));
    } finally {
      await server.close();
    }
    if (failed > 0) {
      console.error(`load test: ${failed} requests failed`);
      process.exitCode = 1;
    }
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
