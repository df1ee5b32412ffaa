// Serving a store until the process is told to stop.
import { startServer } from '../server';
import type { GraphStore } from '../store/types';
import type { CliIO } from './types';

export async function serveStore(store: GraphStore, opts: { port: number; host?: string }, io: CliIO): Promise<void> {
  const running = await startServer({
    store,
    port: opts.port,
    host: opts.host || '127.0.0.1',
    logError: (e) => io.stderr.write(`simpul serve: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`),
  });
  io.stdout.write(`serving the ${store.kind} store's graph at ${running.url}  (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
  await store.close();
}
