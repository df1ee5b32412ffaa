import type { TaggedSentence } from '../../../src/extract/ner/corpus';
import { Featurizer, learnCaseLexicon } from '../../../src/extract/ner/features';
import type { BioLabel } from '../../../src/extract/ner/labels';
import { scoreSpans } from '../../../src/extract/ner/metrics';
import { deserializeModel, serializeModel } from '../../../src/extract/ner/model-io';
import { loadFeatureSettings } from '../../../src/extract/ner/recipe';
import { seededRandom, trainTagger } from '../../../src/extract/ner/train';

/** A tiny corpus built from templates × names, so it has real regularities to learn. */
function tinyCorpus(): TaggedSentence[] {
  const people = [['Budi', 'Santoso'], ['Siti', 'Aminah'], ['Andi'], ['Dewi', 'Lestari']];
  const places = ['Surabaya', 'Medan', 'Makassar'];
  const orgs = [['Bank', 'Indonesia'], ['Universitas', 'Gadjah', 'Mada'], ['KPK']];
  const out: TaggedSentence[] = [];
  for (const p of people) {
    for (const c of places) {
      for (const o of orgs) {
        const tokens = ['Kemarin', ',', ...p, 'berkunjung', 'ke', ...o, 'di', c, '.'];
        const tags: BioLabel[] = [
          'O',
          'O',
          ...p.map((_, i): BioLabel => (i === 0 ? 'B-PER' : 'I-PER')),
          'O',
          'O',
          ...o.map((_, i): BioLabel => (i === 0 ? 'B-ORG' : 'I-ORG')),
          'O',
          'B-LOC',
          'O',
        ];
        out.push({ tokens, tags });
      }
    }
  }
  return out;
}

function train(data: TaggedSentence[]) {
  const featurizer = new Featurizer(loadFeatureSettings(), learnCaseLexicon(data.map((s) => s.tokens)));
  return trainTagger(data, featurizer, { epochs: 5, seeds: [7, 8] });
}

describe('perceptron training', () => {
  const data = tinyCorpus();

  it('learns its training corpus', () => {
    const model = train(data);
    const score = scoreSpans(
      data.map((s) => s.tags),
      data.map((s) => model.tag(s.tokens)),
    );
    expect(score.gold).toBe(data.length * 3);
    expect(score.f1).toBe(1);
  });

  it('is deterministic: two runs give byte-identical model files', () => {
    const a = serializeModel(train(data), { prune: 0, trainedOn: ['tiny'] });
    const b = serializeModel(train(data), { prune: 0, trainedOn: ['tiny'] });
    expect(a.equals(b)).toBe(true);
  });

  it('a saved and reloaded model tags like the original', () => {
    const model = train(data);
    const reloaded = deserializeModel(serializeModel(model, { prune: 0, trainedOn: ['tiny'] }), 'tiny.json.gz');
    const unseen = ['Kemarin', ',', 'Rina', 'berkunjung', 'ke', 'KPK', 'di', 'Medan', '.'];
    expect(reloaded.tag(unseen)).toEqual(model.tag(unseen));
    for (const s of data) expect(reloaded.tag(s.tokens)).toEqual(s.tags);
  });

  it('the seeded shuffle is reproducible and uniform enough', () => {
    const r1 = seededRandom(42);
    const r2 = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => r1());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => r2()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

describe('scoreSpans', () => {
  it('counts only exact span+type matches', () => {
    const s = scoreSpans([['B-PER', 'I-PER', 'O', 'B-LOC']], [['B-PER', 'O', 'O', 'B-LOC']]);
    expect(s).toMatchObject({ tp: 1, predicted: 2, gold: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});
