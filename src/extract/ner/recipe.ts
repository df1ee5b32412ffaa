// How models are trained: settings file, case lexicon, epochs, seed. Shared
// by the train and bench commands so both measure the same recipe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TaggedSentence } from './corpus';
import { NerError } from './errors';
import { Featurizer, learnCaseLexicon, type FeatureSettings } from './features';
import { packageRoot } from './paths';
import { scoreSpans, type SpanScore } from './metrics';
import type { PerceptronTagger } from './perceptron';
import { trainTagger } from './train';

/** Chosen on the dev splits (see bench-cli / train-cli output). */
export const DEFAULT_EPOCHS = 10;
/** one perceptron per seed, averaged (see train.ts) */
export const DEFAULT_SEEDS: readonly number[] = [1, 2, 3, 4];

export const FEATURE_SETTINGS_PATH = join(packageRoot(), 'resources', 'models', 'ner-features.json');

export function loadFeatureSettings(path: string = FEATURE_SETTINGS_PATH): FeatureSettings {
  let parsed: Partial<FeatureSettings>;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<FeatureSettings>;
  } catch (err) {
    throw new NerError('NER_MODEL_INVALID', `cannot read feature settings (${(err as Error).message})`, { file: path });
  }
  for (const key of ['prefixes', 'suffixes', 'prefixLengths', 'suffixLengths'] as const) {
    if (!Array.isArray(parsed[key])) throw new NerError('NER_MODEL_INVALID', `field "${key}" must be an array`, { file: path });
  }
  for (const key of ['minAffixStem', 'window'] as const) {
    if (typeof parsed[key] !== 'number') throw new NerError('NER_MODEL_INVALID', `field "${key}" must be a number`, { file: path });
  }
  const s = parsed as FeatureSettings;
  return {
    prefixes: s.prefixes,
    suffixes: s.suffixes,
    minAffixStem: s.minAffixStem,
    prefixLengths: s.prefixLengths,
    suffixLengths: s.suffixLengths,
    window: s.window,
    neighbourDetail: s.neighbourDetail,
    wordPairs: s.wordPairs,
  };
}

export interface RecipeOptions {
  epochs?: number;
  seeds?: readonly number[];
  settings?: FeatureSettings;
  /** named dev sets scored after every epoch */
  dev?: Record<string, readonly TaggedSentence[]>;
  onEpoch?: (epoch: number, mistakes: number, devScores: Record<string, SpanScore>) => void;
}

export function evaluate(model: PerceptronTagger, data: readonly TaggedSentence[]): SpanScore {
  return scoreSpans(
    data.map((s) => s.tags),
    data.map((s) => model.tag(s.tokens)),
  );
}

export function trainWithRecipe(train: readonly TaggedSentence[], opts: RecipeOptions = {}): PerceptronTagger {
  const featurizer = new Featurizer(
    opts.settings ?? loadFeatureSettings(),
    learnCaseLexicon(train.map((s) => s.tokens)),
  );
  return trainTagger(train, featurizer, {
    epochs: opts.epochs ?? DEFAULT_EPOCHS,
    seeds: opts.seeds ?? DEFAULT_SEEDS,
    onEpoch:
      opts.onEpoch &&
      ((epoch, model, mistakes) => {
        const scores: Record<string, SpanScore> = {};
        for (const [name, data] of Object.entries(opts.dev ?? {})) scores[name] = evaluate(model, data);
        opts.onEpoch!(epoch, mistakes, scores);
      }),
  });
}
