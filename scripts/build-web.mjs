// Bundles the explorer page (web/src/main.ts + its CSS) into web/dist with esbuild.
// Usage: node scripts/build-web.mjs [--watch] [--outdir DIR]  (default web/dist)
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdirAt = process.argv.indexOf('--outdir');
const outdir = outdirAt > 0 && process.argv[outdirAt + 1] ? process.argv[outdirAt + 1] : join(root, 'web', 'dist');
const options = {
  entryPoints: [join(root, 'web', 'src', 'main.ts')],
  outdir,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
};

if (process.argv.includes('--watch')) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  console.log('build-web: watching web/src');
} else {
  const result = await esbuild.build({ ...options, metafile: true });
  const bytes = Object.entries(result.metafile.outputs)
    .filter(([f]) => !f.endsWith('.map'))
    .map(([f, o]) => `${f} ${(o.bytes / 1024).toFixed(0)} kB`);
  console.log(`build-web: ${bytes.join(', ')}`);
}
