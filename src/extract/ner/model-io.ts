// The shipped weights file: gzip'd JSON with weights quantised to int16 and
// stored base64 (little-endian), so the file is a few MB and loads in ms.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { NerError } from './errors';
import { Featurizer, type CaseLexicon, type FeatureSettings } from './features';
import { BIO_LABELS } from './labels';
import { PerceptronTagger } from './perceptron';

export const MODEL_FORMAT = 'simpul-ner-perceptron';
export const MODEL_VERSION = 1;

interface ModelFile {
  format: string;
  version: number;
  /** free-text provenance: corpora, splits, epochs */
  trainedOn: string[];
  labels: string[];
  settings: FeatureSettings;
  /** case bucket → words, sorted (the CaseLexicon inverted for compactness) */
  caseLexicon: Record<string, string[]>;
  features: string[];
  /** weight = int16 × scale */
  scale: number;
  /** features.length × labels.length int16, base64 */
  weights: string;
  transitions: number[];
}

export interface SaveOptions {
  trainedOn: string[];
  /** drop features whose largest absolute weight is below this */
  prune: number;
}

export function serializeModel(model: PerceptronTagger, opts: SaveOptions): Buffer {
  const L = model.L;
  const kept: [string, number][] = [];
  let maxAbs = 0;
  for (const [name, row] of model.featureIndex) {
    let m = 0;
    for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(model.weights[row * L + y]));
    if (m >= opts.prune && m > 0) {
      kept.push([name, row]);
      maxAbs = Math.max(maxAbs, m);
    }
  }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const buf = Buffer.alloc(kept.length * L * 2);
  kept.forEach(([, row], i) => {
    for (let y = 0; y < L; y++) buf.writeInt16LE(Math.round(model.weights[row * L + y] / scale), (i * L + y) * 2);
  });
  const lexicon: Record<string, string[]> = {};
  for (const word of Object.keys(model.featurizer.caseLexicon).sort()) {
    const bucket = model.featurizer.caseLexicon[word];
    (lexicon[bucket] ??= []).push(word);
  }
  const file: ModelFile = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    trainedOn: opts.trainedOn,
    labels: [...model.labels],
    settings: model.featurizer.settings,
    caseLexicon: lexicon,
    features: kept.map(([name]) => name),
    scale,
    weights: buf.toString('base64'),
    transitions: Array.from(model.transitions, (v) => Math.round(v * 1000) / 1000),
  };
  // mtime 0 and fixed level: same model → same bytes
  return gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
}

export function saveModel(model: PerceptronTagger, path: string, opts: SaveOptions): number {
  const bytes = serializeModel(model, opts);
  writeFileSync(path, bytes);
  return bytes.length;
}

export function deserializeModel(bytes: Buffer, source: string): PerceptronTagger {
  let file: ModelFile;
  try {
    file = JSON.parse(gunzipSync(bytes).toString('utf8')) as ModelFile;
  } catch (err) {
    throw new NerError('NER_MODEL_INVALID', `not a gzip'd JSON model (${(err as Error).message})`, { file: source });
  }
  if (file.format !== MODEL_FORMAT || file.version !== MODEL_VERSION) {
    throw new NerError('NER_MODEL_INVALID', `expected ${MODEL_FORMAT} v${MODEL_VERSION}, got ${file.format} v${file.version}`, {
      file: source,
    });
  }
  if (file.labels.join() !== BIO_LABELS.join()) {
    throw new NerError('NER_MODEL_INVALID', `field "labels" must be ${BIO_LABELS.join(',')}`, { file: source });
  }
  const L = file.labels.length;
  const raw = Buffer.from(file.weights, 'base64');
  if (raw.length !== file.features.length * L * 2) {
    throw new NerError('NER_MODEL_INVALID', `field "weights" has ${raw.length} bytes, expected ${file.features.length * L * 2}`, {
      file: source,
    });
  }
  if (file.transitions.length !== (L + 1) * L) {
    throw new NerError('NER_MODEL_INVALID', `field "transitions" must have ${(L + 1) * L} numbers`, { file: source });
  }
  const weights = new Float32Array(file.features.length * L);
  for (let i = 0; i < weights.length; i++) weights[i] = raw.readInt16LE(i * 2) * file.scale;
  const featureIndex = new Map<string, number>();
  file.features.forEach((name, i) => featureIndex.set(name, i));
  const lexicon: CaseLexicon = Object.create(null) as CaseLexicon;
  for (const [bucket, words] of Object.entries(file.caseLexicon)) for (const w of words) lexicon[w] = bucket;
  const featurizer = new Featurizer(file.settings, lexicon);
  return new PerceptronTagger(file.labels, featurizer, featureIndex, weights, Float64Array.from(file.transitions)).prepare();
}

export function loadModel(path: string): PerceptronTagger {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new NerError('NER_MODEL_MISSING', `cannot read NER model (${(err as Error).message}); rebuild it with npm run train:ner`, {
      file: path,
    });
  }
  return deserializeModel(bytes, path);
}
