// Locating and reading the gazetteer data files. The same relative path works
// from src/ (ts-jest/swc) and dist/ (compiled), both three levels below the root.
import { resourcePath } from '../../resources';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const GAZETTEER_DIR = resourcePath('gazetteer');

/** Stable error codes of the entity stage. */
export type EntityErrorCode = 'GAZETTEER_MISSING' | 'GAZETTEER_INVALID';

export class EntityDataError extends Error {
  constructor(
    public readonly code: EntityErrorCode,
    message: string,
    public readonly file: string,
  ) {
    super(`${code}: ${file}: ${message}`);
    this.name = 'EntityDataError';
  }
}

/** Read and parse one JSON data file of resources/gazetteer. */
export function readGazetteerJson(name: string, dir: string = GAZETTEER_DIR): unknown {
  const file = resolve(dir, name);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    throw new EntityDataError('GAZETTEER_MISSING', `cannot read (${(err as Error).message})`, file);
  }
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new EntityDataError('GAZETTEER_INVALID', `not valid JSON (${(err as Error).message})`, file);
  }
}

/** Assert a field is a non-empty string array; names file and field on failure. */
export function stringList(value: unknown, file: string, field: string): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    throw new EntityDataError('GAZETTEER_INVALID', `${field} must be a non-empty array of non-empty strings`, file);
  }
  return value as string[];
}

export function requiredString(value: unknown, file: string, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new EntityDataError('GAZETTEER_INVALID', `${field} must be a non-empty string`, file);
  }
  return value;
}
