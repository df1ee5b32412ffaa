import { readFileSync } from 'node:fs';
import { buildGraphModel } from '../../src/store/model';
import { GraphIndex } from '../../src/store/graph-index';
import {
  embeddedLibraryNames,
  listLibraryQueries,
  resolveLibraryParams,
  runLibraryQuery,
  runLibraryQueryEmbedded,
} from '../../src/store/library';
import { splitCypherStatements } from '../../src/store/neo4j/cypher-file';
import { RecordingRunner } from '../../src/store/neo4j/runner';
import neo4j from 'neo4j-driver';
import { allFixtures } from './fixtures';

const graph = new GraphIndex(buildGraphModel(allFixtures()).model);
const run = (name: string, params: Record<string, string> = {}) => runLibraryQueryEmbedded(name, params, graph);

/** The column names of a statement's final RETURN clause. */
function returnColumns(statement: string): string[] {
  const clause = statement.slice(statement.lastIndexOf('RETURN ') + 7).split(/\n(?:ORDER BY|LIMIT)/)[0]!;
  const columns: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of clause) {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      columns.push(current);
      current = '';
    } else current += ch;
  }
  columns.push(current);
  return columns.map((c) => {
    const alias = /\bAS\s+(\w+)\s*$/.exec(c.trim());
    return alias ? alias[1]! : c.trim();
  });
}

const EXAMPLE_PARAMS: Record<string, Record<string, string>> = {
  entity_timeline: { entity: 'country:KP' },
  shortest_path: { from: 'Volodymyr Zelensky', to: 'country:KP' },
  article_extraction: { article: 'fx_a1' },
  article_entities: { article: 'fx_a1' },
};

describe('Cypher library and its embedded twins', () => {
  const queries = listLibraryQueries();

  it('every query file has a question, and an embedded twin (and no twin lacks a file)', () => {
    expect(queries.map((q) => q.name)).toEqual(embeddedLibraryNames());
    for (const q of queries) {
      expect(q.question.length).toBeGreaterThan(20);
      expect(q.question).not.toMatch(/Example/);
      expect(readFileSync(q.file, 'utf8')).toMatch(/^\/\/ Example on the seeds/m);
    }
    expect(queries.length).toBeGreaterThanOrEqual(8);
  });

  it('each twin returns exactly the columns of the Cypher RETURN clause, in order', () => {
    for (const q of queries) {
      const [statement] = splitCypherStatements(readFileSync(q.file, 'utf8'));
      const rows = run(q.name, EXAMPLE_PARAMS[q.name] ?? {});
      expect({ q: q.name, rows: rows.length > 0 }).toEqual({ q: q.name, rows: true });
      for (const row of rows) expect({ q: q.name, columns: Object.keys(row) }).toEqual({ q: q.name, columns: returnColumns(statement!) });
    }
  });

  it('troop claims by source: every deployment claim with its count and who says so, oldest first', () => {
    const rows = run('troop_claims_by_source', { sender: 'North Korea' });
    expect(rows.map((r) => [r.date, r.destination, r.count, r.countModifier, r.source])).toEqual([
      ['2024-10', 'Russia', 1500, null, 'National Intelligence Service'],
      ['2024-11-05', 'Kursk', 11000, 'more_than', 'Volodymyr Zelensky'],
      ['2024-11-05', 'Russia', 11000, 'more_than', 'Volodymyr Zelensky'],
      ['2024-12', 'Kursk', 12000, null, 'United States'],
    ]);
    expect(run('troop_claims_by_source', { sender: 'country:UA' })).toEqual([]);
  });

  it('asserted and denied: the weapons claim North Korea denies and NIS asserts', () => {
    expect(run('asserted_and_denied')).toEqual([
      {
        subject: 'North Korea',
        predicate: 'SUPPLIES_WEAPONS_TO',
        object: 'Russia',
        assertedBy: ['National Intelligence Service'],
        deniedBy: ['North Korea'],
      },
    ]);
  });

  it('corroborated facts: reported by two or more outlets', () => {
    const rows = run('corroborated_facts');
    expect(rows.every((r) => (r.outlets as string[]).length >= 2)).toBe(true);
    expect(rows.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toEqual(
      expect.arrayContaining(['North Korea SENDS_TROOPS_TO Russia', 'Russia FIGHTS_AGAINST Ukraine', 'North Korea SUPPLIES_WEAPONS_TO Russia']),
    );
    expect(run('corroborated_facts', { minOutlets: '3' })).toEqual([]);
  });

  it('shortest path through fact edges, either direction', () => {
    expect(run('shortest_path', { from: 'Ukraine', to: 'country:TW' })).toEqual([]);
    const [path] = run('shortest_path', { from: 'Volodymyr Zelensky', to: 'North Korea' });
    expect(path).toMatchObject({ hops: 3 });
    expect((path!.path as string[])[0]).toBe('Volodymyr Zelensky');
    expect((path!.path as string[]).at(-1)).toBe('North Korea');
  });

  it('co-mentioned pairs, most shared articles first, limited', () => {
    const rows = run('co_mentioned', { limit: '3' });
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({ first: 'North Korea', second: 'Russia', articles: 3 });
  });

  it('an article’s full extraction in text order', () => {
    const rows = run('article_extraction', { article: 'fx_a1' });
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.start)).toEqual([...rows.map((r) => r.start as number)].sort((a, b) => a - b));
  });

  it('checks parameters: unknown, missing and non-integer values are clear errors', () => {
    const q = listLibraryQueries().find((x) => x.name === 'co_mentioned')!;
    expect(resolveLibraryParams(q, {})).toEqual({ limit: 20 });
    expect(() => resolveLibraryParams(q, { limit: 'many' })).toThrow(/"limit" must be an integer/);
    expect(() => resolveLibraryParams(q, { top: '3' })).toThrow(/unknown parameter "top"/);
    expect(() => run('entity_timeline')).toThrow(/"entity" is required/);
  });

  it('runs against Neo4j with the file’s statement and integer parameters as neo4j Integers', async () => {
    const runner = new RecordingRunner(() => [{ first: 'A', second: 'B', articles: 2 }]);
    const rows = await runLibraryQuery('co_mentioned', { limit: '5' }, runner);
    expect(rows).toEqual([{ first: 'A', second: 'B', articles: 2 }]);
    expect(runner.calls[0]!.statement).toContain('LIMIT $limit');
    expect(neo4j.isInt(runner.calls[0]!.params.limit)).toBe(true);
  });
});
