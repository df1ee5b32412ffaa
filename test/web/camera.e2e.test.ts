// Camera moves in headless Chromium on a 2,000-node graph (the brief keeps
// browser tests near that size): sigma's frames are slow there (SwiftShader
// draws on the CPU), which the page measures, so a drag or a wheel zoom moves
// the frame already drawn (CSS transform) and sigma draws once when the move
// ends; the graph point under the pointer follows the pointer; the click that
// ends a drag is not a click. Served through the real server.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { syntheticDocuments } from '../../scripts/synthetic-graph';
import { MOTION_LOD_MIN_NODES } from '../../web/src/motion';

const NODES = 2000;
const EDGES = 5000;
import { MemoryStore } from '../server/memory-store';
import { chromiumAvailable, startExplorer, CHROMIUM, type Explorer } from './browser';

const SHOTS = join(__dirname, '..', 'screenshots');
const REPO = join(__dirname, '..', '..');
const run = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) console.warn(`\n!!! BROWSER TESTS SKIPPED: ${CHROMIUM} is missing.\n`);

run('camera moves on a large graph', () => {
  let store: MemoryStore;
  let explorer: Explorer;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    store = new MemoryStore();
    await store.init();
    await store.load(syntheticDocuments(NODES, EDGES, 7));
    explorer = await startExplorer(store, REPO);
    page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(explorer.srv.url);
    await page.waitForFunction(() => window.simpul?.firstRenderMs != null, null, { timeout: 60000 });
    await countCameraUpdates();
    await settled();
  }, 120000);
  afterAll(async () => {
    await explorer?.close();
    await store?.close();
  });
  afterEach(() => expect(pageErrors).toEqual([]));

  /** no move pending and nothing drawn for a while */
  async function settled(): Promise<void> {
    await page.waitForFunction(() => !window.simpul.camera?.busy(), null, { timeout: 20000 });
    let renders = -1;
    for (;;) {
      await page.waitForTimeout(400);
      const now = await page.evaluate(() => window.simpul.renders);
      if (now === renders) return;
      renders = now;
    }
  }
  /** the drawn layers' transforms (the mouse layer, where sigma reads the pointer, never moves) */
  const canvasTransforms = () =>
    page.evaluate(() => {
      const s = window.simpul.sigma!;
      const mouse = s.getCanvases().mouse;
      expect_(mouse.style.transform === '', 'the mouse layer moved');
      return [...document.querySelectorAll<HTMLElement>('#sigma-container canvas')].filter((c) => c !== mouse).map((c) => c.style.transform);
      function expect_(ok: boolean, what: string): void {
        if (!ok) throw new Error(what);
      }
    });
  const renders = () => page.evaluate(() => window.simpul.renders);
  /** Camera updates: sigma moves its camera once per drawn step. Hover and
   * selection also redraw (more so on a loaded machine, where the pointer's
   * rest delay passes sooner), so a move is judged by how often the camera
   * was set, not by the number of renders. */
  async function countCameraUpdates(): Promise<void> {
    await page.evaluate(() => {
      const w = window as unknown as { cameraUpdates: number };
      w.cameraUpdates = 0;
      window.simpul.sigma!.getCamera().on('updated', () => w.cameraUpdates++);
    });
  }
  const pinPictureMode = () => page.evaluate(() => (window.simpul.camera!.mode = 'picture'));
  const cameraUpdates = () => page.evaluate(() => (window as unknown as { cameraUpdates: number }).cameraUpdates);
  /** the graph point under a page point, under the camera sigma has now */
  const graphPointAt = (p: { x: number; y: number }) =>
    page.evaluate((q) => {
      const s = window.simpul.sigma!;
      const box = s.getContainer().getBoundingClientRect();
      return s.viewportToGraph({ x: q.x - box.left, y: q.y - box.top });
    }, p);
  async function stageCentre(): Promise<{ x: number; y: number }> {
    const box = (await page.locator('#sigma-container').boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  it('drags the drawn frame without redrawing, then draws once where the pointer left the graph', async () => {
    // below the size the page guesses slow before its first frame: the switch comes from measured frames
    expect(await page.evaluate(() => window.simpul.graph.order)).toBe(NODES);
    expect(NODES).toBeLessThan(MOTION_LOD_MIN_NODES);
    expect(await page.evaluate(() => window.simpul.camera!.active())).toBe(true);
    // zoomed in, fewer nodes are on screen and frames can get fast enough for
    // sigma's own redrawing: the tests pin the picture mode they are about
    await pinPictureMode();
    const start = await stageCentre();
    const grabbed = await graphPointAt(start);
    const cameraBefore = await page.evaluate(() => window.simpul.sigma!.getCamera().getState());
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    const before = await renders();
    const updatesBefore = await cameraUpdates();
    for (let i = 1; i <= 20; i++) {
      await page.mouse.move(start.x + 10 * i, start.y + 6 * i);
      await page.waitForTimeout(16);
    }
    // the picture follows the pointer on the next frame
    await page.waitForFunction(() => /, 200(\.\d+)?, 120(\.\d+)?\)$/.test(window.simpul.sigma!.getCanvases().nodes.style.transform), null, { timeout: 5000 });
    const moving = await canvasTransforms();
    expect(moving.every((t) => t === moving[0])).toBe(true);
    const m = /matrix\(([^)]+)\)/.exec(moving[0]!)!;
    const [scale, , , , tx, ty] = m[1]!.split(',').map(Number);
    expect(scale).toBeCloseTo(1, 6);
    expect(tx).toBeCloseTo(200, 0);
    expect(ty).toBeCloseTo(120, 0);
    // nothing redrawn and the camera untouched while the button is held
    expect(await renders()).toBe(before);
    expect(await page.evaluate(() => window.simpul.sigma!.getCamera().getState())).toEqual(cameraBefore);
    await page.screenshot({ path: join(SHOTS, 'large-graph-dragging.png') });

    await page.mouse.up();
    await settled();
    expect(await cameraUpdates()).toBe(updatesBefore + 1);
    expect(await canvasTransforms()).toEqual(moving.map(() => ''));
    const end = { x: start.x + 200, y: start.y + 120 };
    const under = await graphPointAt(end);
    expect(under.x).toBeCloseTo(grabbed.x, 3);
    expect(under.y).toBeCloseTo(grabbed.y, 3);
    await page.screenshot({ path: join(SHOTS, 'large-graph-after-drag.png') });
  }, 60000);

  it('keeps the selection when a drag ends: the release is not a click on the stage', async () => {
    const id = await page.evaluate(() => window.simpul.graph.nodes()[0]!);
    await page.evaluate((node) => history.replaceState(null, '', `?node=${encodeURIComponent(node)}`), id);
    await page.reload();
    await page.waitForFunction(() => window.simpul?.firstRenderMs != null, null, { timeout: 60000 });
    await countCameraUpdates();
    await pinPictureMode();
    await page.locator('#entity-panel h2').waitFor();
    await settled();
    const start = await stageCentre();
    await page.mouse.move(start.x - 300, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(start.x - 300 + 8 * i, start.y + 5 * i);
    await page.mouse.up();
    await settled();
    expect(await page.locator('#entity-panel').isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('node')).toBe(id);
  }, 60000);

  it('zooms on the wheel about the pointer, drawing once after the steps', async () => {
    const at = await stageCentre();
    const p = { x: at.x - 150, y: at.y + 80 };
    const anchor = await graphPointAt(p);
    const ratioBefore = await page.evaluate(() => window.simpul.sigma!.getCamera().ratio);
    await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(250); // let a hover (rest delay) finish first
    await settled();
    const before = await cameraUpdates();
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(100);
    const zooming = (await canvasTransforms())[0]!;
    expect(zooming).toMatch(/^matrix\(/);
    expect(Number(/matrix\(([^,]+)/.exec(zooming)![1])).toBeGreaterThan(1);
    await settled();
    const zoomingRatio = await page.evaluate(() => window.simpul.sigma!.getSetting('zoomingRatio'));
    expect(await page.evaluate(() => window.simpul.sigma!.getCamera().ratio)).toBeCloseTo(ratioBefore / zoomingRatio, 6);
    expect(await cameraUpdates()).toBe(before + 1);
    const still = await graphPointAt(p);
    expect(still.x).toBeCloseTo(anchor.x, 3);
    expect(still.y).toBeCloseTo(anchor.y, 3);
    expect((await canvasTransforms())[0]).toBe('');
  }, 60000);
  it('zooms on a double click about the pointer, drawing once', async () => {
    await settled();
    const at = await stageCentre();
    const p = { x: at.x + 120, y: at.y - 60 };
    const anchor = await graphPointAt(p);
    const ratioBefore = await page.evaluate(() => window.simpul.sigma!.getCamera().ratio);
    await page.mouse.move(p.x, p.y);
    await settled();
    const before = await cameraUpdates();
    await page.mouse.dblclick(p.x, p.y);
    await settled();
    const dbl = await page.evaluate(() => window.simpul.sigma!.getSetting('doubleClickZoomingRatio'));
    expect(await page.evaluate(() => window.simpul.sigma!.getCamera().ratio)).toBeCloseTo(ratioBefore / dbl, 6);
    const still = await graphPointAt(p);
    expect(still.x).toBeCloseTo(anchor.x, 3);
    expect(still.y).toBeCloseTo(anchor.y, 3);
    // the two clicks may select and deselect (each a redraw of the highlight); the zoom sets the camera once
    expect(await cameraUpdates()).toBe(before + 1);
  }, 60000);

  it('search moves the picture to the chosen node, then draws it centred', async () => {
    await page.evaluate(() => window.simpul.camera!.jumpTo({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
    await settled();
    const name = await page.evaluate(() => {
      const g = window.simpul.graph;
      // a node far from the centre, so the move is a long one
      let best = '';
      let far = -1;
      g.forEachNode((id, a) => {
        const d = window.simpul.sigma!.getNodeDisplayData(id)!;
        const r = Math.hypot(d.x - 0.5, d.y - 0.5);
        if (r > far) {
          far = r;
          best = a.label;
        }
      });
      return best;
    });
    await page.fill('#search-input', name);
    await page.locator('#search-suggestions li', { hasText: name }).first().waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      const nodes = window.simpul.sigma!.getCanvases().nodes;
      const watch = () => {
        w.seen.push(nodes.style.transform);
        if (w.seen.length < 120) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await page.press('#search-input', 'Enter');
    await page.locator('#entity-panel h2', { hasText: name }).waitFor();
    await settled();
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.some((t) => t.startsWith('matrix('))).toBe(true);
    const id = new URL(page.url()).searchParams.get('node')!;
    const centred = await page.evaluate((node) => {
      const s = window.simpul.sigma!;
      const d = s.getNodeDisplayData(node)!;
      const cam = s.getCamera().getState();
      return { dx: d.x - cam.x, dy: d.y - cam.y, ratio: cam.ratio };
    }, id);
    expect(Math.abs(centred.dx)).toBeLessThan(1e-6);
    expect(Math.abs(centred.dy)).toBeLessThan(1e-6);
    expect(centred.ratio).toBeLessThanOrEqual(0.35);
    expect((await canvasTransforms()).every((t) => t === '')).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'large-graph-search-move.png') });
  }, 60000);
});
