import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { dateOption, intOption, parseCommandArgs } from '../args';
import { CommandError, UsageError } from '../errors';
import { extractAll } from '../run-extraction';
import type { Command } from '../types';

const help = `Usage: simpul extract PATH... [--out FILE]

Extract entities and facts from article files (.txt, or folders of them) and
write one JSON object per document (JSON Lines, see spec/output.md), in input
order, to standard output or to FILE.

Options:
  -o, --out FILE             write to FILE (atomically: all or nothing)
      --reference-date DATE  resolve dates without a year against DATE
                             (YYYY-MM-DD; default: today)
      --max-bytes N          refuse files larger than N bytes (default 10000000)
  -h, --help                 show this help

A file that cannot be read is reported on stderr and skipped; the exit code
is 1 if any file failed.

Examples:
  simpul extract seeds/
  simpul extract seeds/001_adfbcabac01a1eba.txt | jq '.facts[].predicate'
  simpul extract --out graph.jsonl articles/ more/article.txt`;

export const extractCommand: Command = {
  name: 'extract',
  summary: 'extract entities and facts from articles as JSON Lines',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('extract', argv, {
      out: { type: 'string', short: 'o' },
      'reference-date': { type: 'string' },
      'max-bytes': { type: 'string' },
    });
    if (values.help) {
      io.stdout.write(help + '\n');
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('give at least one article file or folder', 'extract');
    const opts = {
      referenceDate: dateOption('extract', 'reference-date', values['reference-date'] as string | undefined),
      maxBytes: intOption('extract', 'max-bytes', values['max-bytes'] as string | undefined, 1, 2 ** 40),
    };
    const outPath = values.out as string | undefined;
    const tmpPath = outPath ? `${outPath}.tmp-${process.pid}` : undefined;
    const out = tmpPath ? createWriteStream(tmpPath) : io.stdout;
    if (tmpPath) {
      await Promise.race([once(out, 'open'), once(out, 'error').then(([e]) => {
        throw new CommandError(`${outPath}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      })]);
    }
    const run = await extractAll(positionals, opts, io, async (doc) => {
      if (!out.write(JSON.stringify(doc) + '\n')) await once(out, 'drain');
    });
    if (tmpPath && outPath) {
      await new Promise<void>((resolve, reject) => (out as NodeJS.WritableStream).end((e?: Error | null) => (e ? reject(e) : resolve())));
      if (run.documents > 0) renameSync(tmpPath, outPath);
      else rmSync(tmpPath, { force: true });
    }
    if (io.stderr.isTTY || outPath) {
      io.stderr.write(`extracted ${run.documents} documents, ${run.entities} entities, ${run.facts} facts in ${(run.ms / 1000).toFixed(2)} s${run.failed ? `; ${run.failed} failed` : ''}\n`);
    }
    return run.failed > 0 ? 1 : 0;
  },
};
