// Turning the PATH arguments into a list of article files.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface InputList {
  files: string[];
  /** paths that do not exist or cannot be listed, with why */
  problems: { path: string; message: string }[];
}

/** Files are taken as given, folders contribute their `.txt` files (sorted, not
 * recursive), in argument order so output order is deterministic. */
export function expandInputs(paths: string[]): InputList {
  const files: string[] = [];
  const problems: InputList['problems'] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      problems.push({ path: p, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message });
      continue;
    }
    if (st.isDirectory()) {
      try {
        const names = readdirSync(p).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
        if (names.length === 0) problems.push({ path: p, message: 'folder holds no .txt files' });
        for (const n of names) files.push(join(p, n));
      } catch (e) {
        problems.push({ path: p, message: `cannot list folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
      }
    } else {
      files.push(p);
    }
  }
  return { files, problems };
}
