// npm run train:ner -- --data DIR [--out FILE] [--epochs N]
// Phase 1 trains on the train splits and prints per-epoch dev F1 (the
// early-stopping evidence); phase 2 retrains on train+dev and writes weights.
// NERP is never read here: it is CC BY-SA, evaluation only.
import { defaultModelPath } from './paths';
import type { TaggedSentence } from './corpus';
import { FOLDS, readIdnerNews, readIndolemAll, readIndolemFold, readIndonlu } from './datasets';
import { dataDirFrom, intArg, parseArgs, pct, runCli } from './cli-args';
import { saveModel } from './model-io';
import { DEFAULT_EPOCHS, DEFAULT_SEEDS, trainWithRecipe } from './recipe';
import { harmoniseForShipping } from './normalize';

/** Features whose every weight is below this are dropped from the shipped file. */
const PRUNE = 0.5;

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['data', 'out', 'epochs']);
  const dir = dataDirFrom(args);
  const out = args.out ?? defaultModelPath();
  const epochs = intArg(args, 'epochs', DEFAULT_EPOCHS);
  const t0 = Date.now();
  const log = (msg: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

  const ui = readIndolemFold(dir, 'nerui', FOLDS[0]);
  const ugm = readIndolemFold(dir, 'nerugm', FOLDS[0]);
  const idner = readIdnerNews(dir);
  const grit = readIndonlu(dir, 'nergrit');
  const phase1: TaggedSentence[] = harmoniseForShipping([...ui.train, ...ugm.train, ...idner.train, ...grit.train]);
  log(`phase 1: ${phase1.length} training sentences (nerui/nerugm fold 1 train, idner-news-2k train, nergrit train), dev scored as published`);
  trainWithRecipe(phase1, {
    epochs,
    dev: { nerui: ui.dev, nerugm: ugm.dev, idner: idner.dev, nergrit: grit.dev },
    onEpoch: (epoch, mistakes, scores) =>
      log(
        `epoch ${epoch}: ${mistakes} sentences wrong; dev F1 ` +
          Object.entries(scores)
            .map(([k, s]) => `${k} ${pct(s.f1)}`)
            .join(', '),
      ),
  });

  const full: TaggedSentence[] = harmoniseForShipping([
    ...readIndolemAll(dir, 'nerui'),
    ...readIndolemAll(dir, 'nerugm'),
    ...idner.train,
    ...idner.dev,
    ...grit.train,
    ...grit.dev,
  ]);
  log(`phase 2: ${full.length} sentences (all of nerui and nerugm, idner-news-2k and nergrit train+dev), ${epochs} epochs`);
  const model = trainWithRecipe(full, {
    epochs,
    onEpoch: (epoch, mistakes) => log(`epoch ${epoch}: ${mistakes} sentences wrong`),
  });
  const bytes = saveModel(model, out, {
    prune: PRUNE,
    trainedOn: [
      'IndoLEM NER UI (Gultom & Wibowo 2017), all 5 folds, CC BY 4.0',
      'IndoLEM NER UGM, all 5 folds, CC BY 4.0',
      'idner-news-2k train+dev, MIT',
      'IndoNLU NERGrit train+valid, MIT',
      'harmonised: glued brackets split, untagged country names (resources/gazetteer/countries.json) tagged LOC',
      `averaged perceptron, ${epochs} epochs, seeds ${DEFAULT_SEEDS.join('/')}, prune |w| < ${PRUNE}`,
    ],
  });
  log(`wrote ${out} (${(bytes / 1024 / 1024).toFixed(2)} MB, ${model.featureIndex.size} features before pruning)`);
}

runCli(main);
