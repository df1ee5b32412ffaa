import fc from 'fast-check';
import { Featurizer } from '../../../src/extract/ner/features';
import { BIO_LABELS, isAllowedTransition } from '../../../src/extract/ner/labels';
import { PerceptronTagger } from '../../../src/extract/ner/perceptron';
import { spans } from '../../../src/extract/ner/spans';
import { bioTransitionMask, viterbi } from '../../../src/extract/ner/viterbi';

const L = BIO_LABELS.length;
const settings = {
  prefixes: ['me', 'di'],
  suffixes: ['kan', 'nya'],
  minAffixStem: 3,
  prefixLengths: [1, 2],
  suffixLengths: [1, 2],
  window: 2,
};

function validBio(tags: readonly string[]): boolean {
  return tags.every((t, i) => isAllowedTransition(i === 0 ? null : tags[i - 1], t));
}

const weight = fc.double({ min: -50, max: 50, noNaN: true });

describe('constrained Viterbi decoding', () => {
  it('returns one label per token and never an I-X that does not continue X, whatever the scores', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.array(weight, { minLength: 12 * L, maxLength: 12 * L }), fc.array(weight, { minLength: (L + 1) * L, maxLength: (L + 1) * L }), (n, em, tr) => {
        const path = viterbi(Float64Array.from(em.slice(0, n * L)), n, L, tr, bioTransitionMask(BIO_LABELS));
        const tags = Array.from(path, (y) => BIO_LABELS[y]);
        expect(tags).toHaveLength(n);
        expect(validBio(tags)).toBe(true);
      }),
    );
  });

  it('finds the best-scoring valid path (brute force on short sentences)', () => {
    const mask = bioTransitionMask(BIO_LABELS);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 3 * L, maxLength: 3 * L }), fc.array(fc.integer({ min: -9, max: 9 }), { minLength: (L + 1) * L, maxLength: (L + 1) * L }), (n, em, tr) => {
        const score = (p: number[]): number =>
          p.reduce((s, y, t) => s + em[t * L + y] + tr[(t === 0 ? L : p[t - 1]) * L + y], 0);
        let best = -Infinity;
        const walk = (p: number[]): void => {
          if (p.length === n) {
            if (validBio(p.map((y) => BIO_LABELS[y]))) best = Math.max(best, score(p));
            return;
          }
          for (let y = 0; y < L; y++) walk([...p, y]);
        };
        walk([]);
        const path = Array.from(viterbi(Float64Array.from(em.slice(0, n * L)), n, L, tr, mask));
        expect(score(path)).toBe(best);
      }),
    );
  });

  it('a random model tags random tokens with valid BIO, and the cached path scores like the training path', () => {
    const token = fc.oneof(fc.constantFrom('Jakarta', 'di', 'Menteri', 'PBB', 'F-16', ',', 'memberikan', '2024'), fc.string({ minLength: 1, maxLength: 8 }).filter((t) => !/\s/.test(t)));
    // tokens never contain whitespace (the tokenizer splits on it)
    fc.assert(
      fc.property(fc.array(token, { minLength: 0, maxLength: 15 }), fc.integer(), (tokens, seed) => {
        const featurizer = new Featurizer(settings);
        const index = new Map<string, number>();
        for (const f of featurizer.sentence(tokens).flat()) if (!index.has(f)) index.set(f, index.size);
        let x = seed | 0;
        const rnd = (): number => ((x = (Math.imul(x, 1103515245) + 12345) | 0) % 1000) / 100;
        const weights = Float64Array.from({ length: index.size * L }, rnd);
        const transitions = Float64Array.from({ length: (L + 1) * L }, rnd);
        const model = new PerceptronTagger(BIO_LABELS, featurizer, index, weights, transitions);
        const tags = model.tag(tokens);
        expect(tags).toHaveLength(tokens.length);
        expect(validBio(tags)).toBe(true);
        const slow = model.emissions(model.featureRows(tokens));
        const fast = model.fastEmissions(tokens);
        expect(fast.length).toBe(slow.length);
        fast.forEach((v, i) => expect(v).toBeCloseTo(slow[i], 6));
      }),
      { numRuns: 60 },
    );
  });
});

describe('spans', () => {
  it('turns BIO into exclusive token ranges', () => {
    expect(spans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG', 'O', 'B-ORG', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'ORG' },
      { start: 7, end: 9, type: 'ORG' },
    ]);
  });

  it('spans are disjoint, ordered, in range, and cover exactly the non-O tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BIO_LABELS), { maxLength: 30 }), (tags) => {
        const ss = spans(tags);
        let covered = 0;
        let last = 0;
        for (const s of ss) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(tags.length);
          for (let i = s.start; i < s.end; i++) expect(tags[i].slice(2)).toBe(s.type);
          covered += s.end - s.start;
          last = s.end;
        }
        expect(covered).toBe(tags.filter((t) => t !== 'O').length);
      }),
    );
  });
});
