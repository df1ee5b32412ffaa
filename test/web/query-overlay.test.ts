// Drawing a Cypher answer on the page's graph (web/src/query-overlay.ts):
// merge then clear gives the graph back, positions depend only on the graph
// and the answer, drawn facts are marked rather than drawn twice.
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { PREDICATES, type EntityType } from '../../src/extract/types';
import type { GraphResponse } from '../../src/server/api-types';
import type { ReadQueryResult } from '../../src/store/types';
import { FADED_COLOR, HIGHLIGHT_EDGE_COLOR, QUERY_EDGE_COLOR, QUERY_NODE_COLOR } from '../../web/src/colors';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '../../web/src/data';
import { emptyInteraction, makeReducers } from '../../web/src/settings';
import { applyQueryResult, clearQueryResult, describeSummary, graphKeyOf, isQueryKey, stepShare, summarize } from '../../web/src/query-overlay';

type Answer = Pick<ReadQueryResult, 'nodes' | 'relationships'>;

type Overview = Pick<GraphResponse, 'nodes' | 'edges'>;

/** The graph as the page's fillGraph draws it (data.ts is not imported: it
 * loads @sigma/edge-curve, which needs WebGL at load time). */
function drawn(data: Overview): ExplorerGraph {
  const g = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  for (const n of data.nodes)
    g.addNode(n.id, { x: n.x, y: n.y, size: 3 + n.mentions / 10, color: '#0072B2', label: n.name, entityType: n.type, mentions: n.mentions });
  for (const e of data.edges)
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, { size: 1, color: '#9aa3ad', label: e.predicate, predicate: e.predicate, claims: e.claims, type: 'arrow', curvature: 0 });
  return g;
}

const TYPES: EntityType[] = ['Country', 'Person', 'Organization', 'Location'];
const entityId = (i: number) => `country:E${i}`;

/** A drawn overview of up to 12 entities (ids E0…) with fact edges between them. */
const overview: fc.Arbitrary<Overview> = fc
  .integer({ min: 0, max: 12 })
  .chain((n) =>
    fc.record({
      nodes: fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.record({
            id: fc.constant(entityId(i)),
            name: fc.constant(`E${i}`),
            type: fc.constantFrom(...TYPES),
            mentions: fc.integer({ min: 0, max: 50 }),
            x: fc.double({ min: -100, max: 100, noNaN: true }),
            y: fc.double({ min: -100, max: 100, noNaN: true }),
          }),
        ),
      ),
      edges: fc.uniqueArray(
        fc.record({ s: fc.nat(Math.max(0, n - 1)), t: fc.nat(Math.max(0, n - 1)), predicate: fc.constantFrom(...PREDICATES) }).filter((e) => e.s !== e.t),
        { maxLength: n < 2 ? 0 : 20, selector: (e) => `${e.s}|${e.t}|${e.predicate}` },
      ),
    }),
  )
  .map(({ nodes, edges }) => ({
    nodes: [...nodes],
    edges: edges.map((e, i) => ({ id: `fact:${i}`, source: entityId(e.s), target: entityId(e.t), predicate: e.predicate, claims: 1 })),
  }));

/** An answer over entities E0…E15 (some drawn, some not), articles and claims,
 * with relationships that are fact predicates or the model's own types. */
const answer: fc.Arbitrary<Answer> = fc
  .uniqueArray(
    fc.oneof(
      fc.integer({ min: 0, max: 15 }).map((i) => ({ id: `4:db:e${i}`, labels: ['Country', 'Entity'], name: `E${i}`, type: 'Country' as const, entityId: entityId(i), caption: `E${i}` })),
      fc.integer({ min: 0, max: 5 }).map((i) => ({ id: `4:db:a${i}`, labels: ['Article'], caption: `article ${i}` })),
      fc.integer({ min: 0, max: 5 }).map((i) => ({ id: `4:db:c${i}`, labels: ['Claim'], caption: 'meets' })),
    ),
    { maxLength: 14, selector: (n) => n.id },
  )
  .chain((nodes) =>
    fc.record({
      nodes: fc.constant(nodes),
      relationships:
        nodes.length === 0
          ? fc.constant([])
          : fc.uniqueArray(
              fc.record({
                id: fc.integer({ min: 0, max: 999 }).map((i) => `5:db:${i}`),
                type: fc.constantFrom('STATED_IN', 'SUBJECT', 'MENTIONS', ...PREDICATES),
                source: fc.constantFrom(...nodes.map((n) => n.id)),
                target: fc.constantFrom(...nodes.map((n) => n.id)),
              }),
              { maxLength: 20, selector: (r) => r.id },
            ),
    }),
  );

const snapshot = (g: ExplorerGraph) => JSON.parse(JSON.stringify(g.export()));

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 16807) % 2147483647;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('query overlay: properties', () => {
  it('merging then clearing gives back the original graph', () => {
    fc.assert(
      fc.property(overview, answer, (data, result) => {
        const g = drawn(data);
        const before = snapshot(g);
        const overlay = applyQueryResult(g, result);
        clearQueryResult(g, overlay);
        expect(snapshot(g)).toEqual(before);
      }),
    );
  });

  it('places added nodes the same way whatever the order of the rows', () => {
    fc.assert(
      fc.property(overview, answer, fc.integer({ min: 1, max: 1e6 }), (data, result, seed) => {
        const a = drawn(data);
        const b = drawn(data);
        applyQueryResult(a, result);
        applyQueryResult(b, { nodes: shuffled(result.nodes, seed), relationships: shuffled(result.relationships, seed + 1) });
        const positions = (g: ExplorerGraph) => g.mapNodes((n, attrs) => [n, attrs.x, attrs.y]).sort();
        expect(positions(b)).toEqual(positions(a));
        expect(a.mapEdges((e) => e).sort()).toEqual(b.mapEdges((e) => e).sort());
      }),
    );
  });

  it('holds every node of the answer, leaves drawn nodes where they were, and adds only finite positions', () => {
    fc.assert(
      fc.property(overview, answer, (data, result) => {
        const g = drawn(data);
        const before = new Map(g.mapNodes((n, a) => [n, { ...a }] as const));
        const overlay = applyQueryResult(g, result);
        for (const n of result.nodes) {
          expect(g.hasNode(graphKeyOf(n))).toBe(true);
          expect(overlay.nodes.has(graphKeyOf(n))).toBe(true);
        }
        for (const [n, attrs] of before) expect(g.getNodeAttributes(n)).toEqual(attrs);
        for (const n of overlay.addedNodes) {
          expect(before.has(n)).toBe(false);
          expect(Number.isFinite(g.getNodeAttribute(n, 'x')) && Number.isFinite(g.getNodeAttribute(n, 'y'))).toBe(true);
        }
        for (const e of overlay.edges) expect(g.hasEdge(e)).toBe(true);
        expect(summarize(overlay).addedNodes).toBe(g.order - before.size);
      }),
    );
  });
});

describe('query overlay: examples', () => {
  const base: Overview = {
    nodes: [
      { id: 'country:KP', name: 'North Korea', type: 'Country', mentions: 10, x: 0, y: 0 },
      { id: 'country:RU', name: 'Russia', type: 'Country', mentions: 8, x: 100, y: 0 },
      { id: 'country:UA', name: 'Ukraine', type: 'Country', mentions: 8, x: 100, y: 100 },
    ],
    edges: [{ id: 'f1', source: 'country:KP', target: 'country:RU', predicate: 'SENDS_TROOPS_TO', claims: 2 }],
  };
  const kp = { id: '4:1', labels: ['Country', 'Entity'], name: 'North Korea', type: 'Country' as const, entityId: 'country:KP', caption: 'North Korea' };
  const ru = { id: '4:2', labels: ['Country', 'Entity'], name: 'Russia', type: 'Country' as const, entityId: 'country:RU', caption: 'Russia' };
  const kim = { id: '4:9', labels: ['Entity', 'Person'], name: 'Kim Jong Un', type: 'Person' as const, entityId: 'person:kim-jong-un', caption: 'Kim Jong Un' };
  const claim = { id: '4:5', labels: ['Claim'], caption: 'sends troops to 12000' };
  const article = { id: '4:6', labels: ['Article'], caption: 'Korut kirim pasukan' };

  it('marks a drawn fact edge instead of drawing it twice, and adds what the overview lacks', () => {
    const g = drawn(base);
    const overlay = applyQueryResult(g, {
      nodes: [kp, ru, claim, article, kim],
      relationships: [
        { id: '5:1', type: 'SENDS_TROOPS_TO', source: '4:1', target: '4:2' },
        { id: '5:2', type: 'SUBJECT', source: '4:5', target: '4:1' },
        { id: '5:3', type: 'STATED_IN', source: '4:5', target: '4:6' },
        { id: '5:4', type: 'MEETS', source: '4:9', target: '4:2' },
      ],
    });
    expect(overlay.edges.has('f1')).toBe(true);
    expect(overlay.addedEdges).toEqual(['query:5:2', 'query:5:3', 'query:5:4']);
    expect(overlay.addedNodes).toEqual(['person:kim-jong-un', 'query:4:5', 'query:4:6']);
    expect(g.getNodeAttributes('query:4:6')).toMatchObject({ label: 'Korut kirim pasukan', color: QUERY_NODE_COLOR });
    expect(g.getNodeAttribute('person:kim-jong-un', 'entityType')).toBe('Person');
    expect(g.getEdgeAttributes('query:5:3')).toMatchObject({ label: 'STATED_IN', type: 'arrow' });
    expect(isQueryKey('query:5:3') && !isQueryKey('country:KP')).toBe(true);
    expect(describeSummary(summarize(overlay))).toBe('5 nodes (3 added) and 4 relationships (3 added)');
  });

  it('puts an added node next to its drawn neighbour, and a chain after it, not across the graph', () => {
    const g = drawn(base);
    applyQueryResult(g, {
      nodes: [kp, claim, article],
      relationships: [
        { id: '5:2', type: 'SUBJECT', source: '4:5', target: '4:1' },
        { id: '5:3', type: 'STATED_IN', source: '4:5', target: '4:6' },
      ],
    });
    const at = (n: string) => g.getNodeAttributes(n);
    const dist = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    // the drawn graph's side is 100, three nodes: a step is 8
    expect(stepShare(3)).toBe(0.08);
    expect(dist('query:4:5', 'country:KP')).toBeCloseTo(8, 6);
    expect(dist('query:4:6', 'query:4:5')).toBeCloseTo(8, 6);
    expect(dist('query:4:6', 'country:RU')).toBeGreaterThan(50);
  });

  it('spaces added nodes by the drawn graph\'s density', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (a, b) => {
      const [small, large] = a <= b ? [a, b] : [b, a];
      expect(stepShare(large)).toBeLessThanOrEqual(stepShare(small));
      expect(stepShare(large)).toBeGreaterThan(0);
    }));
  });

  it('puts nodes with no drawn neighbour under the graph', () => {
    const g = drawn(base);
    applyQueryResult(g, { nodes: [article, claim], relationships: [] });
    expect(g.getNodeAttribute('query:4:6', 'y')).toBeLessThan(0);
    expect(g.getNodeAttribute('query:4:5', 'y')).toBeLessThan(0);
  });

  it('marks a symmetric fact stored the other way round', () => {
    const g = drawn({ ...base, edges: [{ id: 'm1', source: 'country:KP', target: 'country:RU', predicate: 'MEETS', claims: 1 }] });
    const overlay = applyQueryResult(g, { nodes: [kp, ru], relationships: [{ id: '5:7', type: 'MEETS', source: '4:2', target: '4:1' }] });
    expect([...overlay.edges]).toEqual(['m1']);
    expect(overlay.addedEdges).toEqual([]);
  });

  it('does not touch a graph reloaded since the answer was drawn', () => {
    const g = drawn(base);
    const overlay = applyQueryResult(g, { nodes: [claim], relationships: [] });
    const reloaded = drawn(base);
    const before = snapshot(reloaded);
    clearQueryResult(reloaded, overlay);
    expect(snapshot(reloaded)).toEqual(before);
    expect(g.hasNode('query:4:5')).toBe(true);
  });
});

describe('reducers while a query answer is drawn', () => {
  const base: Overview = {
    nodes: [
      { id: 'country:KP', name: 'North Korea', type: 'Country', mentions: 10, x: 0, y: 0 },
      { id: 'country:RU', name: 'Russia', type: 'Country', mentions: 8, x: 100, y: 0 },
      { id: 'country:UA', name: 'Ukraine', type: 'Country', mentions: 8, x: 100, y: 100 },
    ],
    edges: [
      { id: 'f1', source: 'country:KP', target: 'country:RU', predicate: 'SENDS_TROOPS_TO', claims: 2 },
      { id: 'f2', source: 'country:RU', target: 'country:UA', predicate: 'FIGHTS_AGAINST', claims: 1 },
    ],
  };
  it('light what the answer holds and fade the rest, and leave the data alone once cleared', () => {
    const g = drawn(base);
    const overlay = applyQueryResult(g, {
      nodes: [
        { id: '4:1', labels: ['Entity'], entityId: 'country:KP' },
        { id: '4:2', labels: ['Entity'], entityId: 'country:RU' },
        { id: '4:5', labels: ['Claim'], caption: 'sends troops to' },
      ],
      relationships: [
        { id: '5:1', type: 'SENDS_TROOPS_TO', source: '4:1', target: '4:2' },
        { id: '5:2', type: 'SUBJECT', source: '4:5', target: '4:1' },
      ],
    });
    const state = emptyInteraction();
    state.marked = overlay.nodes;
    state.markedEdges = overlay.edges;
    const { nodeReducer, edgeReducer } = makeReducers(() => g, state);
    const node = (n: string) => nodeReducer!(n, { ...g.getNodeAttributes(n) } as never);
    const edge = (e: string) => edgeReducer!(e, { ...g.getEdgeAttributes(e) } as never);
    expect(node('country:KP')).toMatchObject({ highlighted: true, forceLabel: true, color: '#0072B2' });
    expect(node('query:4:5')).toMatchObject({ highlighted: true, color: QUERY_NODE_COLOR });
    expect(node('country:UA')).toMatchObject({ color: FADED_COLOR, label: '' });
    expect(edge('f1')).toMatchObject({ color: HIGHLIGHT_EDGE_COLOR, forceLabel: true });
    expect(edge('query:5:2')).toMatchObject({ color: QUERY_EDGE_COLOR, forceLabel: true });
    expect(edge('f2')).toMatchObject({ color: FADED_COLOR, label: '' });

    clearQueryResult(g, overlay);
    const cleared = makeReducers(() => g, emptyInteraction());
    expect(cleared.nodeReducer!('country:UA', { ...g.getNodeAttributes('country:UA') } as never)).toEqual(g.getNodeAttributes('country:UA'));
    expect(cleared.edgeReducer!('f2', { ...g.getEdgeAttributes('f2') } as never)).toEqual(g.getEdgeAttributes('f2'));
  });
});
