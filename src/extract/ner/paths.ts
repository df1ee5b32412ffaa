// Where shipped resources live, found from the package root so the same code
// works from src/ (ts tests) and dist/ (built CLI).
import { join } from 'node:path';
import { packageRoot } from '../../resources';

export { packageRoot };

export const DEFAULT_MODEL_RELATIVE_PATH = join('resources', 'models', 'ner-id.json.gz');

export function defaultModelPath(): string {
  return join(packageRoot(), DEFAULT_MODEL_RELATIVE_PATH);
}
