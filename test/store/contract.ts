// The shared store test suite: every GraphStore must pass it. Run against the
// embedded store always and against Neo4j when NEO4J_URI is set.
import type { GraphStore } from '../../src/store/types';
import { allFixtures, changedA3, fixture } from './fixtures';

export interface ContractHooks {
  /** a fresh, empty, initialised store */
  open(): Promise<GraphStore>;
}

/** Everything a reader can see, for "nothing changed" comparisons. */
async function contents(store: GraphStore): Promise<unknown> {
  const overview = await store.overview(1000);
  const entities = await Promise.all(overview.nodes.map((n) => store.entity(n.id)));
  return { overview, entities, stats: await store.stats() };
}

export function storeContract(hooks: ContractHooks): void {
  let store: GraphStore;
  beforeEach(async () => {
    store = await hooks.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('loads documents and reports what it wrote', async () => {
    const docs = allFixtures();
    const summary = await store.load(docs);
    expect(summary).toMatchObject({ documents: docs.length, written: docs.length, unchanged: 0, duplicates: 0 });
    const stats = await store.stats();
    expect(stats.articles).toBe(docs.length);
    expect(stats.claims).toBe(docs.reduce((n, d) => n + d.facts.length, 0));
    expect(stats.entities).toBe(new Set(docs.flatMap((d) => d.entities.map((e) => e.id))).size);
    expect(stats.byType.Country).toBe(8);
    expect(stats.byPredicate.SENDS_TROOPS_TO).toBe(4);
  });

  it('loading the same documents twice changes nothing', async () => {
    await store.load(allFixtures());
    const before = await contents(store);
    const revision = await store.revision();
    const summary = await store.load(allFixtures());
    expect(summary).toMatchObject({ written: 0, unchanged: 4 });
    expect(await contents(store)).toEqual(before);
    expect(await store.revision()).toBe(revision);
  });

  it('re-loading a changed article replaces its claims and drops entities no longer mentioned', async () => {
    await store.load(allFixtures());
    const revision = await store.revision();
    const summary = await store.load([changedA3()]);
    expect(summary.written).toBe(1);
    expect(await store.revision()).not.toBe(revision);
    const kp = (await store.entity('country:KP'))!;
    const supplies = kp.facts.find((f) => f.predicate === 'SUPPLIES_WEAPONS_TO' && f.other.id === 'country:RU')!;
    expect(supplies.claims.map((c) => c.article)).toEqual(['fx_a1']); // the denial from fx_a3 is gone
    const trained = kp.facts.find((f) => f.predicate === 'TRAINS')!;
    expect(trained).toMatchObject({ direction: 'in', other: { id: 'country:RU', name: 'Russia' } });
    expect(trained.claims[0]!.evidence).toBe('Rusia melatih tentara Korea Utara di Kursk.');
    // the United States is still mentioned in fx_a4, ASEAN too
    expect(await store.entity('country:US')).not.toBeNull();
    // the planned Kursk deployment was only in the old fx_a3
    const kursk = (await store.entity('location:kursk'))!;
    expect(kursk.facts.flatMap((f) => f.claims).every((c) => c.article !== 'fx_a3')).toBe(true);
    const stats = await store.stats();
    expect(stats.articles).toBe(4);
    expect(stats.claims).toBe(allFixtures().reduce((n, d) => n + d.facts.length, 0) - 2 + 1);
  });

  it('an entity mentioned by no article any more disappears', async () => {
    await store.load(allFixtures());
    expect(await store.entity('org:asean')).not.toBeNull();
    const a4 = fixture('fx_a4');
    a4.facts = a4.facts.filter((f) => f.attributedTo !== 'org:asean');
    a4.entities = a4.entities.filter((e) => e.id !== 'org:asean' && e.id !== 'country:TW');
    await store.load([a4]);
    expect(await store.entity('org:asean')).toBeNull();
    expect(await store.search('asean', 5)).toEqual([]);
  });

  it('a duplicate by content under another path is loaded once', async () => {
    await store.load(allFixtures());
    const stats = await store.stats();
    const summary = await store.load([{ ...fixture('fx_a2'), id: 'fx_a2_mirror', source: 'mirror/fx_a2_mirror.txt' }]);
    expect(summary.duplicates).toBe(1);
    expect(await store.stats()).toEqual(stats);
  });

  it('rejects a bad document whole and still loads the others', async () => {
    const bad = fixture('fx_a2');
    bad.facts[0]!.subject = 'person:nobody';
    const summary = await store.load([fixture('fx_a1'), bad]);
    expect(summary.rejected).toEqual([
      expect.objectContaining({ id: 'fx_a2', code: 'MISSING_ENTITY', message: expect.stringContaining('facts[0].subject') }),
    ]);
    expect((await store.stats()).articles).toBe(1);
  });

  it('overview: top entities by mentions, edges among them, totals before the limit', async () => {
    await store.load(allFixtures());
    const all = await store.overview(1000);
    const stats = await store.stats();
    expect(all.totalNodes).toBe(stats.entities);
    expect(all.totalEdges).toBe(stats.factEdges);
    expect(all.truncated).toBe(false);
    const top = await store.overview(3);
    expect(top.nodes).toHaveLength(3);
    expect(top.truncated).toBe(true);
    const sorted = [...all.nodes].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
    expect(top.nodes.map((n) => n.id)).toEqual(sorted.slice(0, 3).map((n) => n.id));
    const ids = new Set(top.nodes.map((n) => n.id));
    expect(top.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const fights = all.edges.filter((e) => e.predicate === 'FIGHTS_AGAINST');
    expect(fights).toEqual([expect.objectContaining({ source: 'country:RU', target: 'country:UA', claims: 2 })]);
  });

  it('overview filters by type, predicate, outlet, modality and date, and hides isolated nodes', async () => {
    await store.load(allFixtures());
    const countries = await store.overview(100, { types: ['Country'] });
    expect(countries.nodes.every((n) => n.type === 'Country')).toBe(true);
    expect(countries.edges.some((e) => e.target === 'location:kursk')).toBe(false);
    const troops = await store.overview(100, { predicates: ['SENDS_TROOPS_TO'], hideIsolated: true });
    expect(troops.edges.map((e) => e.target).sort()).toEqual(['country:RU', 'location:kursk']);
    expect(troops.nodes.map((n) => n.id).sort()).toEqual(['country:KP', 'country:RU', 'location:kursk']);
    const kontan = await store.overview(100, { outlets: ['Kontan'], hideIsolated: true });
    expect(new Set(kontan.edges.map((e) => e.predicate))).toEqual(
      new Set(fixture('fx_a2').facts.map((f) => f.predicate)),
    );
    const denied = await store.overview(100, { modalities: ['denied'], hideIsolated: true });
    expect(denied.edges).toEqual([
      expect.objectContaining({ source: 'country:KP', target: 'country:RU', predicate: 'SUPPLIES_WEAPONS_TO', claims: 1 }),
    ]);
    // claim time when given (2024-12 planned deployment), else article date
    const december = await store.overview(100, { from: '2024-12-01', to: '2024-12-31', hideIsolated: true });
    expect(december.edges.map((e) => e.id)).toEqual(['country:KP|SENDS_TROOPS_TO|location:kursk']);
    const y2025 = await store.overview(100, { from: '2025', hideIsolated: true });
    expect(new Set(y2025.nodes.map((n) => n.id))).toEqual(
      new Set(fixture('fx_a4').facts.flatMap((f) => [f.subject, f.object])),
    );
  });

  it('entity: aliases, facts in and out, each claim with evidence, source and attribution', async () => {
    await store.load(allFixtures());
    const kp = (await store.entity('country:KP'))!;
    expect(kp.entity).toMatchObject({ id: 'country:KP', name: 'North Korea', type: 'Country', wikidata: 'Q423' });
    expect(kp.entity.aliases).toEqual(expect.arrayContaining(['Korut', 'Korea Utara']));
    const troops = kp.facts.find((f) => f.direction === 'out' && f.predicate === 'SENDS_TROOPS_TO' && f.other.id === 'country:RU')!;
    expect(troops.claims.map((c) => [c.article, c.count, c.attributedToName, c.articleOutlet])).toEqual([
      ['fx_a1', 1500, 'National Intelligence Service', 'CNBC Indonesia'],
      ['fx_a2', 11000, 'Volodymyr Zelensky', 'Kontan'],
    ]);
    expect(troops.claims[1]).toMatchObject({ countModifier: 'more_than', articleSource: 'fixtures/fx_a2.txt' });
    expect(troops.claims[0]!.evidence).toContain('1.500 pasukan khusus');
    const nis = (await store.entity('org:national-intelligence-service'))!;
    expect(nis.facts).toEqual([expect.objectContaining({ direction: 'out', predicate: 'PART_OF', other: expect.objectContaining({ id: 'country:KR' }) })]);
    expect(kp.articles.map((a) => a.id).sort()).toEqual(['fx_a1', 'fx_a2', 'fx_a3']);
    expect(await store.entity('country:ZZ')).toBeNull();
  });

  it('search: name or alias, case- and accent-insensitive, prefix and substring', async () => {
    await store.load(allFixtures());
    expect((await store.search('korut', 5))[0]).toMatchObject({ id: 'country:KP', matched: 'Korut' });
    expect((await store.search('RUSIA', 5))[0]).toMatchObject({ id: 'country:RU', matched: 'Rusia' });
    expect((await store.search('Zelénsky', 5))[0]).toMatchObject({ id: 'person:volodymyr-zelensky' });
    expect((await store.search('ukrai', 5))[0]).toMatchObject({ id: 'country:UA' });
    const korea = (await store.search('korea', 10)).map((h) => h.id);
    expect(korea).toEqual(expect.arrayContaining(['country:KP', 'country:KR']));
    expect((await store.search('intelijen', 5)).map((h) => h.id)).toEqual(['org:national-intelligence-service']);
    expect(await store.search('korea', 1)).toHaveLength(1);
    expect(await store.search('   ', 5)).toEqual([]);
  });
}
