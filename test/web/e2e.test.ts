// The explorer page in headless Chromium against the real server and the
// embedded store loaded with fixture articles. Screenshots go to
// test/screenshots/ (git-ignored) for a human to look at.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/app';
import type { GraphStore } from '../../src/store/types';
import { FIXTURE_DOCS } from '../server/fixtures';
import { openTestStore } from '../server/store-under-test';
import { chromiumAvailable, inkFraction, startExplorer, CHROMIUM, type Explorer } from './browser';

const SHOTS = join(__dirname, '..', 'screenshots');
const REPO = join(__dirname, '..', '..');
const run = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) {
  console.warn(`\n!!! BROWSER TESTS SKIPPED: ${CHROMIUM} is missing. Install it: apt-get install -y --no-install-recommends chromium\n`);
}

run('explorer page in headless Chromium', () => {
  let store: GraphStore;
  let explorer: Explorer;
  let srv: RunningServer;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    store = await openTestStore(FIXTURE_DOCS);
    explorer = await startExplorer(store, REPO);
    ({ srv, browser } = explorer);
  }, 60000);
  afterAll(async () => {
    await explorer?.close();
    await store?.close();
  });
  afterEach(() => {
    expect(pageErrors).toEqual([]);
    pageErrors.length = 0;
  });

  async function open(path = '/'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(srv.url + path);
    await page.waitForFunction(() => document.body.dataset.state !== 'loading' && window.simpul?.renders > 0, null, { timeout: 15000 });
    return page;
  }

  async function nodeViewportPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
    return page.evaluate((nodeId) => {
      const sigma = window.simpul.sigma!;
      const d = sigma.getNodeDisplayData(nodeId)!;
      const p = sigma.framedGraphToViewport(d);
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, id);
  }

  it('draws the graph on the canvas, not only the DOM', async () => {
    const page = await open();
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
    expect(await page.textContent('#counts')).toContain('8 nodes');
    await page.waitForTimeout(300);
    const ink = await inkFraction(page, '#sigma-container');
    expect(ink).toBeGreaterThan(0.002);
    expect(await page.locator('#legend li').count()).toBe(4);
    await page.screenshot({ path: join(SHOTS, 'graph.png') });
    await page.close();
  });

  it('search finds the Indonesian alias Korut and goes to North Korea', async () => {
    const page = await open();
    await page.fill('#search-input', 'Korut');
    const first = page.locator('#search-suggestions li').first();
    await first.waitFor();
    expect(await first.getAttribute('data-id')).toBe('country:KP');
    expect(await first.textContent()).toContain('North Korea');
    await page.press('#search-input', 'Enter');
    await page.locator('#entity-panel h2', { hasText: 'North Korea' }).waitFor();
    expect(new URL(page.url()).searchParams.get('node')).toBe('country:KP');
    await page.waitForTimeout(600); // camera animation
    const cam = await page.evaluate(() => window.simpul.sigma!.getCamera().getState());
    expect(cam.ratio).toBeLessThan(1);
    await page.screenshot({ path: join(SHOTS, 'search-korut.png') });
    await page.close();
  });

  it('clicking a node shows its facts with the evidence sentence', async () => {
    const page = await open();
    const p = await nodeViewportPoint(page, 'country:RU');
    await page.mouse.move(p.x, p.y);
    await page.mouse.click(p.x, p.y);
    await page.locator('#entity-panel h2', { hasText: 'Russia' }).waitFor();
    const evidence = await page.locator('#entity-panel blockquote.evidence').allTextContents();
    expect(evidence).toContain('Menurut NIS, Korea Utara telah mengirim 12.000 tentara ke Rusia pada Oktober.');
    expect(await page.locator('#entity-panel mark', { hasText: 'Rusia' }).count()).toBeGreaterThan(0);
    expect(await page.locator('#entity-panel .modality-denied').count()).toBe(1);
    // a neighbour in the panel moves the panel there
    await page.locator('#entity-panel button[data-entity="country:KP"]').first().click();
    await page.locator('#entity-panel h2', { hasText: 'North Korea' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'entity-panel.png') });
    await page.close();
  });

  it('a filter changes what is drawn and the counts', async () => {
    const page = await open();
    await page.waitForTimeout(300);
    const before = await inkFraction(page, '#sigma-container');
    await page.locator('fieldset[data-filter="types"] input[value="Country"]').uncheck();
    await page.waitForFunction(() => document.querySelector('#counts')?.textContent?.startsWith('3 nodes'));
    await page.waitForTimeout(300);
    const after = await inkFraction(page, '#sigma-container');
    expect(after).not.toBeCloseTo(before, 4);
    expect(await page.evaluate(() => window.simpul.graph.order)).toBe(3);
    expect(new URL(page.url()).searchParams.get('types')).toBe('Location,Organization,Person');
    await page.screenshot({ path: join(SHOTS, 'filter-no-countries.png') });
    await page.close();
  });

  it('a deep link restores filters, selection and camera', async () => {
    const page = await open('/?predicates=SENDS_TROOPS_TO&hideIsolated=1&node=country:KP&cam=0.4,0.6,0.5');
    await page.locator('#entity-panel h2', { hasText: 'North Korea' }).waitFor();
    expect(await page.textContent('#counts')).toMatch(/^3 nodes · 2 edges/);
    expect(await page.locator('fieldset[data-filter="predicates"] input[value="MEETS"]').isChecked()).toBe(false);
    expect(await page.locator('input[name="hideIsolated"]').isChecked()).toBe(true);
    const cam = await page.evaluate(() => window.simpul.sigma!.getCamera().getState());
    expect(cam).toMatchObject({ x: 0.4, y: 0.6, ratio: 0.5 });
    await page.screenshot({ path: join(SHOTS, 'deep-link.png') });
    await page.close();
  });

  it('shows the fact table, sorts it and offers CSV, and the disagreement view', async () => {
    const page = await open('/?view=table');
    await page.locator('table.facts-table tbody tr').first().waitFor();
    expect(await page.locator('table.facts-table tbody tr').count()).toBe(9);
    await page.locator('table.facts-table th button', { hasText: 'count' }).click();
    const firstCount = await page.locator('table.facts-table tbody tr').first().locator('td').nth(4).textContent();
    expect(firstCount).toBe('1500');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(download.suggestedFilename()).toBe('simpul-facts.csv');
    await page.screenshot({ path: join(SHOTS, 'fact-table.png') });
    await page.click('#views [data-view="disagreements"]');
    await page.locator('.dispute').first().waitFor();
    const disputes = await page.locator('.dispute h3').allTextContents();
    expect(disputes.some((t) => t.includes('sends troops to') && t.includes('different counts'))).toBe(true);
    expect(disputes.some((t) => t.includes('supplies weapons to') && t.includes('asserted and denied'))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'disagreements.png') });
    await page.close();
  });

  it('says so when nothing matches, when the API fails, and when WebGL is missing', async () => {
    const empty = await open('/?from=1990&to=1991&hideIsolated=1');
    expect(await empty.evaluate(() => document.body.dataset.state)).toBe('empty');
    expect(await empty.textContent('#status')).toContain('Nothing matches');
    await empty.close();

    const failing = await browser.newPage();
    failing.on('pageerror', (e) => pageErrors.push(e.message));
    await failing.route('**/api/graph*', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'STORE_FAILED', message: 'the store could not answer' } }) }));
    await failing.goto(srv.url);
    await failing.waitForFunction(() => document.body.dataset.state === 'error');
    expect(await failing.textContent('#status')).toContain('the store could not answer');
    await failing.screenshot({ path: join(SHOTS, 'api-error.png') });
    await failing.close();

    const noGl = await browser.newPage();
    noGl.on('pageerror', (e) => pageErrors.push(e.message));
    await noGl.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    await noGl.goto(srv.url);
    await noGl.waitForFunction(() => document.body.dataset.state === 'nowebgl');
    expect(await noGl.textContent('#status')).toContain('WebGL');
    await noGl.close();
  });
});
