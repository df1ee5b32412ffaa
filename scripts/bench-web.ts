// Web bench: generated graphs served through the real API from a real store,
// drawn by the real page in headless Chromium. Reports store load time, server
// time for the graph request (cold = overview + layout; warm = cached), time
// from navigation to the first full render, and frame times while panning.
// Run with `npm run bench:web` (scripts/run-ts.mjs bundles and runs it) (sizes: --sizes 2000x5000,20000x50000; --store memory|embedded; --modes shipped skips the comparisons).
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
 * Frame time while the user moves the camera, measured as the browser paces
 * real frames: a requestAnimationFrame loop in the page records its callback
 * timestamps, and a frame time is the interval between two consecutive
 * callbacks. A frame that takes 200 ms to draw (JS + SwiftShader rasterising +
 * compositing) delays the next callback by 200 ms, so the intervals are the
 * frame times the user sees.
 * - mouse-drag pan: three drags by the real pointer (Playwright mouse events,
 *   40 steps each, one every ≥ 16 ms; sigma's mouse captor and hover picking
 *   see every move). "frame" = intervals while the button is held; "redraw" =
 *   from the release to the first frame after the last sigma render that
 *   follows it (the full drawing back on screen). The bench waits for that
 *   redraw before the next drag.
 * - wheel zoom: four wheel steps (three in, one out) 120 ms apart at the
 *   centre; intervals from the first step until the last render, and the redraw.
 * - animated move: the page's own camera move to a node (what search and the
 *   entity panel do), 400 ms; intervals until its last render.
 * - raw setState: camera.setState once per frame for 60 frames, bypassing the
 *   page's camera control (the level-of-detail fallback is what then applies).
 * Sigma render time (beforeRender → afterRender, the JS part only) is given for the drags.
 */
async function measurePans(page: Page, label: string): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    if (!w.bench) {
      const rec = { frames: [] as { t: number; held: boolean }[], renders: [] as { start: number; end: number }[], held: false, start: 0 };
      w.bench = rec;
      const tick = (t: number) => {
        rec.frames.push({ t, held: rec.held });
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      window.addEventListener('pointerdown', () => (rec.held = true), { capture: true });
      window.addEventListener('pointerup', () => (rec.held = false), { capture: true });
      window.simpul.sigma!.on('beforeRender', () => (rec.start = performance.now()));
      window.simpul.sigma!.on('afterRender', () => rec.renders.push({ start: rec.start, end: performance.now() }));
    }
    w.bench.frames = [];
    w.bench.renders = [];
  });
  /** waits until nothing has been drawn for `quietMs`, then gives the time
   * from `since` to the first frame after the last render. */
  const redrawAfter = async (since: number, quietMs = 700): Promise<number> => {
    for (;;) {
      const r = await page.evaluate(({ since, quietMs }) => {
        const rec = (window as unknown as BenchWindow).bench!;
        const now = performance.now();
        const last = rec.renders.filter((x) => x.end >= since).pop();
        if (window.simpul.camera?.busy() || (last && now - last.end < quietMs) || (!last && now - since < quietMs)) return null;
        if (!last) return 0;
        const shown = rec.frames.find((f) => f.t > last.end);
        return shown ? shown.t - since : null;
      }, { since, quietMs });
      if (r !== null) return r;
      await page.waitForTimeout(100);
    }
  };
  const now = () => page.evaluate(() => performance.now());
  const box = (await page.locator('#sigma-container').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const redraws: number[] = [];
  for (const [dx, dy] of [[250, 0], [0, 200], [-250, -200]] as const) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) {
      await page.mouse.move(cx + (dx * i) / 40, cy + (dy * i) / 40);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    redraws.push(await redrawAfter(await now()));
  }
  const drag = await page.evaluate(() => {
    const rec = (window as unknown as BenchWindow).bench!;
    const held: number[] = [];
    for (let i = 1; i < rec.frames.length; i++) if (rec.frames[i]!.held && rec.frames[i - 1]!.held) held.push(rec.frames[i]!.t - rec.frames[i - 1]!.t);
    return { held, renders: rec.renders.map((r) => r.end - r.start) };
  });
  const f = stats(drag.held);
  const r = stats(drag.renders);
  const rd = stats(redraws);
  console.log(`[${label}]`);
  console.log(`  mouse-drag pan: frame mean ${ms(f.mean)}, p95 ${ms(f.p95)}, max ${ms(f.max)} over ${f.n} frames with the button held; redraw after release mean ${ms(rd.mean)}, max ${ms(rd.max)}; sigma render JS mean ${ms(r.mean)} over ${r.n} renders`);

  const intervalsSince = (since: number) =>
    page.evaluate((since) => {
      const rec = (window as unknown as BenchWindow).bench!;
      const last = rec.renders.filter((x) => x.end >= since).pop()?.end ?? since;
      const frames = rec.frames.filter((x) => x.t >= since && x.t <= last).map((x) => x.t);
      return frames.slice(1).map((t, i) => t - frames[i]!);
    }, since);

  await page.mouse.move(cx, cy);
  await redrawAfter(await now()); // a hover highlight the move may start, out of the zoom's figures
  let since = await now();
  // three steps in, one out: a round trip back to the same camera would need no redraw
  for (const delta of [-120, -120, -120, 120]) {
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(120);
  }
  const wheelRedraw = await redrawAfter(since);
  const wheel = stats(await intervalsSince(since));
  console.log(`  wheel zoom (4 steps): frame mean ${ms(wheel.mean)}, p95 ${ms(wheel.p95)}, max ${ms(wheel.max)} over ${wheel.n} frames; done and redrawn ${ms(wheelRedraw)} after the first step`);

  since = await now();
  await page.evaluate(() => {
    const s = window.simpul.sigma!;
    const id = window.simpul.graph.nodes()[0]!;
    const d = s.getNodeDisplayData(id)!;
    const to = { x: d.x, y: d.y, ratio: 0.35 };
    if (window.simpul.camera) window.simpul.camera.animateTo(to, 400);
    else void s.getCamera().animate(to, { duration: 400 });
  });
  const moveRedraw = await redrawAfter(since);
  const move = stats(await intervalsSince(since));
  console.log(`  animated move to a node (400 ms): frame mean ${ms(move.mean)}, p95 ${ms(move.p95)}, max ${ms(move.max)} over ${move.n} frames; done and redrawn ${ms(moveRedraw)} after the start`);
  await page.evaluate(() => window.simpul.camera?.jumpTo({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
  await redrawAfter(await now());

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
          if (k < 60) requestAnimationFrame(step);
          else done(stamps);
        };
        requestAnimationFrame(step);
      }),
  );
  const p = stats(programmatic.slice(1).map((t, i) => t - programmatic[i]!));
  console.log(`  raw camera.setState each frame (no camera control): frame mean ${ms(p.mean)}, p95 ${ms(p.p95)}, max ${ms(p.max)} over ${p.n} frames`);
  await page.evaluate(() => window.simpul.sigma!.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
  await redrawAfter(await now());
}

interface BenchWindow {
  bench?: { frames: { t: number; held: boolean }[]; renders: { start: number; end: number }[]; held: boolean; start: number };
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
    // a single first render varies by ±40 % run to run here (SwiftShader shares
    // the two cores with the server and the bench): fresh pages, median of five
    const firsts: number[] = [];
    for (let i = 0; i < 4; i++) {
      const probe = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await probe.goto(srv.url);
      await probe.waitForFunction(() => window.simpul?.firstRenderMs != null, null, { timeout: 120000 });
      firsts.push(await probe.evaluate(() => window.simpul.firstRenderMs!));
      await probe.close();
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    t0 = performance.now();
    await page.goto(srv.url);
    await page.waitForFunction(() => window.simpul?.firstRenderMs !== null && window.simpul?.firstRenderMs !== undefined, null, { timeout: 120000 });
    const firstRender = await page.evaluate(() => window.simpul.firstRenderMs!);
    firsts.push(firstRender);
    const fr = stats(firsts);
    console.log(`page: navigation → first full render, ${fr.n} fresh pages: median ${ms(fr.p50)}, min ${ms(Math.min(...firsts))}, max ${ms(fr.max)}`);
    const parts = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const script = resources.find((r) => r.name.endsWith('/dist/main.js'));
      const graph = resources.find((r) => r.name.includes('/api/graph'));
      return { scriptEnd: script?.responseEnd ?? NaN, graphStart: graph?.startTime ?? NaN, graphEnd: graph?.responseEnd ?? NaN, fetched: at('simpul:graph-fetched'), filled: at('simpul:graph-filled') };
    });
    console.log(`  last page: ${ms(firstRender)} (performance.now() at sigma's first afterRender with the graph); wall ${ms(performance.now() - t0)}`);
    console.log(
      `  of which: page script loaded at ${ms(parts.scriptEnd)}; graph request ${ms(parts.graphStart)} → ${ms(parts.graphEnd)}; JSON parsed ${ms(parts.fetched)}; ` +
        `graphology graph built ${ms(parts.filled)}; sigma indexed and drew by ${ms(firstRender)}`,
    );

    const modes = [
      { label: 'as shipped: large graphs move as a picture, one full draw when the move ends', camera: true, lod: true },
      { label: 'camera control off: sigma redraws each frame, level of detail while moving', camera: false, lod: true },
      { label: 'both off: everything drawn every frame', camera: false, lod: false },
    ];
    const which = arg('modes', 'all');
    if (which !== 'all' && which !== 'shipped') throw new Error(`--modes: expected all or shipped, got ${which}`);
    for (const mode of which === 'shipped' ? modes.slice(0, 1) : modes) {
      await page.evaluate(({ camera, lod }) => {
        window.simpul.motion.enabled = lod;
        if (window.simpul.camera) window.simpul.camera.mode = camera ? 'auto' : 'redraw';
      }, mode);
      await page.waitForTimeout(300);
      await measurePans(page, mode.label);
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
