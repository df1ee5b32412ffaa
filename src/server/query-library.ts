// The library queries of cypher/queries, offered one click away in the Cypher
// box. A file's first `// ` comment line is its title.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { QueryLibraryEntry } from './api-types';

export async function loadQueryLibrary(dir: string): Promise<QueryLibraryEntry[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.cypher')).sort();
  } catch {
    return [];
  }
  const entries: QueryLibraryEntry[] = [];
  for (const file of names) {
    const cypher = await readFile(join(dir, file), 'utf8');
    const titleLine = cypher.split('\n').find((l) => l.trim().startsWith('//'));
    const name = file.replace(/\.cypher$/, '');
    entries.push({ name, title: titleLine ? titleLine.replace(/^\s*\/\/\s*/, '').trim() : name, cypher: cypher.trim() });
  }
  return entries;
}
