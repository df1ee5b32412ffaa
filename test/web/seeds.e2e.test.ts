// The page on the seed graph: the five seed articles go through the real
// extractor into the embedded store, and the page is checked in Chromium.
// Assertions hold for any honest extraction (no counts pinned to today's extractor).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { extractArticle } from '../../src/extract/pipeline';
import type { RunningServer } from '../../src/server/app';
import type { GraphStore } from '../../src/store/types';
import { openTestStore } from '../server/store-under-test';
import { chromiumAvailable, inkFraction, startExplorer, CHROMIUM, type Explorer } from './browser';

const REPO = join(__dirname, '..', '..');
const SHOTS = join(REPO, 'test', 'screenshots');
const SEEDS = join(REPO, 'seeds');
const run = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) console.warn(`\n!!! SEED-GRAPH BROWSER TESTS SKIPPED: ${CHROMIUM} is missing\n`);

run('explorer page on the seed graph', () => {
  let store: GraphStore;
  let explorer: Explorer;
  let srv: RunningServer;
  let browser: Browser;
  const texts: string[] = [];

  beforeAll(async () => {
    const docs = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => {
        const text = readFileSync(join(SEEDS, f), 'utf8');
        texts.push(text);
        return extractArticle(text, { id: f.replace(/\.txt$/, ''), source: `seeds/${f}` });
      });
    store = await openTestStore(docs);
    explorer = await startExplorer(store, REPO);
    ({ srv, browser } = explorer);
  }, 90000);
  afterAll(async () => {
    await explorer?.close();
    await store?.close();
  });

  async function open(path = '/'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(srv.url + path);
    await page.waitForFunction(() => document.body.dataset.state !== 'loading' && window.simpul?.renders > 0, null, { timeout: 20000 });
    return page;
  }

  it('renders, finds Korut, shows evidence from the articles, filters, and restores a deep link', async () => {
    const page = await open();
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
    await page.waitForTimeout(300);
    expect(await inkFraction(page, '#sigma-container')).toBeGreaterThan(0.002);
    await page.screenshot({ path: join(SHOTS, 'seeds-graph.png') });

    await page.fill('#search-input', 'Korut');
    const first = page.locator('#search-suggestions li').first();
    await first.waitFor();
    expect(await first.getAttribute('data-id')).toBe('country:KP');
    await page.press('#search-input', 'Enter');
    await page.locator('#entity-panel h2', { hasText: 'North Korea' }).waitFor();
    await page.waitForTimeout(600);

    // click the node itself on the canvas
    await page.click('#entity-panel .close');
    await page.waitForTimeout(300); // the graph takes the panel's room back
    const p = await page.evaluate(() => {
      const sigma = window.simpul.sigma!;
      const vp = sigma.framedGraphToViewport(sigma.getNodeDisplayData('country:KP')!);
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + vp.x, y: box.top + vp.y };
    });
    await page.mouse.move(p.x, p.y);
    await page.mouse.click(p.x, p.y);
    await page.locator('#entity-panel h2', { hasText: 'North Korea' }).waitFor();
    const evidence = await page.locator('#entity-panel blockquote.evidence').allTextContents();
    expect(evidence.length).toBeGreaterThan(0);
    for (const sentence of evidence) expect(texts.some((t) => t.includes(sentence))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'seeds-north-korea.png') });

    const before = await page.evaluate(() => window.simpul.graph.order);
    await page.locator('fieldset[data-filter="types"] input[value="Country"]').uncheck();
    await page.waitForFunction((n) => window.simpul.graph.order !== n && document.body.dataset.state !== 'loading', before);
    const countries = await page.evaluate(() => {
      let c = 0;
      window.simpul.graph.forEachNode((_id, a) => void (a.entityType === 'Country' && c++));
      return c;
    });
    expect(countries).toBe(0);
    const link = page.url();
    await page.close();

    const again = await open(new URL(link).search);
    expect(await again.evaluate(() => window.simpul.graph.order)).toBeLessThan(before);
    expect(await again.locator('#entity-panel h2', { hasText: 'North Korea' }).count()).toBe(1);
    expect(await again.locator('fieldset[data-filter="types"] input[value="Country"]').isChecked()).toBe(false);
    await again.close();
  }, 90000);
});
