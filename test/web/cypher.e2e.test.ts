// The Cypher box in headless Chromium: the answer shows as a table and is
// drawn on the graph (drawn entities marked, the rest added), and "Clear query
// result" gives the graph back. No Neo4j runs here: the server's store answers
// read queries with the documented fake in fake-read-query.ts (real driver
// values from the fixture store, through the real shapeReadResult).
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/app';
import type { GraphStore } from '../../src/store/types';
import { FIXTURE_DOCS } from '../server/fixtures';
import { openTestStore } from '../server/store-under-test';
import { chromiumAvailable, startExplorer, CHROMIUM, type Explorer } from './browser';
import { withFakeReadQuery } from './fake-read-query';

const SHOTS = join(__dirname, '..', 'screenshots');
const REPO = join(__dirname, '..', '..');
const run = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) {
  console.warn(`\n!!! BROWSER TESTS SKIPPED: ${CHROMIUM} is missing. Install it: apt-get install -y --no-install-recommends chromium\n`);
}

/** Share of pixels that differ (any channel by more than 16) between two PNGs of the same size, decoded by the page. */
async function pixelDiff(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([x, y]) => {
      const decode = async (b64: string) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [p, q] = [await decode(x), await decode(y)];
      if (p.length !== q.length) return 1;
      let differ = 0;
      for (let i = 0; i < p.length; i += 4) {
        if (Math.abs(p[i]! - q[i]!) > 16 || Math.abs(p[i + 1]! - q[i + 1]!) > 16 || Math.abs(p[i + 2]! - q[i + 2]!) > 16) differ++;
      }
      return differ / (p.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

run('Cypher box draws what a query returns', () => {
  let store: GraphStore;
  let reading: ReturnType<typeof withFakeReadQuery>;
  let explorer: Explorer;
  let srv: RunningServer;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    store = await openTestStore(FIXTURE_DOCS);
    reading = withFakeReadQuery(store);
    explorer = await startExplorer(reading, REPO);
    ({ srv, browser } = explorer);
  }, 60000);
  afterAll(async () => {
    await explorer?.close();
    await store?.close();
  });

  const graphState = (page: Page) =>
    page.evaluate(() => {
      const g = window.simpul.graph;
      return {
        nodes: g.mapNodes((n, a) => JSON.stringify([n, a])).sort(),
        edges: g.mapEdges((e, a, s, t) => JSON.stringify([e, s, t, a])).sort(),
      };
    });

  it('shows the rows, adds the entities the filtered overview lacks and the claims and articles, and Clear restores the graph', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // only countries drawn: Kim Jong Un (Person) and Kursk (Location) are not
    await page.goto(srv.url + '/?types=Country');
    await page.waitForFunction(() => document.body.dataset.state === 'ready' && window.simpul?.renders > 0, null, { timeout: 15000 });
    const before = await graphState(page);
    expect(before.nodes.some((n) => n.includes('person:kim-jong-un'))).toBe(false);
    await page.waitForTimeout(300);
    const shotBefore = await page.locator('#sigma-container').screenshot();
    const cameraBefore = await page.evaluate(() => window.simpul.sigma!.getCamera().getState());

    const cypherTab = page.locator('#views [data-view="cypher"]');
    await cypherTab.waitFor({ state: 'visible' });
    await cypherTab.click();
    await page.fill('#cypher-input', 'MATCH (s:Entity)-[f]->(o:Entity) MATCH p = (s)<-[:SUBJECT]-(:Claim)-[:STATED_IN]->(:Article) RETURN s, f, o, p');
    await page.click('#cypher-run');
    await page.locator('.cypher-drawn').waitFor();

    // the table: one row per fact edge of the store, four columns
    const overview = await store.overview(1000);
    expect(await page.locator('#view-cypher thead th').allTextContents()).toEqual(['s', 'f', 'o', 'p']);
    expect(await page.locator('#view-cypher tbody tr').count()).toBe(overview.edges.length);
    expect(reading.queries.at(-1)).toContain('RETURN s, f, o, p');
    const firstRow = await page.locator('#view-cypher tbody tr').first().locator('td').allTextContents();
    expect(firstRow[0]).toMatch(/^\(:Entity:Country \S/);
    expect(firstRow[1]).toMatch(/^\[:[A-Z_]+\]$/);
    expect(firstRow[3]).toMatch(/^\(:Entity:Country .+\)<-\[:SUBJECT\]-\(:Claim .+\)-\[:STATED_IN\]->\(:Article fixtures\/fx_00\d\.txt\)$/);

    await page.screenshot({ path: join(SHOTS, 'cypher-table.png') });

    // the status line agrees with what the page's graph now holds
    const status = (await page.textContent('.cypher-drawn'))!;
    const m = /Drawn on the graph: (\d+) nodes \((\d+) added\) and (\d+) relationships \((\d+) added\)/.exec(status);
    expect(m).not.toBeNull();
    const [nodes, addedNodes, , addedEdges] = m!.slice(1).map(Number) as [number, number, number, number];
    const after = await graphState(page);
    expect(after.nodes.length).toBe(before.nodes.length + addedNodes);
    expect(after.edges.length).toBe(before.edges.length + addedEdges);
    expect(nodes).toBe(overview.nodes.length + addedNodes - overview.nodes.filter((n) => n.type !== 'Country').length);
    const added = await page.evaluate(() => {
      const g = window.simpul.graph;
      const label = (id: string) => (g.hasNode(id) ? g.getNodeAttribute(id, 'label') : null);
      return {
        kim: label('person:kim-jong-un'),
        kursk: label('location:kursk'),
        articles: g.filterNodes((n) => n.startsWith('query:') && String(g.getNodeAttribute(n, 'label')).startsWith('fixtures/')).length,
        claims: g.filterNodes((n) => n.startsWith('query:') && /^(sends troops to|supplies weapons to|meets|condemns|fights against)/.test(String(g.getNodeAttribute(n, 'label')))).length,
        statedIn: g.filterEdges((e, a) => e.startsWith('query:') && a.label === 'STATED_IN').length,
      };
    });
    expect(added).toEqual({ kim: 'Kim Jong Un', kursk: 'Kursk', articles: 3, claims: expect.any(Number), statedIn: expect.any(Number) });
    expect(added.claims).toBeGreaterThan(0);
    expect(added.statedIn).toBe(added.claims);

    // on the graph view: the canvas shows it, the legend says what came from the query
    await page.click('#cypher-show-graph');
    await page.waitForTimeout(400);
    const shotDrawn = await page.locator('#sigma-container').screenshot();
    await page.screenshot({ path: join(SHOTS, 'cypher-result.png') });
    expect(await pixelDiff(page, shotBefore, shotDrawn)).toBeGreaterThan(0.005);
    expect(await page.textContent('#legend')).toContain('From the query');
    // the camera went to the answer: every node it added is on screen
    await page.waitForFunction(() => !window.simpul.camera?.busy());
    const offScreen = await page.evaluate(() => {
      const s = window.simpul.sigma!;
      const { width, height } = s.getDimensions();
      return window.simpul.graph.filterNodes((n) => {
        if (!n.startsWith('query:') && n !== 'person:kim-jong-un' && n !== 'location:kursk') return false;
        const v = s.framedGraphToViewport(s.getNodeDisplayData(n)!);
        return v.x < 0 || v.y < 0 || v.x > width || v.y > height;
      });
    });
    expect(offScreen).toEqual([]);

    // Clear: the graph, the legend and the picture come back
    await page.click('#legend-clear-query');
    await page.evaluate((cam) => window.simpul.camera!.jumpTo(cam), cameraBefore);
    await page.waitForTimeout(400);
    expect(await graphState(page)).toEqual(before);
    expect(await page.locator('#legend li').count()).toBe(4);
    const shotCleared = await page.locator('#sigma-container').screenshot();
    await page.screenshot({ path: join(SHOTS, 'cypher-cleared.png') });
    expect(await pixelDiff(page, shotBefore, shotCleared)).toBeLessThan(0.002);

    // an answer stays drawn when a filter reloads the graph: Kim Jong Un is now drawn by the overview itself
    await cypherTab.click();
    await page.click('#cypher-run');
    await page.locator('.cypher-drawn').waitFor();
    await page.click('#cypher-show-graph');
    await page.locator('fieldset[data-filter="types"] input[value="Person"]').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('types') === 'Country,Person' && document.body.dataset.state === 'ready');
    await page.waitForFunction(() => window.simpul.graph.filterNodes((n) => n.startsWith('query:')).length > 0);
    const kept = await page.evaluate(() => {
      const g = window.simpul.graph;
      return { kimDrawnAs: g.hasNode('person:kim-jong-un') ? g.getNodeAttribute('person:kim-jong-un', 'color') : null, kursk: g.hasNode('location:kursk') };
    });
    expect(kept.kimDrawnAs).not.toBeNull();
    expect(kept.kursk).toBe(true);
    expect(await page.textContent('#legend')).toContain('From the query');
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 60000);
});
