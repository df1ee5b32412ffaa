// Level of detail while the camera moves. In headless Chromium the WebGL
// drawing runs on SwiftShader (the CPU), where each frame costs in proportion
// to the pixels the nodes and edges cover; JS render time is a few ms. So while
// a large graph pans or zooms, only its largest nodes are drawn, without edges
// or labels, and the full graph returns once the camera has been still for a
// moment. Small graphs are always drawn whole.
import type { ExplorerGraph } from './data';

/** Graphs at or below these sizes are never reduced. */
export const MOTION_LOD_MIN_NODES = 5000;
export const MOTION_LOD_MIN_EDGES = 15000;
/** How many nodes stay drawn while the camera moves (the largest ones). */
export const MOTION_LOD_KEEP = 2000;
/** The camera counts as still after this long without an update (ms). */
export const MOTION_SETTLE_MS = 300;

export function needsMotionLod(order: number, size: number): boolean {
  return order > MOTION_LOD_MIN_NODES || size > MOTION_LOD_MIN_EDGES;
}

/** The `keep` largest nodes (size, then id for a stable tie-break). */
export function largestNodes(graph: ExplorerGraph, keep: number): Set<string> {
  const ranked: { id: string; size: number }[] = [];
  graph.forEachNode((id, attrs) => ranked.push({ id, size: attrs.size }));
  ranked.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Set(ranked.slice(0, keep).map((n) => n.id));
}

/** What the reducers read: is the camera moving, and which nodes stay drawn. */
export interface MotionState {
  /** off: always draw everything (the bench compares both on one page) */
  enabled: boolean;
  moving: boolean;
  /** null: draw everything (small graph, or camera still) */
  kept: Set<string> | null;
}

export interface MotionSigma {
  getGraph(): unknown;
  getContainer(): HTMLElement;
  getCamera(): { on(event: 'updated', fn: () => void): unknown };
  refresh(opts?: { skipIndexation?: boolean; schedule?: boolean }): unknown;
}

/** Follows the camera and switches the reduced drawing on and off; one full
 * refresh when motion starts and one when it settles. Each switch re-runs the
 * reducers over the whole graph (≈100 ms at 20k/50k), so a drag counts as one
 * motion for as long as the button is down, however slowly frames come. */
export function trackMotion(
  sigma: MotionSigma,
  state: MotionState,
  settleMs = MOTION_SETTLE_MS,
  /** camera updates to leave alone: the camera control's single draw after a move */
  ignore: () => boolean = () => false,
): { dispose(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let keptFor: { graph: unknown; order: number; kept: Set<string> } | null = null;
  let held = false;
  const container = sigma.getContainer();
  container.addEventListener('pointerdown', () => (held = true), { capture: true });
  const release = (): void => {
    held = false;
    if (state.moving) {
      clearTimeout(timer);
      timer = setTimeout(settle, settleMs);
    }
  };
  window.addEventListener('pointerup', release, { capture: true });
  window.addEventListener('pointercancel', release, { capture: true });
  const settle = (): void => {
    timer = undefined;
    if (held) return; // the release sets the timer again
    if (!state.moving) return;
    state.moving = false;
    state.kept = null;
    sigma.refresh({ skipIndexation: true, schedule: true });
  };
  const onUpdated = (): void => {
    const graph = sigma.getGraph() as ExplorerGraph;
    if (!state.enabled || ignore() || !needsMotionLod(graph.order, graph.size)) return;
    if (!state.moving) {
      if (!keptFor || keptFor.graph !== graph || keptFor.order !== graph.order) {
        keptFor = { graph, order: graph.order, kept: largestNodes(graph, MOTION_LOD_KEEP) };
      }
      state.moving = true;
      state.kept = keptFor.kept;
      sigma.refresh({ skipIndexation: true, schedule: true });
    }
    clearTimeout(timer);
    timer = setTimeout(settle, settleMs);
  };
  sigma.getCamera().on('updated', onUpdated);
  return { dispose: () => clearTimeout(timer) };
}
