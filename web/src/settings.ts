// The page's interaction state and the sigma node/edge reducers that draw it
// (highlight on hover and selection, search matches), in the manner of sigma's
// "use reducers" example: the graph holds the data, the reducers only decide
// how to show it.
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { FADED_COLOR, HIGHLIGHT_EDGE_COLOR } from './colors';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './data';
import type { MotionState } from './motion';
import { isQueryKey } from './query-overlay';

export interface InteractionState {
  hoveredNode: string | null;
  hoveredNeighbors: Set<string> | null;
  selectedNode: string | null;
  selectedNeighbors: Set<string> | null;
  /** nodes a Cypher result or search suggestion points at */
  marked: Set<string> | null;
  /** edges a Cypher result holds; null: the edges between marked nodes stay, the rest hide */
  markedEdges: Set<string> | null;
}

export function emptyInteraction(): InteractionState {
  return { hoveredNode: null, hoveredNeighbors: null, selectedNode: null, selectedNeighbors: null, marked: null, markedEdges: null };
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

/** Nothing to emphasise and the camera still: the reducers leave the data as is. */
function plain(state: InteractionState, motion: MotionState | undefined): boolean {
  return !state.hoveredNode && !state.selectedNode && !state.marked && !state.markedEdges && !motion?.kept;
}

/** drawn in the background: grey, unlabelled, under the rest */
function fade(res: { color?: string; label?: string | null; zIndex?: number }): void {
  res.color = FADED_COLOR;
  res.label = '';
  res.zIndex = 0;
}
/** drawn in front, named */
function raise(res: { forceLabel?: boolean; zIndex?: number }): void {
  res.forceLabel = true;
  res.zIndex = 1;
}

// sigma hands each reducer a fresh shallow copy of the attributes, so the
// reducers change it in place: no second copy per node and edge per refresh.
export function makeReducers(
  getGraph: () => ExplorerGraph,
  state: InteractionState,
  motion?: MotionState,
): Pick<Settings<NodeAttrs, EdgeAttrs>, 'nodeReducer' | 'edgeReducer'> {
  return {
    nodeReducer(node, data) {
      const res = data as Partial<NodeDisplayData> & NodeAttrs;
      if (plain(state, motion)) return res;
      const { color, label } = res;
      const f = focus(state);
      if (f) {
        if (node === f.node || f.neighbors.has(node)) raise(res);
        else fade(res);
      }
      if (state.marked && !state.marked.has(node) && !f) {
        fade(res);
      } else if (state.marked?.has(node)) {
        res.forceLabel = true;
        res.highlighted = true;
      }
      if (node === state.selectedNode) {
        // the node whose panel is open stays itself while another is hovered
        res.color = color;
        res.label = label;
        res.highlighted = true;
        res.forceLabel = true;
      }
      // moving: the largest nodes and the one in focus, unlabelled
      if (motion?.kept) {
        if (!motion.kept.has(node) && node !== f?.node && node !== state.selectedNode) res.hidden = true;
        res.label = '';
        res.forceLabel = false;
        res.highlighted = false;
      }
      return res;
    },
    edgeReducer(edge, data) {
      const res = data as Partial<EdgeDisplayData> & EdgeAttrs;
      if (plain(state, motion)) return res;
      if (motion?.kept) {
        res.hidden = true;
        return res;
      }
      const f = focus(state);
      if (f) {
        const [s, t] = getGraph().extremities(edge);
        if (s === f.node || t === f.node) {
          if (data.type === 'line') res.type = 'arrow';
          res.color = HIGHLIGHT_EDGE_COLOR;
          raise(res);
        } else {
          res.hidden = true;
        }
      } else if (state.markedEdges) {
        // a query answer: its relationships stand out (added ones keep their own colour), the rest fade
        if (state.markedEdges.has(edge)) {
          if (!isQueryKey(edge)) res.color = HIGHLIGHT_EDGE_COLOR;
          if (data.type === 'line') res.type = 'arrow';
          raise(res);
        } else {
          fade(res);
        }
      } else if (state.marked) {
        const [s, t] = getGraph().extremities(edge);
        if (!state.marked.has(s) || !state.marked.has(t)) res.hidden = true;
      }
      return res;
    },
  };
}
