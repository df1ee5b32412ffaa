// Web bench: generated graphs served through the real API from a real store,
// drawn by the real page in headless Chromium. Reports store load time, server
// time for the graph request (cold = overview + layout; warm = cached), time
// from navigation to the first full render, and frame times while panning.
// Run with `npm run bench:web` (scripts/run-ts.mjs bundles and runs it) (sizes: --sizes 2000x5000,20000x50000; --store memory|embedded).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../src/server/app';
import { EmbeddedStore } from '../src/store/embedded';
import type { GraphStore } from '../src/store/types';
import { MemoryStore } from '../test/server/memory-store';
import { chromiumAvailable, launchBrowser, CHROMIUM } from '../test/web/browser';
import { syntheticDocuments } from './synthetic-graph';

const REPO = resolve(process.env.SIMPUL_REPO ?? process.cwd());

interface Stats {
  mean: number;
  p50: number;
  p95: number;
  max: number;
  n: number;
}
function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { mean: s.reduce((a, b) => a + b, 0) / (s.length || 1), p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? NaN, n: s.length };
}
const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function timedFetch(url: string): Promise<{ ms: number; bytes: number; serverMs: number | null; body: string }> {
  const t0 = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  const took = performance.now() - t0;
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${body.slice(0, 200)}`);
  const timing = /dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
  return { ms: took, bytes: Buffer.byteLength(body), serverMs: timing ? Number(timing[1]) : null, body };
}

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof launchBrowser>>['browser']['newPage']>>;

/**
 * Frame time while panning, measured as the browser paces real frames: a
 * requestAnimationFrame loop in the page records its callback timestamps while
 * the pan is in progress, and the reported figure is the mean (p95, max) of the
 * intervals between consecutive callbacks. A frame that takes 200 ms to draw
 * (JS + SwiftShader rasterising + compositing) delays the next callback by
 * 200 ms, so the intervals are the frame times the user sees.
 * 1. mouse-drag pan: three drags by the real pointer (Playwright mouse events,
 *    40 steps each, a step every ≥16 ms), so sigma's own mouse captor pans and
 *    hover picking runs on every move; rAF intervals are recorded from just
 *    before the first button press to just after the last release.
 * 2. camera-driven pan: one camera.setState per rAF callback for 120 frames,
 *    the intervals between those callbacks (no pointer involved).
 * Sigma render time (beforeRender → afterRender) is reported beside it: the JS
 * part of a frame only.
 */
async function measurePans(page: Page, label: string): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchRenders: number[]; benchOn: boolean; benchHooked?: boolean };
    w.benchFrames = [];
    w.benchRenders = [];
    w.benchOn = true;
    const tick = (t: number) => {
      if (!w.benchOn) return;
      w.benchFrames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    if (!w.benchHooked) {
      w.benchHooked = true;
      let start = 0;
      window.simpul.sigma!.on('beforeRender', () => (start = performance.now()));
      window.simpul.sigma!.on('afterRender', () => w.benchOn && w.benchRenders.push(performance.now() - start));
    }
  });
  const box = (await page.locator('#sigma-container').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (const [dx, dy] of [[250, 0], [0, 200], [-250, -200]] as const) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) {
      await page.mouse.move(cx + (dx * i) / 40, cy + (dy * i) / 40);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  }
  const measured = await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchRenders: number[]; benchOn: boolean };
    w.benchOn = false;
    return { frames: w.benchFrames, renders: w.benchRenders, hideEdgesOnMove: window.simpul.sigma!.getSetting('hideEdgesOnMove') };
  });
  const intervals = measured.frames.slice(1).map((t, i) => t - measured.frames[i]!);
  const f = stats(intervals);
  const r = stats(measured.renders);
  console.log(`[${label}]`);
  console.log(`  mouse-drag pan: frame interval mean ${ms(f.mean)}, p95 ${ms(f.p95)}, max ${ms(f.max)} over ${f.n} frames; sigma render time mean ${ms(r.mean)}, p95 ${ms(r.p95)} over ${r.n} renders (hideEdgesOnMove: ${measured.hideEdgesOnMove})`);
  await page.waitForTimeout(300);
  const programmatic = await page.evaluate(
    () =>
      new Promise<number[]>((done) => {
        const camera = window.simpul.sigma!.getCamera();
        const start = camera.getState();
        const stamps: number[] = [];
        const step = (t: number) => {
          stamps.push(t);
          const k = stamps.length;
          camera.setState({ x: start.x + 0.002 * k, y: start.y + 0.001 * k });
          if (k < 120) requestAnimationFrame(step);
          else done(stamps);
        };
        requestAnimationFrame(step);
      }),
  );
  const p = stats(programmatic.slice(1).map((t, i) => t - programmatic[i]!));
  console.log(`  camera-driven pan: frame interval mean ${ms(p.mean)}, p95 ${ms(p.p95)}, max ${ms(p.max)} over ${p.n} frames`);
}

async function benchSize(nodes: number, edges: number, storeKind: string, browser: Awaited<ReturnType<typeof launchBrowser>>['browser'] | null): Promise<void> {
  console.log(`\n== ${nodes.toLocaleString('en')} nodes / ${edges.toLocaleString('en')} edges (${storeKind} store)`);
  const docs = syntheticDocuments(nodes, edges);
  const dataDir = mkdtempSync(join(tmpdir(), 'simpul-bench-web-'));
  const store: GraphStore = storeKind === 'memory' ? new MemoryStore() : new EmbeddedStore({ dataDir });
  await store.init();
  let t0 = performance.now();
  await store.load(docs);
  console.log(`store load: ${docs.length} articles in ${ms(performance.now() - t0)}`);
  const srv = await startServer({ store, port: 0, webDir: join(REPO, 'web'), warm: false, logError: (e) => console.error(e) });
  try {
    const url = `${srv.url}/api/graph?limit=50000`;
    const cold = await timedFetch(url);
    const graph = JSON.parse(cold.body) as { nodes: unknown[]; edges: unknown[]; layout: { iterations: number; ms: number } };
    console.log(`graph API cold (store overview + ForceAtlas2 ${graph.layout.iterations} it. + noverlap, ${ms(graph.layout.ms)} layout): ${ms(cold.ms)}, ${(cold.bytes / 1e6).toFixed(1)} MB, ${graph.nodes.length} nodes, ${graph.edges.length} edges`);
    const warm: number[] = [];
    const server: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await timedFetch(url);
      warm.push(r.ms);
      if (r.serverMs !== null) server.push(r.serverMs);
    }
    const filtered = await timedFetch(`${srv.url}/api/graph?limit=50000&types=Country,Person`);
    console.log(`graph API warm (cached, measured by the client over loopback, 7 runs): median ${ms(stats(warm).p50)}, max ${ms(stats(warm).max)}; server handler time median ${ms(stats(server).p50)}`);
    console.log(`graph API with a new filter (types=Country,Person; overview + reuse of the cached positions): ${ms(filtered.ms)}`);

    if (!browser) return;
    await srv.app.warm(); // what startServer does at start-up: layout and facets precomputed
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    t0 = performance.now();
    await page.goto(srv.url);
    await page.waitForFunction(() => window.simpul?.firstRenderMs !== null && window.simpul?.firstRenderMs !== undefined, null, { timeout: 120000 });
    const firstRender = await page.evaluate(() => window.simpul.firstRenderMs!);
    console.log(`page: navigation → first full render ${ms(firstRender)} (performance.now() at sigma's first afterRender with the graph); wall ${ms(performance.now() - t0)}`);

    for (const lod of [true, false]) {
      await page.evaluate((on) => (window.simpul.motion.enabled = on), lod);
      await page.waitForTimeout(300); // let the graph settle to its full drawing
      await measurePans(page, lod ? 'level of detail on (as shipped)' : 'level of detail off (everything drawn while moving)');
    }
    if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
    await page.close();
  } finally {
    await srv.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const sizes = arg('sizes', '2000x5000,20000x50000')
    .split(',')
    .map((s) => s.split('x').map(Number) as [number, number]);
  const storeKind = arg('store', 'embedded');
  console.log(`simpul web bench: node ${process.version}, Chromium ${CHROMIUM}; WebGL via SwiftShader (--disable-gpu --enable-unsafe-swiftshader)`);
  let launched: Awaited<ReturnType<typeof launchBrowser>> | null = null;
  if (chromiumAvailable()) launched = await launchBrowser();
  else console.log(`!!! ${CHROMIUM} missing: page timings skipped (apt-get install -y --no-install-recommends chromium)`);
  try {
    for (const [n, e] of sizes) await benchSize(n, e, storeKind, launched?.browser ?? null);
  } finally {
    await launched?.close();
  }
}

main().catch((err) => {
  console.error(`bench:web failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  process.exit(1);
});
