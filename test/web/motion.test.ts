// The level of detail drawn while the camera moves: which nodes stay, and what
// the reducers hide.
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '../../web/src/data';
import { largestNodes, needsMotionLod, type MotionState } from '../../web/src/motion';
import { emptyInteraction, makeReducers } from '../../web/src/settings';

function graphOf(sizes: number[], edges: [number, number][] = []): ExplorerGraph {
  const g = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  sizes.forEach((size, i) => g.addNode(`n${i}`, { x: i, y: 0, size, color: '#000', label: `N${i}`, entityType: 'Person', mentions: 1 }));
  edges.forEach(([s, t], i) =>
    g.addDirectedEdgeWithKey(`e${i}`, `n${s}`, `n${t}`, { size: 1, color: '#ccc', label: 'x', predicate: 'MEETS', claims: 1, type: 'line', curvature: 0 }),
  );
  return g;
}

describe('largestNodes', () => {
  it('keeps the k largest nodes, whatever the insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 60 }), fc.nat(70), (sizes, k) => {
        const kept = largestNodes(graphOf(sizes), k);
        expect(kept.size).toBe(Math.min(k, sizes.length));
        const smallestKept = Math.min(...[...kept].map((id) => sizes[Number(id.slice(1))]!));
        sizes.forEach((s, i) => {
          if (!kept.has(`n${i}`)) expect(s).toBeLessThanOrEqual(smallestKept);
        });
        // deterministic: the same graph built in reverse keeps the same ids
        const reversed = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
        [...sizes.keys()].reverse().forEach((i) => reversed.addNode(`n${i}`, graphOf(sizes).getNodeAttributes(`n${i}`)));
        expect([...largestNodes(reversed, k)].sort()).toEqual([...kept].sort());
      }),
    );
  });

  it('only large graphs are reduced', () => {
    expect(needsMotionLod(2000, 5000)).toBe(false);
    expect(needsMotionLod(20000, 50000)).toBe(true);
    expect(needsMotionLod(1000, 20000)).toBe(true);
  });
});

describe('reducers while moving', () => {
  const g = graphOf([10, 3, 3, 8], [[0, 1], [2, 3]]);
  const copy = <T extends object>(x: T): T => ({ ...x });

  it('a still camera with nothing in focus leaves the data as it is', () => {
    const motion: MotionState = { enabled: true, moving: false, kept: null };
    const r = makeReducers(() => g, emptyInteraction(), motion);
    const attrs = g.getNodeAttributes('n1');
    expect(r.nodeReducer!('n1', copy(attrs))).toEqual(attrs);
    expect(r.edgeReducer!('e0', copy(g.getEdgeAttributes('e0')))).toEqual(g.getEdgeAttributes('e0'));
  });

  it('moving: nodes outside the kept set and every edge are hidden, labels are off', () => {
    const motion: MotionState = { enabled: true, moving: true, kept: largestNodes(g, 2) };
    const r = makeReducers(() => g, emptyInteraction(), motion);
    expect(r.nodeReducer!('n0', copy(g.getNodeAttributes('n0'))).hidden).toBeFalsy();
    expect(r.nodeReducer!('n3', copy(g.getNodeAttributes('n3'))).hidden).toBeFalsy();
    expect(r.nodeReducer!('n1', copy(g.getNodeAttributes('n1'))).hidden).toBe(true);
    expect(r.nodeReducer!('n0', copy(g.getNodeAttributes('n0'))).label).toBe('');
    expect(r.edgeReducer!('e0', copy(g.getEdgeAttributes('e0'))).hidden).toBe(true);
  });

  it('moving: the selected node stays drawn even when it is small', () => {
    const state = emptyInteraction();
    state.selectedNode = 'n2';
    state.selectedNeighbors = new Set(['n3']);
    const r = makeReducers(() => g, state, { enabled: true, moving: true, kept: largestNodes(g, 1) });
    expect(r.nodeReducer!('n2', copy(g.getNodeAttributes('n2'))).hidden).toBeFalsy();
    expect(r.nodeReducer!('n1', copy(g.getNodeAttributes('n1'))).hidden).toBe(true);
  });
});

describe('reducers: hover and selection', () => {
  const g = graphOf([10, 3, 3, 8], [[0, 1], [2, 3]]);
  const copy = <T extends object>(x: T): T => ({ ...x });

  it('hovering one node fades the rest, but the selected node keeps its colour and label', () => {
    const state = emptyInteraction();
    state.selectedNode = 'n2';
    state.selectedNeighbors = new Set(['n3']);
    state.hoveredNode = 'n0';
    state.hoveredNeighbors = new Set(['n1']);
    const r = makeReducers(() => g, state);
    const selected = r.nodeReducer!('n2', copy(g.getNodeAttributes('n2')));
    expect(selected).toMatchObject({ color: g.getNodeAttribute('n2', 'color'), label: 'N2', highlighted: true, forceLabel: true });
    const other = r.nodeReducer!('n3', copy(g.getNodeAttributes('n3')));
    expect(other.label).toBe('');
    expect(other.color).not.toBe(g.getNodeAttribute('n3', 'color'));
    expect(r.nodeReducer!('n1', copy(g.getNodeAttributes('n1')))).toMatchObject({ label: 'N1', forceLabel: true });
  });
});
