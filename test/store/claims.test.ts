// EmbeddedStore.claims(): the server's fact table reads it instead of walking
// overview() + entity(); both paths must list the same claims.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClaimSource } from '../../src/server/claims';
import { EmbeddedStore } from '../../src/store/embedded';
import type { GraphFilters, GraphStore } from '../../src/store/types';
import { allFixtures } from './fixtures';

/** The same store seen without claims(): the server then walks the graph. */
function withoutClaims(store: GraphStore): GraphStore {
  return {
    kind: store.kind,
    init: () => store.init(),
    load: (docs, opts) => store.load(docs, opts),
    overview: (limit, filters) => store.overview(limit, filters),
    entity: (id) => store.entity(id),
    search: (q, limit) => store.search(q, limit),
    stats: () => store.stats(),
    revision: () => store.revision(),
    close: () => store.close(),
  };
}

describe('EmbeddedStore.claims', () => {
  let dir: string;
  let store: EmbeddedStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'simpul-claims-test-'));
    store = new EmbeddedStore({ dataDir: dir });
    await store.init();
    await store.load(allFixtures());
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cases: [string, GraphFilters][] = [
    ['no filter', {}],
    ['predicate', { predicates: ['SENDS_TROOPS_TO', 'VISITS'] }],
    ['outlet', { outlets: ['Kontan'] }],
    ['modality', { modalities: ['denied', 'planned'] }],
    ['types on both ends', { types: ['Country'] }],
    ['date range inside a month', { from: '2024-11-15', to: '2024-12-31' }],
    ['open-ended date', { from: '2025' }],
    ['nothing matches', { outlets: ['No Such Outlet'] }],
  ];

  it.each(cases)('lists the same claims as the walked fallback: %s', async (_name, filters) => {
    const direct = await new ClaimSource(store).list(filters, 1000);
    const walked = await new ClaimSource(withoutClaims(store)).list(filters, 1000);
    expect(direct.claims.map((c) => c.id)).toEqual(walked.claims.map((c) => c.id));
    expect(direct.claims).toEqual(walked.claims);
    expect(direct.truncated).toBe(false);
  });

  it('the filters really select: every claim listed passes them, and some are left out', async () => {
    const all = await store.claims({}, 1000);
    const kontan = await store.claims({ outlets: ['Kontan'] }, 1000);
    expect(kontan.length).toBeGreaterThan(0);
    expect(kontan.length).toBeLessThan(all.length);
    expect(kontan.every((c) => c.articleOutlet === 'Kontan')).toBe(true);
    const denied = await store.claims({ modalities: ['denied'] }, 1000);
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((c) => c.modality === 'denied')).toBe(true);
  });

  it('a limit keeps the first claims of the full listing, so truncation matches the fallback', async () => {
    const all = await store.claims({}, 1000);
    expect(all.length).toBeGreaterThan(3);
    for (const limit of [0, 1, 3, all.length - 1]) {
      expect((await store.claims({}, limit)).map((c) => c.id)).toEqual(all.slice(0, limit).map((c) => c.id));
      const direct = await new ClaimSource(store).list({}, limit);
      const walked = await new ClaimSource(withoutClaims(store)).list({}, limit);
      expect(direct).toEqual(walked);
      expect(direct.truncated).toBe(limit < all.length);
    }
  });

  it('claim views carry names and the article', async () => {
    const [first] = await store.claims({ predicates: ['VISITS'] }, 10);
    expect(first).toBeDefined();
    expect(first!.subjectName).not.toBe(first!.subject);
    expect(first!.articleOutlet).toBe('Liputan6');
    expect(first!.articlePublishedAt).toBe('2025-06-26');
  });
});
