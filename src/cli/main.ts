// The simpul command line: dispatches to one module per command.
import { describeError, UsageError } from './errors';
import type { CliIO, Command } from './types';
import { extractCommand } from './commands/extract';
import { evalCommand } from './commands/eval';
import { loadCommand } from './commands/load';
import { buildCommand } from './commands/build';
import { serveCommand } from './commands/serve';
import { queryCommand } from './commands/query';
import { exportCommand } from './commands/export';

const commands: Command[] = [extractCommand, loadCommand, buildCommand, serveCommand, queryCommand, exportCommand, evalCommand];

function topHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'simpul: a knowledge-graph builder for Indonesian news',
    '',
    'Usage: simpul COMMAND [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run `simpul COMMAND --help` for a command\'s options and examples.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(topHelp() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(require('../../package.json').version + '\n');
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`simpul: unknown command ${JSON.stringify(name)}; run \`simpul --help\` for the list\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`simpul ${command.name}: ${e.message} (see \`simpul ${command.name} --help\`)\n`);
      return 2;
    }
    io.stderr.write(`simpul ${command.name}: error: ${describeError(e)}\n`);
    return 1;
  }
}
