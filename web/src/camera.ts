// Camera moves without redrawing every frame when frames are slow. In headless
// Chromium sigma draws on SwiftShader (the CPU): a full frame of 20k nodes and
// 50k edges takes about a second, 2,000 nodes and 5,000 edges ~60-150 ms. Then
// a drag, a wheel zoom, a double-click zoom or an animated move to a node
// shows the frame already drawn, moved and scaled by a CSS transform (as map
// libraries pan their tiles), and sigma draws once, at full detail, when the
// gesture ends. Where sigma redraws fast enough (small graphs, a real GPU) its
// own handling is kept, and parts coming into view are drawn at once.
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { CameraState, Coordinates, MouseCoords } from 'sigma/types';
import {
  cssTransform,
  easeInOut,
  easeOut,
  fitState,
  frameTransform,
  interpolateState,
  pannedState,
  zoomedState,
  type CameraMath,
  type RatioBounds,
} from './camera-math';

export interface CameraControlOptions {
  /** whether sigma is too slow to redraw at each camera step, so moves show the drawn picture */
  moveAsPicture(): boolean;
  /** quiet time after the last wheel step before drawing for real (ms) */
  wheelSettleMs?: number;
}

export interface CameraControl {
  /** auto: move the picture while frames are slow; picture / redraw: always
   * one way (the bench compares them, the tests pin one) */
  mode: 'auto' | 'picture' | 'redraw';
  /** whether camera moves now show the drawn picture */
  active(): boolean;
  /** a drag, zoom or animation is moving the drawn picture */
  busy(): boolean;
  /** the camera update in progress is the one drawing a finished move */
  committing(): boolean;
  /** true once for the click that ends a drag, which is not a click */
  takeDragClick(): boolean;
  /** move the camera, animated; with slow frames, drawn once at the end */
  animateTo(state: Partial<CameraState>, durationMs: number): void;
  /** set the camera without animation (deep links) */
  jumpTo(state: Partial<CameraState>): void;
  /** animate to frame these nodes (e.g. a query's answer); false when none is drawn */
  fitTo(nodes: Iterable<string>, durationMs: number): boolean;
}

/** Mouse moves before a press counts as a drag rather than a click (sigma's draggedEventsTolerance). */
const DRAG_TOLERANCE = 3;

export function attachCameraControl<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>, opts: CameraControlOptions): CameraControl {
  const camera = sigma.getCamera();
  const captor = sigma.getMouseCaptor();
  const container = sigma.getContainer();
  const wheelSettleMs = opts.wheelSettleMs ?? 200;
  const math: CameraMath = {
    toViewport: (p, cameraState) => sigma.framedGraphToViewport(p, { cameraState }),
    toFramed: (p, cameraState) => sigma.viewportToFramedGraph(p, { cameraState }),
  };
  const bounds = (): RatioBounds => ({ min: sigma.getSetting('minCameraRatio'), max: sigma.getSetting('maxCameraRatio') });

  /** the camera the canvases were last drawn with */
  let drawn: CameraState = camera.getState();
  /** where the user has moved to but sigma has not drawn yet */
  let target: CameraState | null = null;
  let animation: { to: CameraState; start: number; frame: number } | null = null;
  let applyFrame = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let inCommit = false;
  let pointer: Coordinates | null = null;
  let moves = 0;
  let dragClick = false;
  let lastWheel = { direction: 0, at: 0 };

  const control: CameraControl = {
    mode: 'auto',
    active: () => active(),
    busy: () => target !== null || animation !== null,
    committing: () => inCommit,
    takeDragClick: () => {
      const was = dragClick;
      dragClick = false;
      return was;
    },
    animateTo(state, durationMs) {
      if (!active()) {
        void camera.animate(state, { duration: durationMs });
        return;
      }
      animate({ ...current(), ...state }, durationMs, 'commit');
    },
    jumpTo(state) {
      stopAnimation();
      drawAt(state);
    },
    fitTo(nodes, durationMs) {
      const points: Coordinates[] = [];
      for (const node of nodes) {
        const d = sigma.getNodeDisplayData(node);
        if (d && !d.hidden) points.push(d);
      }
      const state = fitState(points, sigma.getDimensions(), math, bounds());
      if (!state) return false;
      control.animateTo(state, durationMs);
      return true;
    },
  };

  const active = (): boolean => control.mode === 'picture' || (control.mode === 'auto' && opts.moveAsPicture());
  /** the camera the user sees: the pending target, else sigma's own */
  const current = (): CameraState => target ?? camera.getState();
  /** where the move in progress ends: a new zoom step adds to it */
  const destination = (): CameraState => animation?.to ?? current();

  const apply = (): void => {
    applyFrame = 0;
    const t = frameTransform(drawn, current(), math);
    // a rotation cannot be shown by moving the picture: draw it instead
    if (!t) return commit();
    const css = cssTransform(t);
    for (const [layer, canvas] of Object.entries(sigma.getCanvases())) {
      // the mouse layer stays put: sigma's captor reads pointer positions from its box
      if (layer === 'mouse') continue;
      if (canvas.style.transform !== css) {
        canvas.style.transformOrigin = '0 0';
        canvas.style.transform = css;
      }
    }
  };
  const scheduleApply = (): void => {
    if (!applyFrame) applyFrame = requestAnimationFrame(apply);
  };

  /** hand a camera to sigma: one full draw; the picture's transform is
   * dropped when that draw is done (afterRender), not before. */
  const drawAt = (state: Partial<CameraState>): void => {
    clearTimeout(settleTimer);
    target = null;
    inCommit = true;
    try {
      camera.setState(state);
    } finally {
      inCommit = false;
    }
    scheduleApply();
  };
  /** the finished move, drawn */
  const commit = (): void => {
    if (target) drawAt(target);
    else clearTimeout(settleTimer);
  };

  const stopAnimation = (): void => {
    if (!animation) return;
    cancelAnimationFrame(animation.frame);
    animation = null;
  };
  const animate = (to: CameraState, duration: number, then: 'commit' | 'settle', easing: (t: number) => number = easeInOut): void => {
    stopAnimation();
    clearTimeout(settleTimer);
    const from = current();
    const step = (now: number): void => {
      if (!animation) return;
      const t = duration > 0 ? (now - animation.start) / duration : 1;
      target = interpolateState(from, to, easing(t));
      apply();
      if (t < 1) {
        animation.frame = requestAnimationFrame(step);
        return;
      }
      animation = null;
      if (then === 'commit') commit();
      else settleTimer = setTimeout(commit, wheelSettleMs);
    };
    animation = { to, start: performance.now(), frame: requestAnimationFrame(step) };
  };

  sigma.on('afterRender', () => {
    drawn = camera.getState();
    if (applyFrame) cancelAnimationFrame(applyFrame);
    apply();
  });

  captor.on('mousedown', (e: MouseCoords) => {
    dragClick = false;
    if ((e.original as MouseEvent).button !== 0) return;
    pointer = { x: e.x, y: e.y };
    moves = 0;
  });
  captor.on('mousemovebody', (e: MouseCoords) => {
    if (!pointer || !active()) return;
    e.preventSigmaDefault();
    stopAnimation();
    clearTimeout(settleTimer);
    const next = { x: e.x, y: e.y };
    target = pannedState(current(), pointer, next, math);
    pointer = next;
    moves++;
    scheduleApply();
  });
  captor.on('mouseup', () => {
    if (!pointer) return;
    pointer = null;
    if (moves >= DRAG_TOLERANCE) dragClick = true;
    if (moves > 0 && !animation) commit();
  });
  // The wheel is taken before sigma's captor sees it: in sigma 3.0.3 a
  // preventSigmaDefault() on the "wheel" event marks a copy of the event and
  // does not stop sigma's own animated zoom.
  container.addEventListener(
    'wheel',
    (e: WheelEvent) => {
      if (!active() || !e.deltaY) return;
      e.preventDefault();
      e.stopPropagation();
      const direction = e.deltaY < 0 ? 1 : -1; // 1: zoom in, as sigma reads the wheel
      const now = performance.now();
      const zoomDuration = sigma.getSetting('zoomDuration');
      // as sigma: steps in one direction closer than a fifth of a zoom are one step
      if (direction === lastWheel.direction && now - lastWheel.at < zoomDuration / 5) return;
      lastWheel = { direction, at: now };
      const box = container.getBoundingClientRect();
      const at = { x: e.clientX - box.left, y: e.clientY - box.top };
      const zoomingRatio = sigma.getSetting('zoomingRatio');
      animate(zoomedState(destination(), at, direction > 0 ? 1 / zoomingRatio : zoomingRatio, bounds(), math), zoomDuration, 'settle', easeOut);
    },
    { capture: true, passive: false },
  );
  captor.on('doubleClick', (e: MouseCoords) => {
    if (!active()) return;
    e.preventSigmaDefault();
    animate(zoomedState(destination(), e, 1 / sigma.getSetting('doubleClickZoomingRatio'), bounds(), math), sigma.getSetting('doubleClickZoomingDuration'), 'commit');
  });

  return control;
}
