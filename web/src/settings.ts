// The page's interaction state and the sigma node/edge reducers that draw it
// (highlight on hover and selection, search matches), in the manner of sigma's
// "use reducers" example: the graph holds the data, the reducers only decide
// how to show it.
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { FADED_COLOR, HIGHLIGHT_EDGE_COLOR } from './colors';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './data';

export interface InteractionState {
  hoveredNode: string | null;
  hoveredNeighbors: Set<string> | null;
  selectedNode: string | null;
  selectedNeighbors: Set<string> | null;
  /** nodes a Cypher result or search suggestion points at */
  marked: Set<string> | null;
}

export function emptyInteraction(): InteractionState {
  return { hoveredNode: null, hoveredNeighbors: null, selectedNode: null, selectedNeighbors: null, marked: null };
}

export function neighborsOf(graph: ExplorerGraph, node: string): Set<string> {
  return new Set(graph.hasNode(node) ? graph.neighbors(node) : []);
}

/** The node whose neighbourhood stays lit: hover wins over selection. */
function focus(state: InteractionState): { node: string; neighbors: Set<string> } | null {
  if (state.hoveredNode && state.hoveredNeighbors) return { node: state.hoveredNode, neighbors: state.hoveredNeighbors };
  if (state.selectedNode && state.selectedNeighbors) return { node: state.selectedNode, neighbors: state.selectedNeighbors };
  return null;
}

export function makeReducers(getGraph: () => ExplorerGraph, state: InteractionState): Pick<Settings<NodeAttrs, EdgeAttrs>, 'nodeReducer' | 'edgeReducer'> {
  return {
    nodeReducer(node, data) {
      const res: Partial<NodeDisplayData> = { ...data };
      const f = focus(state);
      if (f) {
        if (node === f.node || f.neighbors.has(node)) {
          res.forceLabel = true;
          res.zIndex = 1;
        } else {
          res.color = FADED_COLOR;
          res.label = '';
          res.zIndex = 0;
        }
      }
      if (state.marked && !state.marked.has(node) && !f) {
        res.color = FADED_COLOR;
        res.label = '';
      } else if (state.marked?.has(node)) {
        res.forceLabel = true;
        res.highlighted = true;
      }
      if (node === state.selectedNode) {
        res.highlighted = true;
        res.forceLabel = true;
      }
      return res;
    },
    edgeReducer(edge, data) {
      const res: Partial<EdgeDisplayData> = { ...data };
      const f = focus(state);
      if (f) {
        const [s, t] = getGraph().extremities(edge);
        if (s === f.node || t === f.node) {
          if (data.type === 'line') res.type = 'arrow';
          res.color = HIGHLIGHT_EDGE_COLOR;
          res.forceLabel = true;
          res.zIndex = 1;
        } else {
          res.hidden = true;
        }
      } else if (state.marked) {
        const [s, t] = getGraph().extremities(edge);
        if (!state.marked.has(s) || !state.marked.has(t)) res.hidden = true;
      }
      return res;
    },
  };
}
