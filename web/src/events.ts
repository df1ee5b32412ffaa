// Pointer events on the graph: hover lights a node's neighbourhood, a click
// selects (and opens the entity panel), a click on empty space clears.
import type Sigma from 'sigma';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './data';
import { neighborsOf, type InteractionState } from './settings';

export interface GraphEventHandlers {
  onSelect(node: string | null): void;
}

export function bindGraphEvents(sigma: Sigma<NodeAttrs, EdgeAttrs>, state: InteractionState, handlers: GraphEventHandlers): void {
  const container = sigma.getContainer();
  sigma.on('enterNode', ({ node }) => {
    state.hoveredNode = node;
    state.hoveredNeighbors = neighborsOf(sigma.getGraph() as ExplorerGraph, node);
    container.style.cursor = 'pointer';
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('leaveNode', () => {
    state.hoveredNode = null;
    state.hoveredNeighbors = null;
    container.style.cursor = '';
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('clickNode', ({ node }) => handlers.onSelect(node));
  sigma.on('clickStage', () => handlers.onSelect(null));
}
