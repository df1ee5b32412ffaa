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
  // While a button is down the user drags the camera: the pointer sweeps over
  // many nodes, and each hover change costs a full refresh of every node and
  // edge (≈100 ms at 20k/50k), so hover is left alone until the button is up.
  let pointerDown = false;
  container.addEventListener('pointerdown', () => (pointerDown = true), { capture: true });
  window.addEventListener('pointerup', () => (pointerDown = false), { capture: true });
  window.addEventListener('pointercancel', () => (pointerDown = false), { capture: true });
  sigma.on('enterNode', ({ node }) => {
    if (pointerDown) return;
    state.hoveredNode = node;
    state.hoveredNeighbors = neighborsOf(sigma.getGraph() as ExplorerGraph, node);
    container.style.cursor = 'pointer';
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('leaveNode', () => {
    if (state.hoveredNode === null) return;
    state.hoveredNode = null;
    state.hoveredNeighbors = null;
    container.style.cursor = '';
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('clickNode', ({ node }) => handlers.onSelect(node));
  sigma.on('clickStage', () => handlers.onSelect(null));
}
