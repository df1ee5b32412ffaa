// Minimal `--name value` parsing for the train/bench commands.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NerError } from './errors';
import { packageRoot } from './paths';

export function parseArgs(argv: readonly string[], allowed: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m || !allowed.includes(m[1])) {
      throw new NerError('NER_BAD_ARGUMENT', `unknown argument ${JSON.stringify(argv[i])}; allowed: ${allowed.map((a) => '--' + a).join(' ')}`);
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new NerError('NER_BAD_ARGUMENT', `--${m[1]} needs a value`);
    out[m[1]] = value;
  }
  return out;
}

/** --data, else ../shared/datasets/ner beside the package when it exists. */
export function dataDirFrom(args: Record<string, string>): string {
  if (args.data) return resolve(args.data);
  const beside = join(packageRoot(), '..', 'shared', 'datasets', 'ner');
  if (existsSync(beside)) return beside;
  throw new NerError('NER_BAD_ARGUMENT', '--data DIR is required (a folder laid out like shared/datasets/ner)');
}

export function intArg(args: Record<string, string>, name: string, fallback: number): number {
  if (args[name] === undefined) return fallback;
  const n = Number(args[name]);
  if (!Number.isInteger(n) || n <= 0) throw new NerError('NER_BAD_ARGUMENT', `--${name} must be a positive integer, got ${args[name]}`);
  return n;
}

export function pct(x: number): string {
  return (x * 100).toFixed(2);
}

/** Runs a CLI main, printing NerErrors as one clear line and exiting 1. */
export function runCli(main: () => void): void {
  try {
    main();
  } catch (err) {
    const e = err as Error & { code?: string };
    process.stderr.write(`${e.code ? e.message : e.stack ?? String(e)}\n`);
    process.exitCode = 1;
  }
}
