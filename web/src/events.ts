// Pointer events on the graph: hover lights a node's neighbourhood, a click
// selects (and opens the entity panel), a click on empty space clears.
import type Sigma from 'sigma';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './data';
import { neighborsOf, type InteractionState } from './settings';

export interface GraphEventHandlers {
  onSelect(node: string | null): void;
  /** true when the click ends a drag the camera control handled (sigma then sees no drag) */
  takeDragClick?(): boolean;
  /** how long the pointer must rest on a node before its neighbourhood lights (ms; 0: at once) */
  hoverRestMs?(): number;
}

export function bindGraphEvents(sigma: Sigma<NodeAttrs, EdgeAttrs>, state: InteractionState, handlers: GraphEventHandlers): void {
  const container = sigma.getContainer();
  // While a button is down the user drags the camera: the pointer sweeps over
  // many nodes, and each hover change costs a full refresh of every node and
  // edge (≈100 ms at 20k/50k), so hover is left alone until the button is up.
  let pointerDown = false;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  container.addEventListener(
    'pointerdown',
    () => {
      pointerDown = true;
      clearTimeout(restTimer);
    },
    { capture: true },
  );
  window.addEventListener('pointerup', () => (pointerDown = false), { capture: true });
  window.addEventListener('pointercancel', () => (pointerDown = false), { capture: true });
  // On a large graph a hover costs a full redraw (≈0.7 s at 20k/50k on
  // SwiftShader), so the highlight waits until the pointer rests on the node:
  // sweeping across the graph does not stall it at every node it crosses.
  const light = (node: string): void => {
    state.hoveredNode = node;
    state.hoveredNeighbors = neighborsOf(sigma.getGraph() as ExplorerGraph, node);
    sigma.refresh({ skipIndexation: true });
  };
  sigma.on('enterNode', ({ node }) => {
    if (pointerDown) return;
    container.style.cursor = 'pointer';
    clearTimeout(restTimer);
    const delay = handlers.hoverRestMs?.() ?? 0;
    if (delay > 0) restTimer = setTimeout(() => light(node), delay);
    else light(node);
  });
  sigma.on('leaveNode', () => {
    clearTimeout(restTimer);
    container.style.cursor = '';
    if (state.hoveredNode === null) return;
    state.hoveredNode = null;
    state.hoveredNeighbors = null;
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('clickNode', ({ node }) => {
    if (!handlers.takeDragClick?.()) handlers.onSelect(node);
  });
  sigma.on('clickStage', () => {
    if (!handlers.takeDragClick?.()) handlers.onSelect(null);
  });
}
