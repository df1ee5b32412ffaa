// The store the server tests run against: the real embedded store when it is
// present in src/store, else the in-memory test store (said loudly).
import { mkdtempSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractedDocument } from '../../src/extract/types';
import type { GraphStore } from '../../src/store/types';
import { MemoryStore } from './memory-store';

export async function openTestStore(docs: ExtractedDocument[]): Promise<GraphStore> {
  const embeddedPath = join(__dirname, '..', '..', 'src', 'store', 'embedded.ts');
  let store: GraphStore;
  if (existsSync(embeddedPath)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(embeddedPath) as { EmbeddedStore: new (opts: { dataDir: string }) => GraphStore };
    store = new mod.EmbeddedStore({ dataDir: mkdtempSync(join(tmpdir(), 'simpul-server-test-')) });
  } else {
    console.warn('server tests: src/store/embedded.ts not found, using the in-memory test store');
    store = new MemoryStore();
  }
  await store.init();
  await store.load(docs);
  return store;
}
