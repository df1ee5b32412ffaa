import { parseCommandArgs } from '../args';
import { UsageError } from '../errors';
import { extractAll } from '../run-extraction';
import type { Command } from '../types';
import { readGoldDir } from '../../eval/gold';
import { formatReport } from '../../eval/report';
import { scoreCorpus } from '../../eval/score';
import type { ExtractedDocument } from '../../extract/types';

const help = `Usage: simpul eval --gold DIR PATH...

Extract the articles in PATH (files or folders) and score them against the gold
annotations in DIR (one JSON file per document, see spec/output.md): entity and
fact precision, recall and F1 per document and overall (micro-average), then
the misses and false positives of each document.

Options:
  --gold DIR            folder of gold annotation .json files (required)
  --json                print the report as JSON instead of a table
  --brief               print only the score table
  --min-entity-f1 X     exit 1 when overall entity F1 is below X (0..1)
  --min-fact-f1 X       exit 1 when overall fact F1 is below X (0..1)
  -h, --help            show this help

Examples:
  simpul eval --gold ../shared/gold/seeds seeds/
  simpul eval --gold test/gold/annotations test/gold/articles --brief
  simpul eval --gold ../shared/gold/seeds seeds/ --min-fact-f1 0.85`;

function threshold(name: string, v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new UsageError(`--${name} must be a number from 0 to 1, got ${JSON.stringify(v)}`, 'eval');
  return n;
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score extraction against gold annotations',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('eval', argv, {
      gold: { type: 'string' },
      json: { type: 'boolean' },
      brief: { type: 'boolean' },
      'min-entity-f1': { type: 'string' },
      'min-fact-f1': { type: 'string' },
    });
    if (values.help) {
      io.stdout.write(help + '\n');
      return 0;
    }
    if (!values.gold) throw new UsageError('--gold DIR is required', 'eval');
    if (positionals.length === 0) throw new UsageError('give the article files or folders to extract', 'eval');
    const minEntity = threshold('min-entity-f1', values['min-entity-f1']);
    const minFact = threshold('min-fact-f1', values['min-fact-f1']);
    const gold = readGoldDir(values.gold as string);
    const docs: ExtractedDocument[] = [];
    const run = await extractAll(positionals, {}, io, (d) => {
      docs.push(d);
    });
    const report = scoreCorpus(docs, gold);
    io.stdout.write((values.json ? JSON.stringify(report, null, 2) : formatReport(report, { details: !values.brief })) + '\n');
    let code = run.failed > 0 ? 1 : 0;
    if (minEntity !== undefined && report.entities.f1 < minEntity) {
      io.stderr.write(`simpul: entity F1 ${report.entities.f1.toFixed(3)} is below ${minEntity}\n`);
      code = 1;
    }
    if (minFact !== undefined && report.facts.f1 < minFact) {
      io.stderr.write(`simpul: fact F1 ${report.facts.f1.toFixed(3)} is below ${minFact}\n`);
      code = 1;
    }
    return code;
  },
};
