// Camera arithmetic for moving an already drawn frame instead of redrawing it:
// pan and zoom as sigma's own mouse captor computes them, the affine map
// between two camera states, and animation steps. Pure functions over a
// `CameraMath` (sigma's coordinate conversions), so they are testable without
// a browser.
import type { CameraState, Coordinates } from 'sigma/types';

/** Sigma's conversions between viewport pixels and framed-graph coordinates under a given camera. */
export interface CameraMath {
  toViewport(point: Coordinates, camera: CameraState): Coordinates;
  toFramed(point: Coordinates, camera: CameraState): Coordinates;
}

/** v ↦ scale·v + (tx, ty) in CSS pixels of the container, origin at its top-left. */
export interface FrameTransform {
  scale: number;
  tx: number;
  ty: number;
}

export const IDENTITY: FrameTransform = { scale: 1, tx: 0, ty: 0 };

/**
 * The transform that moves a frame drawn under `drawn` to where sigma would
 * draw it under `wanted`. Sigma's viewport map is affine in the camera with a
 * scale of 1/ratio, so one point fixes the translation. Rotation cannot be
 * shown this way: null when the angles differ.
 */
export function frameTransform(drawn: CameraState, wanted: CameraState, math: CameraMath): FrameTransform | null {
  if (drawn.angle !== wanted.angle) return null;
  const scale = drawn.ratio / wanted.ratio;
  const anchor = { x: drawn.x, y: drawn.y };
  const before = math.toViewport(anchor, drawn);
  const after = math.toViewport(anchor, wanted);
  return { scale, tx: after.x - scale * before.x, ty: after.y - scale * before.y };
}

export function isIdentity(t: FrameTransform, epsilon = 1e-3): boolean {
  return Math.abs(t.scale - 1) < epsilon && Math.abs(t.tx) < epsilon && Math.abs(t.ty) < epsilon;
}

export function cssTransform(t: FrameTransform): string {
  return isIdentity(t) ? '' : `matrix(${t.scale}, 0, 0, ${t.scale}, ${t.tx}, ${t.ty})`;
}

/** The camera after the pointer dragged the stage from `from` to `to` (viewport
 * pixels): the graph point under `from` ends up under `to`, as in sigma's captor. */
export function pannedState(camera: CameraState, from: Coordinates, to: Coordinates, math: CameraMath): CameraState {
  const a = math.toFramed(from, camera);
  const b = math.toFramed(to, camera);
  return { ...camera, x: camera.x + a.x - b.x, y: camera.y + a.y - b.y };
}

export interface RatioBounds {
  min?: number | null;
  max?: number | null;
}

export function boundedRatio(ratio: number, bounds: RatioBounds): number {
  let r = ratio;
  if (typeof bounds.max === 'number') r = Math.min(r, bounds.max);
  if (typeof bounds.min === 'number') r = Math.max(r, bounds.min);
  return r;
}

/** The camera zoomed to `camera.ratio · factor` about a viewport point, which
 * keeps the graph point under it (sigma's getViewportZoomedState). */
export function zoomedState(camera: CameraState, at: Coordinates, factor: number, bounds: RatioBounds, math: CameraMath): CameraState {
  const ratio = boundedRatio(camera.ratio * factor, bounds);
  const k = ratio / camera.ratio;
  const g = math.toFramed(at, camera);
  return { ...camera, ratio, x: g.x + (camera.x - g.x) * k, y: g.y + (camera.y - g.y) * k };
}

/** sigma's "quadraticOut" easing (wheel zoom) */
export function easeOut(t: number): number {
  const k = Math.min(1, Math.max(0, t));
  return k * (2 - k);
}

/** sigma's "quadraticInOut" easing */
export function easeInOut(t: number): number {
  const k = Math.min(1, Math.max(0, t)) * 2;
  return k < 1 ? 0.5 * k * k : -0.5 * ((k - 1) * (k - 3) - 1);
}

/** A step of an animation from `a` to `b` (t in 0..1, already eased); the
 * ratio moves geometrically so a zoom looks steady. */
export function interpolateState(a: CameraState, b: CameraState, t: number): CameraState {
  if (t <= 0) return { ...a };
  if (t >= 1) return { ...b };
  return {
    x: a.x + (b.x - a.x) * t,
    y: a.y + (b.y - a.y) * t,
    ratio: a.ratio * Math.pow(b.ratio / a.ratio, t),
    angle: a.angle + (b.angle - a.angle) * t,
  };
}

/**
 * The camera that frames a set of points (framed-graph coordinates) in a
 * viewport with `paddingPx` free on each side. Pixel extents scale with
 * 1/ratio, so the ratio comes from the points' extent drawn at ratio 1; the
 * result is kept within the bounds and never zooms out past the whole graph.
 */
export function fitState(
  points: Coordinates[],
  viewport: { width: number; height: number },
  math: CameraMath,
  bounds: RatioBounds,
  paddingPx = 40,
): CameraState | null {
  if (!points.length) return null;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const centre: CameraState = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: 1, angle: 0 };
  const a = math.toViewport({ x: minX, y: minY }, centre);
  const b = math.toViewport({ x: maxX, y: maxY }, centre);
  const room = { width: Math.max(1, viewport.width - 2 * paddingPx), height: Math.max(1, viewport.height - 2 * paddingPx) };
  const needed = Math.max(Math.abs(b.x - a.x) / room.width, Math.abs(b.y - a.y) / room.height);
  return { ...centre, ratio: boundedRatio(Math.min(1, needed), bounds) };
}
