import { validateDocument } from '../../src/extract/contract';

const text = 'Korut mengirim pasukan ke Rusia.';
const good = {
  id: 'a1', source: 'a1.txt', title: null, outlet: null, publishedAt: '2024-10-19', language: 'id',
  entities: [
    { id: 'country:KP', name: 'North Korea', type: 'Country', aliases: ['Korut'], mentions: [{ start: 0, end: 5, text: 'Korut' }] },
    { id: 'country:RU', name: 'Russia', type: 'Country', aliases: ['Rusia'], mentions: [{ start: 26, end: 31, text: 'Rusia' }] },
  ],
  facts: [{ subject: 'country:KP', predicate: 'SENDS_TROOPS_TO', object: 'country:RU', evidence: { start: 0, end: 32, text }, confidence: 0.9 }],
};

describe('validateDocument (output contract)', () => {
  it('accepts a document that follows output.md, offsets included', () => {
    expect(validateDocument(good, text)).toEqual({ ok: true, doc: good });
  });
  it('names the field of an unknown predicate', () => {
    const bad = { ...good, facts: [{ ...good.facts[0], predicate: 'LIKES' }] };
    const r = validateDocument(bad);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(/^facts\.0\.predicate: must be equal to one of the allowed values \(SENDS_TROOPS_TO/);
  });
  it('names a fact that points to a missing entity', () => {
    const bad = { ...good, facts: [{ ...good.facts[0], object: 'country:UA' }] };
    expect(validateDocument(bad)).toEqual({ ok: false, errors: ['facts.0.object: country:UA is not an entity of this document'] });
  });
  it('names a wrong field type', () => {
    const bad = { ...good, facts: [{ ...good.facts[0], count: '1.500' }] };
    expect(validateDocument(bad)).toEqual({ ok: false, errors: ['facts.0.count: must be integer'] });
  });
  it('catches offsets that do not slice back to the text', () => {
    const bad = { ...good, entities: [good.entities[0], { ...good.entities[1], mentions: [{ start: 25, end: 30, text: 'Rusia' }] }] };
    expect(validateDocument(bad, text)).toEqual({ ok: false, errors: ['entities.1.mentions.0: text at 25-30 is not "Rusia"'] });
  });
});
