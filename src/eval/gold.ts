// Reading gold annotation files, with errors that name the file and field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEntityType, isPredicate } from '../extract/types';
import type { GoldDocument } from './types';

export class GoldError extends Error {
  readonly code = 'BAD_GOLD';
  constructor(message: string) {
    super(message);
    this.name = 'GoldError';
  }
}

function isNameArg(x: unknown): x is string | string[] {
  return typeof x === 'string' || (Array.isArray(x) && x.length > 0 && x.every((n) => typeof n === 'string'));
}

export function parseGold(json: string, file: string): GoldDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new GoldError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const fail = (field: string, why: string): never => {
    throw new GoldError(`${file}: ${field}: ${why}`);
  };
  if (typeof raw !== 'object' || raw === null) return fail('(root)', 'expected an object');
  const g = raw as Record<string, unknown>;
  if (typeof g.doc !== 'string' || !g.doc) fail('doc', 'expected the document id as a string');
  if (!Array.isArray(g.entities)) fail('entities', 'expected an array');
  if (!Array.isArray(g.facts)) fail('facts', 'expected an array');
  (g.entities as unknown[]).forEach((e, i) => {
    const x = e as Record<string, unknown>;
    if (typeof x?.name !== 'string') fail(`entities[${i}].name`, 'expected a string');
    if (!isEntityType(x.type)) fail(`entities[${i}].type`, `unknown entity type ${JSON.stringify(x.type)}`);
    if (x.alt !== undefined && !isNameArg(x.alt)) fail(`entities[${i}].alt`, 'expected an array of strings');
  });
  (g.facts as unknown[]).forEach((f, i) => {
    const x = f as Record<string, unknown>;
    if (!isNameArg(x?.s)) fail(`facts[${i}].s`, 'expected a name or a list of names');
    if (!isPredicate(x.p)) fail(`facts[${i}].p`, `unknown predicate ${JSON.stringify(x.p)}`);
    if (!isNameArg(x.o)) fail(`facts[${i}].o`, 'expected a name or a list of names');
  });
  return g as unknown as GoldDocument;
}

/** Every `*.json` in a folder, sorted by name. */
export function readGoldDir(dir: string): GoldDocument[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch (e) {
    throw new GoldError(`${dir}: cannot read gold folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (names.length === 0) throw new GoldError(`${dir}: no .json gold files found`);
  return names.map((n) => parseGold(readFileSync(join(dir, n), 'utf8'), join(dir, n)));
}
