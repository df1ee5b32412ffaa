import fc from 'fast-check';
import type { ExtractedDocument } from '../../src/extract/types';
import { PREDICATES } from '../../src/extract/types';
import { buildGraphModel, claimId, factEdgeId } from '../../src/store/model';
import { DocumentError } from '../../src/store/validate';
import { allFixtures, fixture, fixtureText } from './fixtures';

describe('graph model builder', () => {
  const { model, rejected } = buildGraphModel(allFixtures());

  it('accepts the fixtures whose offsets slice back to their texts', () => {
    expect(rejected).toEqual([]);
    for (const id of ['fx_a1', 'fx_a2'] as const) {
      const text = fixtureText(id);
      for (const f of fixture(id).facts) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
    }
  });

  it('merges one entity per id across articles, with Indonesian aliases and wikidata', () => {
    const kp = model.entities.filter((e) => e.id === 'country:KP');
    expect(kp).toHaveLength(1);
    expect(kp[0]!.name).toBe('North Korea');
    expect(kp[0]!.aliases).toEqual(expect.arrayContaining(['Korea Utara', 'Korut', 'Pyongyang']));
    expect(kp[0]!.wikidata).toBe('Q423');
    const mentioning = allFixtures().filter((d) => d.entities.some((e) => e.id === 'country:KP'));
    expect(kp[0]!.articles).toBe(mentioning.length);
    const total = mentioning.reduce((n, d) => n + d.entities.find((e) => e.id === 'country:KP')!.mentions.length, 0);
    expect(kp[0]!.mentions).toBe(total);
  });

  it('makes one claim per extracted fact and one fact edge per (subject, predicate, object)', () => {
    const facts = allFixtures().flatMap((d) => d.facts.map((f) => ({ d, f })));
    expect(model.claims).toHaveLength(facts.length);
    const troops = model.factEdges.find((e) => e.id === factEdgeId('country:KP', 'SENDS_TROOPS_TO', 'country:RU'))!;
    expect(troops.claims).toBe(2);
    expect(troops.outlets).toEqual(['CNBC Indonesia', 'Kontan']);
    expect(troops.counts).toEqual([1500, 11000]);
    expect(troops.firstSeen).toBe('2024-10');
    expect(troops.lastSeen).toBe('2024-11-05');
  });

  it('stores a symmetric predicate once whatever the direction of its claims', () => {
    const fights = model.factEdges.filter((e) => e.predicate === 'FIGHTS_AGAINST');
    expect(fights).toHaveLength(1);
    expect(fights[0]!.subject < fights[0]!.object).toBe(true);
    expect(fights[0]!.claims).toBe(2);
  });

  it('loads a duplicate by content hash once and records both sources', () => {
    const a1 = fixture('fx_a1');
    const copy = { ...a1, id: 'fx_a0_copy', source: 'elsewhere/fx_a0_copy.txt', contentHash: 'same' };
    const { model: m } = buildGraphModel([{ ...a1, contentHash: 'same' }, copy]);
    expect(m.articles).toHaveLength(1);
    expect(m.articles[0]!.id).toBe('fx_a0_copy');
    expect(m.articles[0]!.sources).toEqual(['elsewhere/fx_a0_copy.txt', 'fixtures/fx_a1.txt']);
    expect(m.claims).toHaveLength(a1.facts.length);
  });

  it('rejects a bad document whole, naming document and field, and keeps the others', () => {
    const bad = fixture('fx_a2');
    (bad.facts[1] as unknown as { predicate: string }).predicate = 'INVADES';
    const missing = fixture('fx_a3');
    missing.facts[0]!.object = 'country:XX';
    const wrongType = fixture('fx_a4') as unknown as { id: string; entities: { mentions: unknown }[] };
    wrongType.entities[0]!.mentions = 'none';
    const result = buildGraphModel([fixture('fx_a1'), bad, missing, wrongType, 42]);
    expect(result.model.articles.map((a) => a.id)).toEqual(['fx_a1']);
    const byDoc = Object.fromEntries(result.rejected.map((e) => [e.documentId, e]));
    expect(byDoc['fx_a2']).toMatchObject({ code: 'UNKNOWN_PREDICATE', field: 'facts[1].predicate' });
    expect(byDoc['fx_a2']!.message).toContain('"INVADES"');
    expect(byDoc['fx_a3']).toMatchObject({ code: 'MISSING_ENTITY', field: 'facts[0].object' });
    expect(byDoc['fx_a4']).toMatchObject({ code: 'INVALID_DOCUMENT', field: 'entities[0].mentions' });
    expect(byDoc['#4']).toBeInstanceOf(DocumentError);
  });

  it('claim ids are deterministic and depend on every part of their key', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(...PREDICATES),
        fc.string(),
        fc.string(),
        fc.nat(),
        fc.nat(),
        (article, predicate, subject, object, start, end) => {
          const id = claimId(article, predicate, subject, object, start, end);
          expect(claimId(article, predicate, subject, object, start, end)).toBe(id);
          expect(id).toMatch(/^claim:[0-9a-f]{24}$/);
          expect(claimId(article + 'x', predicate, subject, object, start, end)).not.toBe(id);
          expect(claimId(article, predicate, subject, object, start, end + 1)).not.toBe(id);
        },
      ),
    );
  });

  it('the order of documents does not change the model (with duplicates by content)', () => {
    const docs: ExtractedDocument[] = [
      ...allFixtures(),
      { ...fixture('fx_a2'), id: 'fx_b2', source: 'mirror/fx_b2.txt' },
      { ...fixture('fx_a4'), id: 'fx_0', source: 'mirror/fx_0.txt' },
    ];
    const reference = JSON.stringify(buildGraphModel(docs).model);
    fc.assert(
      fc.property(fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }), (shuffled) => {
        expect(JSON.stringify(buildGraphModel(shuffled).model)).toBe(reference);
      }),
      { numRuns: 50 },
    );
  });

  it('any subset of documents builds a model whose claims all point at existing entities and articles', () => {
    fc.assert(
      fc.property(fc.subarray(allFixtures()), (docs) => {
        const { model: m } = buildGraphModel(docs);
        const entities = new Set(m.entities.map((e) => e.id));
        const articles = new Set(m.articles.map((a) => a.id));
        for (const c of m.claims) {
          expect(entities.has(c.subject) && entities.has(c.object) && articles.has(c.article)).toBe(true);
        }
        expect(m.factEdges.reduce((n, e) => n + e.claims, 0)).toBe(m.claims.length);
      }),
      { numRuns: 30 },
    );
  });
});
