import { dateOption, intOption, parseCommandArgs } from '../args';
import { CommandError, UsageError } from '../errors';
import { extractAll } from '../run-extraction';
import { openConfiguredStore, storeHelp } from '../store';
import { formatLoadSummary, reportRejected } from '../summary';
import { serveStore } from '../serve';
import type { Command } from '../types';
import type { ExtractedDocument } from '../../extract/types';
import type { LoadSummary } from '../../store/types';

const help = `Usage: simpul build PATH... [--serve] [--port N] [--data-dir DIR]

Extract the articles in PATH (files or folders of .txt) and load them into the
configured store: the embedded store under --data-dir, or Neo4j when NEO4J_URI
is set. With --serve, then serve the explorer (this is what \`npm start\` runs).

Options:
  --serve                serve the explorer after loading
  --port N               port for --serve (default PORT or 3000)
  --host HOST            address for --serve (default HOST or 127.0.0.1)
  --data-dir DIR         embedded store folder (default ./data, or SIMPUL_DATA_DIR)
  --reference-date DATE  resolve dates without a year against DATE (YYYY-MM-DD)
  --batch N              documents per load batch (default 500)
  --max-bytes N          refuse article files larger than N bytes (default 10000000)
  -h, --help             show this help
${storeHelp}
Examples:
  simpul build seeds/
  simpul build seeds/ --serve --port 8080
  NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=secret simpul build seeds/ --serve`;

export const buildCommand: Command = {
  name: 'build',
  summary: 'extract articles and load them into the store (optionally serve)',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('build', argv, {
      serve: { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'reference-date': { type: 'string' },
      batch: { type: 'string' },
      'max-bytes': { type: 'string' },
    });
    if (values.help) {
      io.stdout.write(help + '\n');
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('give at least one article file or folder', 'build');
    const port = intOption('build', 'port', (values.port as string | undefined) ?? io.env.PORT, 0, 65535) ?? 3000;
    const batchSize = intOption('build', 'batch', values.batch as string | undefined, 1, 100000) ?? 500;
    const referenceDate = dateOption('build', 'reference-date', values['reference-date'] as string | undefined);
    const maxBytes = intOption('build', 'max-bytes', values['max-bytes'] as string | undefined, 1, 2 ** 40);
    const started = performance.now();
    const store = await openConfiguredStore(io.env, values['data-dir'] as string | undefined, io.stderr);
    let keepOpen = false;
    try {
      const total: LoadSummary = { documents: 0, written: 0, unchanged: 0, duplicates: 0, entities: 0, claims: 0, ms: 0 };
      let batch: ExtractedDocument[] = [];
      let rejected = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const s = await store.load(batch);
        batch = [];
        rejected += reportRejected(s, 'build', io.stderr);
        total.documents += s.documents;
        total.written += s.written;
        total.unchanged += s.unchanged;
        total.duplicates += s.duplicates;
        total.entities = s.entities;
        total.claims = s.claims;
        total.ms += s.ms;
      };
      const run = await extractAll(positionals, { referenceDate, maxBytes }, io, async (doc) => {
        batch.push(doc);
        if (batch.length >= batchSize) await flush();
      });
      await flush();
      if (run.documents === 0) throw new CommandError('no article could be extracted');
      const stats = await store.stats();
      io.stdout.write(
        `extracted ${run.documents} documents (${run.entities} entity and ${run.facts} fact records) in ${((run.ms - total.ms) / 1000).toFixed(2)} s\n` +
          formatLoadSummary(store, total) +
          `\nthe store now holds ${stats.articles} articles, ${stats.entities} entities, ${stats.claims} claims, ${stats.factEdges} fact edges` +
          ` (${((performance.now() - started) / 1000).toFixed(2)} s in all)\n`,
      );
      if (values.serve) {
        keepOpen = true;
        await serveStore(store, { port, host: (values.host as string | undefined) ?? io.env.HOST }, io);
      }
      return run.failed + rejected > 0 ? 1 : 0;
    } finally {
      if (!keepOpen) await store.close();
    }
  },
};
