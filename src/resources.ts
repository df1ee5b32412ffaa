// Where the shipped data lives (resources/, cypher/, web/) and how it is read:
// found from the package root so the same code works from src/ (tests) and
// dist/ (build); JSON tables are read once and cached.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The package root: nearest ancestor of `from` holding package.json. */
export function packageRoot(from: string = __dirname): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(from);
    dir = up;
  }
}

/** Absolute path of `resources/<relativePath>`. */
export function resourcePath(relativePath: string): string {
  return join(packageRoot(), 'resources', relativePath);
}

const cache = new Map<string, unknown>();

/** Read `resources/<relativePath>` as JSON. Throws with the path when missing or malformed. */
export function loadResource<T>(relativePath: string): T {
  const hit = cache.get(relativePath);
  if (hit !== undefined) return hit as T;
  const file = resourcePath(relativePath);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot load data file ${file}: ${(err as Error).message}`);
  }
  cache.set(relativePath, parsed);
  return parsed as T;
}
