// Shared helpers for the robustness suite: temporary folders, seed texts and
// reading back what the embedded store holds.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded';
import type { ExtractedDocument } from '../../src/extract/types';

export const REPO = join(__dirname, '..', '..');
export const SEEDS = join(REPO, 'seeds');

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `simpul-robust-${label}-`));
}

export function seedFiles(): string[] {
  return readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort().map((n) => join(SEEDS, n));
}

export function seedText(i = 0): string {
  return readFileSync(seedFiles()[i]!, 'utf8');
}

/** Parses JSON Lines output. */
export function parseJsonl(text: string): ExtractedDocument[] {
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ExtractedDocument);
}

/** The articles an embedded store under `dataDir` holds, opened fresh, as id → sources. */
export async function storedArticles(dataDir: string): Promise<Map<string, string[]>> {
  const store = new EmbeddedStore({ dataDir });
  try {
    const graph = await store.graph();
    return new Map([...graph.articles.values()].map((a) => [a.id, [...a.sources].sort()]));
  } finally {
    await store.close();
  }
}

/** Files in the data folder other than the snapshot (a left-over temp file would be a half-write). */
export function strayFiles(dataDir: string): string[] {
  try {
    return readdirSync(dataDir).filter((n) => n !== 'simpul-graph.json');
  } catch {
    return [];
  }
}

/** Entity ids and fact keys, the parts of a document that do not depend on its file name. */
export function graphKeys(doc: ExtractedDocument): { entities: string[]; facts: string[] } {
  return {
    entities: doc.entities.map((e) => `${e.id}×${e.mentions.length}`).sort(),
    facts: doc.facts.map((f) => `${f.subject} ${f.predicate} ${f.object}`).sort(),
  };
}
