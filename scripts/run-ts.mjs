// Runs one TypeScript script of scripts/ (no TS runner is installed): builds
// the page first (the benches serve it), bundles the script for Node with
// esbuild into .simpul-tmp/, and runs it with the remaining arguments.
// Usage: node scripts/run-ts.mjs scripts/bench-web.ts [args...]
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs SCRIPT.ts [args...]');
  process.exit(2);
}
execFileSync(process.execPath, [join(root, 'scripts', 'build-web.mjs')], { stdio: 'inherit' });
const outDir = join(root, '.simpul-tmp');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, basename(entry).replace(/\.ts$/, '.js'));
await esbuild.build({ entryPoints: [resolve(entry)], outfile, bundle: true, platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' });
try {
  execFileSync(process.execPath, [outfile, ...args], { stdio: 'inherit', cwd: root, env: { ...process.env, SIMPUL_REPO: root } });
} catch (err) {
  process.exit(typeof err.status === 'number' ? err.status : 1);
}
