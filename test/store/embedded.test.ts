import { promises as fsPromises, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded';
import { StoreError } from '../../src/store/types';
import { storeContract } from './contract';
import { allFixtures, changedA3 } from './fixtures';

const freshDir = (): string => mkdtempSync(path.join(tmpdir(), 'simpul-store-'));

describe('EmbeddedStore (contract)', () => {
  storeContract({
    async open() {
      const store = new EmbeddedStore({ dataDir: freshDir() });
      await store.init();
      return store;
    },
  });
});

describe('EmbeddedStore persistence', () => {
  it('writes one snapshot, byte-identical after loading the same documents again', async () => {
    const dir = freshDir();
    const store = new EmbeddedStore({ dataDir: dir });
    await store.load(allFixtures());
    const first = readFileSync(store.snapshotPath);
    await store.load(allFixtures());
    expect(readFileSync(store.snapshotPath).equals(first)).toBe(true);
    expect(readdirSync(dir)).toEqual([path.basename(store.snapshotPath)]); // no temp files left
  });

  it('reopens from the snapshot with the same contents and revision', async () => {
    const dir = freshDir();
    const store = new EmbeddedStore({ dataDir: dir });
    await store.load([...allFixtures(), changedA3()]);
    const reopened = new EmbeddedStore({ dataDir: dir });
    expect(await reopened.stats()).toEqual(await store.stats());
    expect(await reopened.revision()).toBe(await store.revision());
    expect(await reopened.entity('country:KP')).toEqual(await store.entity('country:KP'));
  });

  it('does not depend on load order: one batch or one document at a time give the same snapshot', async () => {
    const a = new EmbeddedStore({ dataDir: freshDir() });
    await a.load(allFixtures());
    const b = new EmbeddedStore({ dataDir: freshDir() });
    for (const doc of [...allFixtures()].reverse()) await b.load([doc]);
    expect(readFileSync(b.snapshotPath, 'utf8')).toBe(readFileSync(a.snapshotPath, 'utf8'));
  });

  it('a corrupt snapshot gives CORRUPT_SNAPSHOT naming the file', async () => {
    const dir = freshDir();
    const store = new EmbeddedStore({ dataDir: dir });
    await store.load(allFixtures());
    const text = readFileSync(store.snapshotPath, 'utf8');
    for (const broken of [text.slice(0, text.length / 2), text.replace('North Korea', 'North Koreb')]) {
      writeFileSync(store.snapshotPath, broken);
      const reopened = new EmbeddedStore({ dataDir: dir });
      const error = await reopened.init().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect(error).toMatchObject({ code: 'CORRUPT_SNAPSHOT', message: expect.stringContaining(store.snapshotPath) });
    }
  });

  it('a failed write leaves the previous snapshot and contents intact', async () => {
    const dir = freshDir();
    const store = new EmbeddedStore({ dataDir: dir });
    await store.load(allFixtures().slice(0, 2));
    const before = readFileSync(store.snapshotPath, 'utf8');
    const stats = await store.stats();
    const rename = jest.spyOn(fsPromises, 'rename').mockRejectedValueOnce(new Error('disk unplugged'));
    try {
      await expect(store.load(allFixtures())).rejects.toMatchObject({
        code: 'WRITE_FAILED',
        message: expect.stringContaining(store.snapshotPath),
      });
    } finally {
      rename.mockRestore();
    }
    expect(readFileSync(store.snapshotPath, 'utf8')).toBe(before);
    expect(await store.stats()).toEqual(stats);
    expect(readdirSync(dir)).toEqual([path.basename(store.snapshotPath)]);
    await store.load(allFixtures()); // and the next load succeeds
    expect((await store.stats()).articles).toBe(4);
  });

  it('a store open in another process sees a load made elsewhere', async () => {
    const dir = freshDir();
    const server = new EmbeddedStore({ dataDir: dir, refreshIntervalMs: 0 });
    expect((await server.stats()).articles).toBe(0);
    const cli = new EmbeddedStore({ dataDir: dir });
    await cli.load(allFixtures());
    expect((await server.stats()).articles).toBe(4);
    expect(await server.revision()).toBe(await cli.revision());
    await server.load([changedA3()]); // merges into what the other store wrote
    expect((await new EmbeddedStore({ dataDir: dir }).stats()).articles).toBe(4);
  });

  it('reports progress while loading', async () => {
    const store = new EmbeddedStore({ dataDir: freshDir() });
    const seen: number[] = [];
    await store.load(allFixtures(), { onProgress: (p) => seen.push(p.documents) });
    expect(seen[seen.length - 1]).toBe(allFixtures().length);
  });
});
