import { intOption, parseCommandArgs } from '../args';
import { serveStore } from '../serve';
import { openConfiguredStore, storeHelp } from '../store';
import type { Command } from '../types';

const help = `Usage: simpul serve [--port N] [--host HOST] [--data-dir DIR]

Serve the explorer page and its JSON API from the configured store (embedded
under --data-dir, or Neo4j when NEO4J_URI is set). Binds to 127.0.0.1 unless
told otherwise.

Options:
  --port N        port (default PORT or 3000)
  --host HOST     address to bind (default HOST or 127.0.0.1)
  --data-dir DIR  embedded store folder (default ./data, or SIMPUL_DATA_DIR)
  -h, --help      show this help
${storeHelp}
Examples:
  simpul serve
  PORT=8080 simpul serve --data-dir /var/lib/simpul`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the graph explorer and its API',
  help,
  async run(argv, io) {
    const { values } = parseCommandArgs('serve', argv, {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
    });
    if (values.help) {
      io.stdout.write(help + '\n');
      return 0;
    }
    const port = intOption('serve', 'port', (values.port as string | undefined) ?? io.env.PORT, 0, 65535) ?? 3000;
    const store = await openConfiguredStore(io.env, values['data-dir'] as string | undefined, io.stderr);
    await serveStore(store, { port, host: (values.host as string | undefined) ?? io.env.HOST }, io);
    return 0;
  },
};
