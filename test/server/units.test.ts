// Pure parts of the server: validation, layout, the Cypher guard, date ranges.
import fc from 'fast-check';
import { PREDICATES } from '../../src/extract/types';
import { dateInRange } from '../../src/server/claims';
import { assertReadOnlyCypher, stripLiterals } from '../../src/server/cypher-guard';
import { ApiError } from '../../src/server/errors';
import { computeLayout, seededPosition } from '../../src/server/layout';
import { filterKey, parseEntityId, parseEnumList, parseFilters, parseLimit } from '../../src/server/validate';

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e instanceof ApiError ? `${e.code}:${e.param}` : String(e);
  }
};

describe('validation', () => {
  it('accepts exactly the limits within the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 100 }), (n) => {
        const r = code(() => parseLimit({ limit: String(n) }, 'limit', { default: 5, max: 50 }));
        expect(r === undefined).toBe(n >= 1 && n <= 50);
      }),
    );
  });
  it('never lets a value outside the closed predicate set through', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), (values) => {
        const raw = values.join(',');
        const result = code(() => parseEnumList({ p: raw }, 'p', PREDICATES));
        const bad = raw.split(',').map((v) => v.trim()).filter((v) => v !== '' && !(PREDICATES as readonly string[]).includes(v));
        expect(result === undefined).toBe(bad.length === 0);
      }),
    );
  });
  it('gives equal filters equal keys whatever the order', () => {
    const a = parseFilters({ types: 'Person,Country', predicates: 'MEETS,VISITS' });
    const b = parseFilters({ predicates: 'VISITS,MEETS', types: 'Country,Person' });
    expect(filterKey(a)).toBe(filterKey(b));
    expect(filterKey(a)).not.toBe(filterKey(parseFilters({ types: 'Person' })));
  });
  it('accepts entity ids of the contract and refuses others', () => {
    for (const ok of ['country:KP', 'org:national-intelligence-service', 'person:lee-seong-kweun', 'location:timur-jauh']) expect(parseEntityId(ok)).toBe(ok);
    for (const bad of ['KP', 'country:', ':KP', 'country:K P', "country:KP' OR 1=1", 'country:<b>']) expect(code(() => parseEntityId(bad))).toBe('BAD_PARAMETER:id');
  });
});

describe('date ranges over partial dates', () => {
  it.each([
    ['2024-10', '2024', '2024', true],
    ['2024-10-19', '2024-10-01', '2024-10-31', true],
    ['2024-10', '2024-11', undefined, false],
    ['2023-03-02', undefined, '2023', true],
    [null, '2020', undefined, false],
  ])('%s within %s..%s is %s', (date, from, to, expected) => {
    expect(dateInRange(date, from, to)).toBe(expected);
  });
});

describe('layout', () => {
  const graph = {
    nodes: Array.from({ length: 30 }, (_, i) => ({ id: `n:${i}`, name: `N${i}`, type: 'Country' as const, mentions: i })),
    edges: Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, source: `n:${i % 30}`, target: `n:${(i * 7 + 3) % 30}`, predicate: 'MEETS' as const, claims: 1 })),
  };
  it('gives the same positions whatever order the store returns', () => {
    const a = computeLayout(graph);
    const b = computeLayout({ nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() });
    expect([...a.positions.entries()].sort()).toEqual([...b.positions.entries()].sort());
  });
  it('seeds positions from ids, deterministically and inside the disc', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const p = seededPosition(id, 10);
        expect(seededPosition(id, 10)).toEqual(p);
        expect(Math.hypot(p.x, p.y)).toBeLessThanOrEqual(10 + 1e-9);
      }),
    );
  });
  it('keeps linked nodes closer than unlinked ones on average', () => {
    const { positions } = computeLayout(graph);
    const dist = (a: string, b: string) => Math.hypot(positions.get(a)!.x - positions.get(b)!.x, positions.get(a)!.y - positions.get(b)!.y);
    const linked = graph.edges.map((e) => dist(e.source, e.target));
    const all = graph.nodes.flatMap((a, i) => graph.nodes.slice(i + 1).map((b) => dist(a.id, b.id)));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(linked)).toBeLessThan(mean(all));
  });
});

describe('read-only Cypher guard', () => {
  it.each([
    'CREATE (n:Entity {id: "x"})',
    'MATCH (n) MERGE (n)-[:X]->(m)',
    'MATCH (n) DETACH DELETE n',
    'MATCH (n) SET n.name = "x"',
    'MATCH (n) REMOVE n.name',
    'CALL dbms.listConfig()',
    'CALL db.createLabel("X")',
    'CALL apoc.cypher.runWrite("CREATE (n)", {})',
    'LOAD CSV FROM "file:///etc/passwd" AS row RETURN row',
    'match (n) return n; match (m) delete m',
    'DROP INDEX foo',
    'SHOW USERS',
    'MATCH (n) FOREACH (x IN [1] | CREATE (m))',
  ])('refuses %s', (q) => {
    expect(code(() => assertReadOnlyCypher(q))).toMatch(/^(WRITE_REFUSED|BAD_BODY):cypher$/);
  });
  it.each([
    'MATCH (a:Entity)-[r]->(b) RETURN a, r, b LIMIT 25',
    "MATCH (n) WHERE n.name = 'CREATE something' RETURN n",
    'MATCH (n) // DELETE in a comment\nRETURN n',
    'CALL db.labels()',
    'MATCH (n) RETURN n;',
  ])('allows %s', (q) => {
    expect(code(() => assertReadOnlyCypher(q))).toBeUndefined();
  });
  it('blanks literals without changing anything else', () => {
    expect(stripLiterals("RETURN 'a;b' AS x")).toBe("RETURN  ''  AS x");
  });
});
