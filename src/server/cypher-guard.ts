// Defence in depth for the read-only Cypher box: the store already runs the
// query in read access mode; this refuses anything that could write or
// administer before it is sent at all.
import { ApiError } from './errors';

/** Clauses that write, administer or reach outside the database. */
const REFUSED = [
  'CREATE', 'MERGE', 'DELETE', 'DETACH', 'SET', 'REMOVE', 'DROP', 'FOREACH', 'LOAD', 'USE',
  'GRANT', 'DENY', 'REVOKE', 'ALTER', 'RENAME', 'START', 'STOP', 'TERMINATE', 'ENABLE', 'SHOW', 'FINISH',
] as const;

/** Procedures that only read; any other CALL is refused. */
const ALLOWED_PROCEDURES = new Set(['db.labels', 'db.relationshiptypes', 'db.propertykeys', 'db.schema.visualization']);

export const MAX_QUERY_LENGTH = 5000;

/** The query with string literals, quoted names and comments blanked out,
 * so keywords inside them are not mistaken for clauses. */
export function stripLiterals(cypher: string): string {
  let out = '';
  let i = 0;
  while (i < cypher.length) {
    const ch = cypher[i]!;
    const next = cypher[i + 1];
    if (ch === '/' && next === '/') {
      while (i < cypher.length && cypher[i] !== '\n') i++;
      out += ' ';
    } else if (ch === '/' && next === '*') {
      const end = cypher.indexOf('*/', i + 2);
      i = end === -1 ? cypher.length : end + 2;
      out += ' ';
    } else if (ch === "'" || ch === '"' || ch === '`') {
      i++;
      while (i < cypher.length && cypher[i] !== ch) i += cypher[i] === '\\' ? 2 : 1;
      i++;
      out += ch === '`' ? ' x ' : " '' ";
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

export function assertReadOnlyCypher(cypher: string): void {
  if (cypher.trim() === '') throw new ApiError(400, 'BAD_BODY', 'cypher: is required', 'cypher');
  if (cypher.length > MAX_QUERY_LENGTH) throw new ApiError(400, 'BAD_BODY', `cypher: at most ${MAX_QUERY_LENGTH} characters`, 'cypher');
  const code = stripLiterals(cypher);
  const upper = code.toUpperCase();
  for (const word of REFUSED) {
    if (new RegExp(`\\b${word}\\b`).test(upper)) {
      throw new ApiError(400, 'WRITE_REFUSED', `cypher: ${word} is not allowed here; the box runs read-only queries`, 'cypher');
    }
  }
  const calls = code.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)/gi);
  for (const m of calls) {
    const name = m[1]!.toLowerCase();
    if (!ALLOWED_PROCEDURES.has(name)) {
      throw new ApiError(400, 'WRITE_REFUSED', `cypher: CALL ${m[1]} is not allowed here (read-only procedures: ${[...ALLOWED_PROCEDURES].join(', ')})`, 'cypher');
    }
  }
  if (/;\s*\S/.test(code)) throw new ApiError(400, 'BAD_BODY', 'cypher: one statement only', 'cypher');
}
