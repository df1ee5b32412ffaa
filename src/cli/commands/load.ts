import { CommandError, UsageError } from '../errors';
import { parseCommandArgs } from '../args';
import { readExtractedJsonl } from '../jsonl';
import { loadProgress } from '../progress';
import { openConfiguredStore, storeHelp } from '../store';
import { formatLoadSummary, reportRejected } from '../summary';
import type { Command } from '../types';
import type { ExtractedDocument } from '../../extract/types';

const help = `Usage: simpul load FILE.jsonl... [--data-dir DIR]

Load the output of \`simpul extract\` into the configured store. Loading is
idempotent: the same file twice changes nothing; an article whose text changed
replaces its earlier facts. Every line is checked against the output contract
first: bad lines are reported with file and line and not loaded; the rest are.

Options:
  --data-dir DIR   embedded store folder (default ./data, or SIMPUL_DATA_DIR)
  -h, --help       show this help
${storeHelp}
Examples:
  simpul extract seeds/ --out seeds.jsonl && simpul load seeds.jsonl
  NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=secret simpul load seeds.jsonl`;

export const loadCommand: Command = {
  name: 'load',
  summary: 'load extracted JSON Lines into the store (embedded or Neo4j)',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('load', argv, { 'data-dir': { type: 'string' } });
    if (values.help) {
      io.stdout.write(help + '\n');
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('give at least one .jsonl file', 'load');
    const docs: ExtractedDocument[] = [];
    let problems = 0;
    for (const file of positionals) {
      const r = await readExtractedJsonl(file, (d) => docs.push(d));
      for (const p of r.problems) io.stderr.write(`simpul load: error: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n`);
      problems += r.problems.length;
    }
    if (docs.length === 0) throw new CommandError(`nothing to load${problems ? ` (${problems} bad line${problems > 1 ? 's' : ''})` : ''}`);
    const store = await openConfiguredStore(io.env, values['data-dir'] as string | undefined, io.stderr);
    try {
      const summary = await store.load(docs, { onProgress: loadProgress(io) });
      problems += reportRejected(summary, 'load', io.stderr);
      io.stdout.write(formatLoadSummary(store, summary) + '\n');
    } finally {
      await store.close();
    }
    return problems > 0 ? 1 : 0;
  },
};
