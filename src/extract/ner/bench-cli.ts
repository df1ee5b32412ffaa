// npm run bench:ner -- --data DIR [--model FILE] [--epochs N]
// Entity-level exact-span P/R/F1 on every corpus, each model trained on that
// corpus's train+dev only; NERP is scored with the shipped model (held out).
import { defaultModelPath } from './paths';
import type { TaggedSentence } from './corpus';
import { FOLDS, readIdnerNews, readIndolemFold, readIndonlu } from './datasets';
import { dataDirFrom, intArg, parseArgs, pct, runCli } from './cli-args';
import { loadModel } from './model-io';
import { harmoniseForShipping } from './normalize';
import type { SpanScore } from './metrics';
import type { PerceptronTagger } from './perceptron';
import { DEFAULT_EPOCHS, evaluate, trainWithRecipe } from './recipe';

function line(name: string, s: Pick<SpanScore, 'precision' | 'recall' | 'f1'>, extra = ''): string {
  return `${name.padEnd(34)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}${extra}`;
}

/**
 * Tokens per CPU-second of one tagger (CPU time, not wall time, so a busy
 * machine does not distort it): first pass (cold word cache), then warm.
 */
function speed(model: PerceptronTagger, data: readonly TaggedSentence[], loadMs: number): void {
  const tokens = data.reduce((n, s) => n + s.tokens.length, 0);
  const pass = (): number => {
    const t = process.cpuUsage();
    for (const s of data) model.tag(s.tokens);
    const used = process.cpuUsage(t);
    return tokens / ((used.user + used.system) / 1e6);
  };
  const cold = pass();
  const warm = pass();
  console.log(
    `speed (one core, CPU time): model load ${loadMs.toFixed(0)} ms; tagging ${tokens} tokens: ${Math.round(cold)} tokens/s cold, ${Math.round(warm)} tokens/s warm`,
  );
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['data', 'model', 'epochs']);
  const dir = dataDirFrom(args);
  const epochs = intArg(args, 'epochs', DEFAULT_EPOCHS);
  const t0 = Date.now();
  const secs = (): string => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
  const trainTest = (train: TaggedSentence[], test: TaggedSentence[]): SpanScore =>
    evaluate(trainWithRecipe(train, { epochs }), test);

  console.log(`NER bench: averaged perceptron, ${epochs} epochs; entity-level exact span\n`);
  for (const corpus of ['nerui', 'nerugm'] as const) {
    const scores: SpanScore[] = [];
    for (const fold of FOLDS) {
      const split = readIndolemFold(dir, corpus, fold);
      const s = trainTest([...split.train, ...split.dev], split.test);
      scores.push(s);
      console.log(line(`${corpus} fold ${fold}`, s, `  [${secs()}]`));
    }
    const mean = (k: 'precision' | 'recall' | 'f1'): number => scores.reduce((a, s) => a + s[k], 0) / scores.length;
    console.log(line(`${corpus} 5-fold mean`, { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') }));
  }
  const idner = readIdnerNews(dir);
  console.log(line('idner-news-2k test', trainTest([...idner.train, ...idner.dev], idner.test), `  [${secs()}]`));
  const grit = readIndonlu(dir, 'nergrit');
  console.log(line('nergrit test', trainTest([...grit.train, ...grit.dev], grit.test), `  [${secs()}]`));

  const modelPath = args.model ?? defaultModelPath();
  const tLoad = process.cpuUsage();
  const shipped: PerceptronTagger = loadModel(modelPath);
  const loadUsage = process.cpuUsage(tLoad);
  const loadMs = (loadUsage.user + loadUsage.system) / 1000;
  const nerp = readIndonlu(dir, 'nerp');
  speed(shipped, [...nerp.test, ...idner.test, ...grit.test], loadMs);
  console.log(`\nshipped model ${modelPath} (never trained on NERP or on these test splits):`);
  console.log(line('nerp test (held out, lower-cased)', evaluate(shipped, nerp.test)));
  console.log(line('idner-news-2k test', evaluate(shipped, idner.test)));
  console.log(line('idner-news-2k test, harmonised', evaluate(shipped, harmoniseForShipping(idner.test))));
  console.log(line('nergrit test', evaluate(shipped, grit.test)));
  console.log(`\ntotal ${secs()}`);
}

runCli(main);
