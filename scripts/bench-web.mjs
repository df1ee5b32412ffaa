// Runs scripts/bench-web.ts: builds the page, bundles the bench for Node with
// esbuild (no TS runner is installed) and runs it. Arguments pass through.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts', 'build-web.mjs')], { stdio: 'inherit' });
const outDir = join(root, '.simpul-tmp');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'bench-web.js');
await esbuild.build({
  entryPoints: [join(root, 'scripts', 'bench-web.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
execFileSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root, env: { ...process.env, SIMPUL_REPO: root } });
