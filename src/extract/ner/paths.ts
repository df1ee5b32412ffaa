// Where shipped resources live, found from the package root so the same code
// works from src/ (ts tests) and dist/ (built CLI).
import { existsSync } from 'node:fs';
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

export const DEFAULT_MODEL_RELATIVE_PATH = join('resources', 'models', 'ner-id.json.gz');

export function defaultModelPath(): string {
  return join(packageRoot(), DEFAULT_MODEL_RELATIVE_PATH);
}
