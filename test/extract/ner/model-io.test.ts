import { gunzipSync, gzipSync } from 'node:zlib';
import { parseArgs, intArg } from '../../../src/extract/ner/cli-args';
import { NerError } from '../../../src/extract/ner/errors';
import { Featurizer } from '../../../src/extract/ner/features';
import { BIO_LABELS } from '../../../src/extract/ner/labels';
import { deserializeModel, serializeModel } from '../../../src/extract/ner/model-io';
import { PerceptronTagger } from '../../../src/extract/ner/perceptron';
import { loadFeatureSettings } from '../../../src/extract/ner/recipe';

const L = BIO_LABELS.length;

function tinyModel(): PerceptronTagger {
  const index = new Map<string, number>([
    ['w=Jakarta', 0],
    ['l-1=di', 1],
    ['b', 2],
  ]);
  const weights = new Float64Array(3 * L);
  weights[0 * L + 3] = 5; // w=Jakarta → B-LOC
  weights[1 * L + 3] = 0.2; // below the prune threshold used below
  weights[2 * L + 0] = 1; // bias → O
  return new PerceptronTagger(BIO_LABELS, new Featurizer(loadFeatureSettings()), index, weights, new Float64Array((L + 1) * L));
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return (e as NerError).code;
  }
  return undefined;
}

describe('model file', () => {
  it('prunes features whose weights are all small and keeps the rest', () => {
    const model = deserializeModel(serializeModel(tinyModel(), { prune: 0.5, trainedOn: ['test'] }), 'm.json.gz');
    expect([...model.featureIndex.keys()]).toEqual(['w=Jakarta', 'b']);
    expect(model.tag(['di', 'Jakarta'])).toEqual(['O', 'B-LOC']);
  });

  it('rejects files that are not models, naming the field', () => {
    expect(codeOf(() => deserializeModel(Buffer.from('not gzip'), 'bad.gz'))).toBe('NER_MODEL_INVALID');
    const other = gzipSync(Buffer.from(JSON.stringify({ format: 'something-else', version: 1 })));
    expect(() => deserializeModel(other, 'other.json.gz')).toThrow(/NER_MODEL_INVALID: other\.json\.gz: expected simpul-ner-perceptron v1/);
    const good = JSON.parse(gunzipSync(serializeModel(tinyModel(), { prune: 0, trainedOn: [] })).toString());
    const truncated = gzipSync(Buffer.from(JSON.stringify({ ...good, weights: good.weights.slice(0, 8) })));
    expect(() => deserializeModel(truncated, 't.json.gz')).toThrow(/field "weights"/);
  });
});

describe('command-line arguments', () => {
  it('parses --name value and --name=value, refuses unknown ones', () => {
    expect(parseArgs(['--data', '/d', '--out=/o.gz'], ['data', 'out'])).toEqual({ data: '/d', out: '/o.gz' });
    expect(() => parseArgs(['--dta', '/d'], ['data'])).toThrow(/NER_BAD_ARGUMENT: unknown argument "--dta"/);
    expect(() => parseArgs(['--data'], ['data'])).toThrow(/--data needs a value/);
    expect(intArg({ epochs: '7' }, 'epochs', 10)).toBe(7);
    expect(intArg({}, 'epochs', 10)).toBe(10);
    expect(() => intArg({ epochs: '-1' }, 'epochs', 10)).toThrow(/positive integer/);
  });
});
