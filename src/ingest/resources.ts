// Loads the JSON data tables under resources/ (read once, cached).
// Resolved from this file's folder so it works from src/ (tests) and dist/ (build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, unknown>();

/** Read `resources/<relativePath>` as JSON. Throws with the path when missing or malformed. */
export function loadResource<T>(relativePath: string): T {
  const hit = cache.get(relativePath);
  if (hit !== undefined) return hit as T;
  const file = join(__dirname, '..', '..', 'resources', relativePath);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot load data file ${file}: ${(err as Error).message}`);
  }
  cache.set(relativePath, parsed);
  return parsed as T;
}
