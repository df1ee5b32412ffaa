import fc from 'fast-check';
import { normalizeName, scoreCorpus, scoreDocument } from '../../src/eval/score';
import { parseGold } from '../../src/eval/gold';
import type { ExtractedDocument, ExtractedEntity, ExtractedFact, Predicate } from '../../src/extract/types';
import type { GoldDocument } from '../../src/eval/types';

const ent = (id: string, name: string, type: ExtractedEntity['type']): ExtractedEntity => ({ id, name, type, aliases: [], mentions: [] });
const fact = (subject: string, predicate: Predicate, object: string): ExtractedFact => ({
  subject,
  predicate,
  object,
  evidence: { start: 0, end: 1, text: 'x' },
  confidence: 0.5,
});
const doc = (entities: ExtractedEntity[], facts: ExtractedFact[]): ExtractedDocument => ({
  id: 'd1', source: 'd1.txt', title: null, outlet: null, publishedAt: null, language: 'id', entities, facts,
});

const gold: GoldDocument = {
  doc: 'd1',
  entities: [
    { name: 'North Korea', type: 'Country', alt: ['DPRK'] },
    { name: 'Russia', type: 'Country' },
    { name: 'Lee Seong-kweun', type: 'Person' },
    { name: 'Korean Peninsula', type: 'Location', optional: true },
  ],
  facts: [
    { s: 'North Korea', p: 'SENDS_TROOPS_TO', o: 'Russia' },
    { s: ['Sergei Shoigu', 'Russia'], p: 'SIGNS_AGREEMENT_WITH', o: 'North Korea' },
    { s: 'Russia', p: 'SUPPORTS', o: 'North Korea', optional: true },
  ],
};

describe('normalizeName', () => {
  it('ignores case, accents, and treats hyphens and spaces alike', () => {
    expect(normalizeName('Lee Seong-kweun')).toBe(normalizeName('lee  seong kweun'));
    expect(normalizeName('Zelenskýy')).toBe('zelenskyy');
  });
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeName(normalizeName(s)) === normalizeName(s)));
  });
});

describe('scoreDocument', () => {
  it('matches entities by canonical name or alt, with the type', () => {
    const s = scoreDocument(
      doc([ent('a', 'DPRK', 'Country'), ent('b', 'Russia', 'Location'), ent('c', 'Lee Seong Kweun', 'Person')], []),
      gold,
    );
    // Russia has the wrong type: a false positive and a miss
    expect(s.entities).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.missedEntities).toEqual(['Russia (Country)']);
    expect(s.falseEntities).toEqual(['Russia (Location)']);
  });

  it('neither rewards nor punishes optional entities', () => {
    const s = scoreDocument(doc([ent('k', 'Korean Peninsula', 'Location')], []), gold);
    expect(s.entities).toMatchObject({ tp: 0, fp: 0, fn: 3 });
  });

  it('aliases do not count: the canonical name must be right', () => {
    const e = { ...ent('a', 'Korea Utara', 'Country' as const), aliases: ['North Korea'] };
    expect(scoreDocument(doc([e], []), gold).entities.tp).toBe(0);
  });

  it('matches facts through gold alt names, lists, symmetric order, and counts duplicates once', () => {
    const entities = [ent('kp', 'DPRK', 'Country'), ent('ru', 'Russia', 'Country')];
    const s = scoreDocument(
      doc(entities, [
        fact('kp', 'SENDS_TROOPS_TO', 'ru'),
        fact('kp', 'SENDS_TROOPS_TO', 'ru'),
        fact('kp', 'SIGNS_AGREEMENT_WITH', 'ru'), // symmetric: reversed order is fine
        fact('ru', 'SUPPORTS', 'kp'), // optional: not counted
        fact('ru', 'SENDS_TROOPS_TO', 'kp'), // not symmetric: false
      ]),
      gold,
    );
    expect(s.facts).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(s.falseFacts).toEqual(['Russia SENDS_TROOPS_TO DPRK']);
  });

  it('counts reversed symmetric duplicates once', () => {
    const entities = [ent('kp', 'North Korea', 'Country'), ent('ru', 'Russia', 'Country')];
    const s = scoreDocument(doc(entities, [fact('kp', 'SIGNS_AGREEMENT_WITH', 'ru'), fact('ru', 'SIGNS_AGREEMENT_WITH', 'kp')]), gold);
    expect(s.facts).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });
});

describe('scoreCorpus', () => {
  it('micro-averages over documents and scores a missing document as all missed', () => {
    const other: GoldDocument = { doc: 'd2', entities: [{ name: 'Ukraine', type: 'Country' }], facts: [] };
    const r = scoreCorpus([doc([ent('kp', 'North Korea', 'Country')], [])], [gold, other]);
    expect(r.unmatchedGold).toEqual(['d2']);
    expect(r.entities).toMatchObject({ tp: 1, fp: 0, fn: 3 });
    expect(r.entities.recall).toBeCloseTo(1 / 4);
  });
  it('perfect extraction scores 1', () => {
    const entities = [ent('kp', 'North Korea', 'Country'), ent('ru', 'Russia', 'Country'), ent('l', 'Lee Seong-kweun', 'Person')];
    const r = scoreCorpus([doc(entities, [fact('kp', 'SENDS_TROOPS_TO', 'ru'), fact('ru', 'SIGNS_AGREEMENT_WITH', 'kp')])], [gold]);
    expect(r.entities.f1).toBe(1);
    expect(r.facts.f1).toBe(1);
  });
});

describe('parseGold', () => {
  it('names the file and field of a bad annotation', () => {
    expect(() => parseGold('{"doc":"x","entities":[],"facts":[{"s":"A","p":"LIKES","o":"B"}]}', 'g.json')).toThrow(
      'g.json: facts[0].p: unknown predicate "LIKES"',
    );
    expect(() => parseGold('{"doc":"x","entities":[{"name":"A","type":"Thing"}],"facts":[]}', 'g.json')).toThrow('entities[0].type');
    expect(() => parseGold('{"doc":', 'g.json')).toThrow('g.json: not valid JSON');
  });
});
