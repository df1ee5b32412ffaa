// Headless Chromium for the page tests and the web bench (Debian's chromium,
// driven by playwright-core). WebGL runs on SwiftShader: with --disable-gpu
// Chromium needs --enable-unsafe-swiftshader to offer WebGL at all.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/app';
import type { GraphStore } from '../../src/store/types';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'simpul-chromium-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    ignoreDefaultArgs: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      '--enable-unsafe-swiftshader',
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Fraction of pixels in an element's screenshot that are not (near) white:
 * the screenshot is decoded by the page itself, so no PNG library is needed. */
export async function inkFraction(page: Page, selector: string): Promise<number> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (b64: string) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) ink++;
    return ink / (data.length / 4);
  }, png.toString('base64'));
}

/** Builds the page into a fresh folder of its own (index.html + dist/), so test
 * files running in parallel never read a bundle another one is writing. */
export function buildPageInto(repo: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'simpul-web-'));
  copyFileSync(join(repo, 'web', 'index.html'), join(dir, 'index.html'));
  execFileSync(process.execPath, [join(repo, 'scripts', 'build-web.mjs'), '--outdir', join(dir, 'dist')], { stdio: 'pipe' });
  return dir;
}

/** The page served by the real server from a store, and a browser to open it:
 * what every end-to-end file sets up before its tests and takes down after. */
export interface Explorer {
  srv: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startExplorer(store: GraphStore, repo: string): Promise<Explorer> {
  mkdirSync(join(repo, 'test', 'screenshots'), { recursive: true });
  const webDir = buildPageInto(repo);
  const srv = await startServer({ store, port: 0, webDir });
  const launched = await launchBrowser();
  return {
    srv,
    browser: launched.browser,
    close: async () => {
      await launched.close();
      await srv.close();
      rmSync(webDir, { recursive: true, force: true });
    },
  };
}
