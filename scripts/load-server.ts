// Load test of the explorer API (issue 6): 50 concurrent clients for 20 s on
// the graph and entity routes against loopback, from the embedded store
// holding a generated 2,000-node / 5,000-edge graph. Fails (exit 1) on any
// error, timeout or non-2xx answer. Run with `npm run load:server`
// (--connections N --duration S to change the bounds).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../src/server/app';
import { EmbeddedStore } from '../src/store/embedded';
import { syntheticDocuments } from './synthetic-graph';

// autocannon ships no types; this is the part used here
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<AutocannonResult>;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

async function main(): Promise<void> {
  const connections = arg('connections', 50);
  const duration = Math.min(arg('duration', 20), 120);
  const dataDir = mkdtempSync(join(tmpdir(), 'simpul-load-'));
  const store = new EmbeddedStore({ dataDir });
  await store.init();
  const docs = syntheticDocuments(2000, 5000);
  await store.load(docs);
  const srv = await startServer({ store, port: 0, webDir: join(resolve(process.env.SIMPUL_REPO ?? '.'), 'web'), warm: false });
  await srv.app.warm();
  const ids = [...new Set(docs.flatMap((d) => d.entities.map((e) => e.id)))].slice(0, 50);
  const requests = [
    { method: 'GET', path: '/api/graph?limit=2000' },
    ...ids.slice(0, 10).map((id) => ({ method: 'GET', path: `/api/entity/${encodeURIComponent(id)}` })),
    { method: 'GET', path: '/api/graph?limit=2000&types=Country,Person' },
    { method: 'GET', path: `/api/search?q=${encodeURIComponent('Country 1')}` },
  ];
  console.log(`load test: ${connections} connections for ${duration} s against ${srv.url} (loopback), cycling ${requests.length} requests (graph, entity, filtered graph, search)`);
  try {
    const result = await autocannon({ url: srv.url, connections, duration, requests });
    console.log(
      `requests/s ${result.requests.average.toFixed(0)} (total ${result.requests.total}); latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
    );
    if (result.errors || result.timeouts || result.non2xx) process.exitCode = 1;
  } finally {
    await srv.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`load:server failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
