// The fact stage's data files: they load, validate with clear errors, cover
// the whole ontology, and stay general (no names from the seed articles).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { FactLexiconError, LEXICON_DIR, loadLexicon, parseFrames } from '../../../src/extract/facts/lexicon';
import { PREDICATES } from '../../../src/extract/types';

describe('lexicon', () => {
  const lex = loadLexicon();

  test('every verb/noun predicate has a frame; the noun-phrase ones are built in', () => {
    const framed = new Set(lex.frames.map((f) => f.predicate));
    const structural = new Set(['HOLDS_POSITION', 'PART_OF', 'LOCATED_IN']);
    for (const p of PREDICATES) expect(framed.has(p) || structural.has(p)).toBe(true);
    for (const p of PREDICATES) expect(lex.argumentTypes.has(p)).toBe(true);
  });

  test('every frame root is recognised by the stemmer as a root', () => {
    for (const f of lex.frames) for (const r of f.roots) expect(lex.roots.has(r)).toBe(true);
  });

  test('a bad predicate name is reported with its file, field and code', () => {
    const data = { nounClasses: { troop: ['pasukan'] }, lightVerbs: { roots: ['laku'] }, frames: [{ id: 'x', predicate: 'INVADES', roots: ['serang'], voices: ['active'] }] };
    expect(() => parseFrames(data, 'predicates.json')).toThrow(FactLexiconError);
    expect(() => parseFrames(data, 'predicates.json')).toThrow(/predicates\.json: frames\[0\] \(x\)\.predicate/);
  });

  test('an unknown noun class or voice is rejected', () => {
    const base = { nounClasses: { troop: ['pasukan'] }, lightVerbs: { roots: ['laku'] } };
    expect(() => parseFrames({ ...base, frames: [{ predicate: 'ATTACKS', roots: ['serang'], voices: ['active'], requires: 'tanks' }] }, 'p.json')).toThrow(
      /unknown noun class "tanks"/,
    );
    expect(() => parseFrames({ ...base, frames: [{ predicate: 'ATTACKS', roots: ['serang'], voices: ['loud'] }] }, 'p.json')).toThrow(/voices/);
  });

  test('data files name their sources and hold no seed-specific names', () => {
    const mine = ['predicates.json', 'function-words.json', 'modality.json', 'attribution.json', 'stemmer-overrides.json'];
    const present = new Set(readdirSync(LEXICON_DIR));
    // names and places of the seed articles: none may appear in general linguistic data
    const seedNames = /kursk|korut|korsel|shoigu|yevkurov|rutte|choe|lee seong|pyongyang|kim jong|yoon|zelensky|donetsk|\bnis\b|timur jauh/i;
    for (const file of mine) {
      expect(present.has(file)).toBe(true);
      const raw = readFileSync(resolve(LEXICON_DIR, file), 'utf8');
      expect(JSON.parse(raw).source).toEqual(expect.any(String));
      expect(raw).not.toMatch(seedNames);
    }
  });
});
