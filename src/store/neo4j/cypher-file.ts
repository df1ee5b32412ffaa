// Reading .cypher files: statements split on top-level semicolons, comments
// dropped, so the schema file and the library can be sent statement by statement.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../../resources';

/** Repository root (the package root: cypher/ lives beside src/). */
export function repoRoot(): string {
  return packageRoot();
}

export function cypherDir(): string {
  return path.join(repoRoot(), 'cypher');
}

/** Splits Cypher text into statements; quotes and comments are respected. */
export function splitCypherStatements(text: string): string[] {
  const statements: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      current += ch;
      if (ch === '\\') {
        current += text[++i] ?? '';
      } else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      current += '\n';
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    if (ch === ';') {
      if (current.trim()) statements.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

export function readCypherFile(file: string): string[] {
  return splitCypherStatements(readFileSync(file, 'utf8'));
}

export function schemaStatements(): string[] {
  return readCypherFile(path.join(cypherDir(), 'schema.cypher'));
}
