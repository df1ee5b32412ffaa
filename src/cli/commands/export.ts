import { parseCommandArgs } from '../args';
import { CommandError, UsageError } from '../errors';
import { readExtractedJsonl } from '../jsonl';
import type { Command } from '../types';
import { EmbeddedStore } from '../../store/embedded';
import { exportCypherScript, exportNeo4jAdmin, type ExportSource } from '../../store/export';
import type { ExtractedDocument } from '../../extract/types';

const help = `Usage: simpul export --format neo4j-admin DIR [--from FILE.jsonl...]
       simpul export --format cypher FILE [--from FILE.jsonl...]

Write the graph for loading into Neo4j without the live loader: CSV files with
headers for \`neo4j-admin database import full\` (for corpora too big for
transactional loading; DIR/IMPORT.md has the command), or a script for
cypher-shell. Both hold the same graph the live loader builds. The source is
the embedded store (--data-dir) unless --from names extracted JSON Lines.

Options:
  --format F        neo4j-admin | cypher (required)
  --from FILE       read documents from \`simpul extract\` output (repeatable)
  --data-dir DIR    embedded store folder (default ./data, or SIMPUL_DATA_DIR)
  -h, --help        show this help

Examples:
  simpul export --format neo4j-admin export/
  simpul extract corpus/ --out corpus.jsonl && simpul export --format cypher graph.cypher --from corpus.jsonl
  cypher-shell -u neo4j -p secret -f graph.cypher`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'export the graph as neo4j-admin CSV or a cypher-shell script',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('export', argv, {
      format: { type: 'string' },
      from: { type: 'string', multiple: true },
      'data-dir': { type: 'string' },
    });
    if (values.help) {
      io.stdout.write(help + '\n');
      return 0;
    }
    const format = values.format as string | undefined;
    if (format !== 'neo4j-admin' && format !== 'cypher') throw new UsageError('--format must be neo4j-admin or cypher', 'export');
    if (positionals.length !== 1) throw new UsageError(`give one ${format === 'cypher' ? 'output FILE' : 'output DIR'}`, 'export');
    let source: ExportSource;
    let problems = 0;
    const from = values.from as string[] | undefined;
    if (from?.length) {
      const docs: ExtractedDocument[] = [];
      for (const file of from) {
        const r = await readExtractedJsonl(file, (d) => docs.push(d));
        for (const p of r.problems) io.stderr.write(`simpul export: error: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n`);
        problems += r.problems.length;
      }
      if (docs.length === 0) throw new CommandError('no valid documents to export');
      source = docs;
    } else {
      const store = new EmbeddedStore({ dataDir: (values['data-dir'] as string | undefined) ?? io.env.SIMPUL_DATA_DIR ?? './data' });
      await store.init();
      source = store;
    }
    const summary = format === 'cypher' ? await exportCypherScript(source, positionals[0]) : await exportNeo4jAdmin(source, positionals[0]);
    io.stdout.write(
      `exported ${summary.articles} articles, ${summary.entities} entities, ${summary.claims} claims, ${summary.factEdges} fact edges to ${summary.files.join(', ')}\n`,
    );
    return problems > 0 ? 1 : 0;
  },
};
