import { parseCommandArgs } from '../args';
import { UsageError } from '../errors';
import { openConfiguredStore, storeHelp } from '../store';
import { formatTable } from '../table';
import type { Command } from '../types';
import { listLibraryQueries, runLibraryQueryOnStore } from '../../store/library';

const help = `Usage: simpul query NAME [--param KEY=VALUE]... [--json]
       simpul query --list

Run a question from the Cypher library (cypher/queries/NAME.cypher) against
the configured store and print the rows as a table. With Neo4j configured the
Cypher file itself runs (parameters only, read access); with the embedded
store its twin answers the same question with the same columns.

Options:
  -p, --param KEY=VALUE  a query parameter (repeatable; see --list)
  --json                 print the rows as JSON
  --list                 list the library's questions and their parameters
  --data-dir DIR         embedded store folder (default ./data, or SIMPUL_DATA_DIR)
  -h, --help             show this help
${storeHelp}
Examples:
  simpul query --list
  simpul query troop_claims_by_source
  simpul query entity_timeline --param id=country:KP
  NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=secret simpul query shortest_path -p from=country:KP -p to=country:UA`;

export const queryCommand: Command = {
  name: 'query',
  summary: 'run a Cypher library question and print a table',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('query', argv, {
      param: { type: 'string', short: 'p', multiple: true },
      json: { type: 'boolean' },
      list: { type: 'boolean' },
      'data-dir': { type: 'string' },
    });
    if (values.help) {
      io.stdout.write(help + '\n');
      return 0;
    }
    const library = listLibraryQueries();
    if (values.list) {
      for (const q of library) {
        const params = q.params.map((p) => `${p.optional ? '[' : ''}${p.name}=${p.type}${p.default !== undefined ? ` (default ${p.default})` : ''}${p.optional ? ']' : ''}`);
        io.stdout.write(`${q.name}${params.length ? '  ' + params.join(' ') : ''}\n    ${q.question}\n`);
      }
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('give one query name (see `simpul query --list`)', 'query');
    const name = positionals[0];
    if (!library.some((q) => q.name === name)) {
      throw new UsageError(`no library query named ${JSON.stringify(name)}; known: ${library.map((q) => q.name).join(', ')}`, 'query');
    }
    const params: Record<string, string> = {};
    for (const p of (values.param as string[] | undefined) ?? []) {
      const eq = p.indexOf('=');
      if (eq <= 0) throw new UsageError(`--param takes KEY=VALUE, got ${JSON.stringify(p)}`, 'query');
      params[p.slice(0, eq)] = p.slice(eq + 1);
    }
    const store = await openConfiguredStore(io.env, values['data-dir'] as string | undefined, io.stderr);
    try {
      const rows = await runLibraryQueryOnStore(name, params, store);
      io.stdout.write((values.json ? JSON.stringify(rows, null, 2) : formatTable(rows as Record<string, unknown>[])) + '\n');
    } finally {
      await store.close();
    }
    return 0;
  },
};
