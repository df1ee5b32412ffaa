// The camera arithmetic behind moving a drawn frame instead of redrawing it
// (and the frame-cost meter that decides when to),
// checked against sigma's own camera matrices (sigma/utils matrixFromCamera,
// the same functions Sigma#framedGraphToViewport uses).
import fc from 'fast-check';
import type { CameraState, Coordinates } from 'sigma/types';
import { matrixFromCamera, multiplyVec2 } from 'sigma/utils';
import {
  boundedRatio,
  cssTransform,
  easeInOut,
  easeOut,
  fitState,
  frameTransform,
  interpolateState,
  isIdentity,
  pannedState,
  zoomedState,
  type CameraMath,
} from '../../web/src/camera-math';
import { FrameCostMeter } from '../../web/src/frame-cost';

interface Stage {
  width: number;
  height: number;
  graph: { width: number; height: number };
  padding: number;
}

/** Sigma's conversions (sigma.ts framedGraphToViewport / viewportToFramedGraph) for a stage. */
function sigmaMath(stage: Stage): CameraMath {
  const dims = { width: stage.width, height: stage.height };
  return {
    toViewport(p, camera) {
      const v = multiplyVec2(matrixFromCamera(camera, dims, stage.graph, stage.padding), p);
      return { x: ((1 + v.x) * stage.width) / 2, y: ((1 - v.y) * stage.height) / 2 };
    },
    toFramed(p, camera) {
      return multiplyVec2(matrixFromCamera(camera, dims, stage.graph, stage.padding, true), {
        x: (p.x / stage.width) * 2 - 1,
        y: 1 - (p.y / stage.height) * 2,
      });
    },
  };
}

const stageArb: fc.Arbitrary<Stage> = fc.record({
  width: fc.integer({ min: 200, max: 2000 }),
  height: fc.integer({ min: 200, max: 1400 }),
  graph: fc.record({ width: fc.double({ min: 1, max: 1000, noNaN: true }), height: fc.double({ min: 1, max: 1000, noNaN: true }) }),
  padding: fc.integer({ min: 0, max: 40 }),
});
const cameraArb: fc.Arbitrary<CameraState> = fc.record({
  x: fc.double({ min: -1, max: 2, noNaN: true }),
  y: fc.double({ min: -1, max: 2, noNaN: true }),
  ratio: fc.double({ min: 0.05, max: 10, noNaN: true }),
  angle: fc.constant(0),
});
const pointArb: fc.Arbitrary<Coordinates> = fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }) });
const pixelArb = (stage: Stage): fc.Arbitrary<Coordinates> =>
  fc.record({ x: fc.double({ min: 0, max: stage.width, noNaN: true }), y: fc.double({ min: 0, max: stage.height, noNaN: true }) });

/** sigma's matrices are Float32: a tolerance in pixels that grows with the zoom */
function closePx(a: Coordinates, b: Coordinates, camera: CameraState, stage: Stage): void {
  const tolerance = 0.05 + (1e-5 * Math.max(stage.width, stage.height)) / camera.ratio;
  expect(Math.abs(a.x - b.x)).toBeLessThan(tolerance);
  expect(Math.abs(a.y - b.y)).toBeLessThan(tolerance);
}

describe('frameTransform', () => {
  it('moves every point of a frame drawn under one camera to where the other camera draws it', () => {
    fc.assert(
      fc.property(stageArb, cameraArb, cameraArb, fc.array(pointArb, { minLength: 1, maxLength: 5 }), (stage, drawn, wanted, points) => {
        const math = sigmaMath(stage);
        const t = frameTransform(drawn, wanted, math)!;
        expect(t.scale).toBeCloseTo(drawn.ratio / wanted.ratio, 10);
        for (const g of points) {
          const before = math.toViewport(g, drawn);
          const moved = { x: t.scale * before.x + t.tx, y: t.scale * before.y + t.ty };
          closePx(moved, math.toViewport(g, wanted), wanted, stage);
        }
      }),
    );
  });

  it('is the identity for the same camera, and refuses a rotation', () => {
    const math = sigmaMath({ width: 800, height: 600, graph: { width: 10, height: 10 }, padding: 0 });
    const cam = { x: 0.3, y: 0.6, ratio: 0.4, angle: 0 };
    const same = frameTransform(cam, { ...cam }, math)!;
    expect(isIdentity(same)).toBe(true);
    expect(cssTransform(same)).toBe('');
    expect(frameTransform(cam, { ...cam, angle: 0.5 }, math)).toBeNull();
    expect(cssTransform({ scale: 2, tx: 10, ty: -5 })).toBe('matrix(2, 0, 0, 2, 10, -5)');
  });
});

describe('pannedState', () => {
  it('keeps the graph point that was under the pointer under the pointer', () => {
    fc.assert(
      fc.property(stageArb.chain((stage) => fc.tuple(fc.constant(stage), cameraArb, pixelArb(stage), pixelArb(stage))), ([stage, cam, from, to]) => {
        const math = sigmaMath(stage);
        const grabbed = math.toFramed(from, cam);
        const next = pannedState(cam, from, to, math);
        expect(next.ratio).toBe(cam.ratio);
        closePx(math.toViewport(grabbed, next), to, next, stage);
      }),
    );
  });
});

describe('zoomedState', () => {
  it('keeps the point under the pointer fixed and the ratio within bounds', () => {
    fc.assert(
      fc.property(
        stageArb.chain((stage) => fc.tuple(fc.constant(stage), cameraArb, pixelArb(stage))),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        ([stage, cam, at], factor) => {
          const math = sigmaMath(stage);
          const bounds = { min: 0.02, max: 20 };
          const anchor = math.toFramed(at, cam);
          const next = zoomedState(cam, at, factor, bounds, math);
          expect(next.ratio).toBeCloseTo(boundedRatio(cam.ratio * factor, bounds), 12);
          closePx(math.toViewport(anchor, next), at, next, stage);
        },
      ),
    );
  });

  it('stops at the bounds', () => {
    expect(boundedRatio(100, { min: 0.02, max: 20 })).toBe(20);
    expect(boundedRatio(0.001, { min: 0.02, max: 20 })).toBe(0.02);
    expect(boundedRatio(3, { min: null, max: undefined })).toBe(3);
  });
});

describe('animation steps', () => {
  it('starts and ends exactly at the endpoints, the ratio moving monotonically between', () => {
    fc.assert(
      fc.property(cameraArb, cameraArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t1, t2) => {
        expect(interpolateState(a, b, 0)).toEqual(a);
        expect(interpolateState(a, b, 1)).toEqual(b);
        const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const r1 = interpolateState(a, b, lo).ratio;
        const r2 = interpolateState(a, b, hi).ratio;
        if (b.ratio >= a.ratio) expect(r2).toBeGreaterThanOrEqual(r1 * (1 - 1e-12));
        else expect(r2).toBeLessThanOrEqual(r1 * (1 + 1e-12));
      }),
    );
  });

  it('eases from 0 to 1 without overshoot', () => {
    for (const ease of [easeInOut, easeOut]) {
      expect(ease(0)).toBe(0);
      expect(ease(1)).toBe(1);
      let last = 0;
      for (let t = 0; t <= 1.0001; t += 0.05) {
        const v = ease(t);
        expect(v).toBeGreaterThanOrEqual(last - 1e-12);
        expect(v).toBeLessThanOrEqual(1);
        last = v;
      }
    }
  });
});

describe('FrameCostMeter', () => {
  it('gives the median of the last few frames, and nothing after a reset', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 5000, noNaN: true }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 5 }), (costs, keep) => {
        const meter = new FrameCostMeter(keep);
        costs.forEach((c) => meter.add(c));
        const last = costs.slice(-keep).sort((a, b) => a - b);
        expect(meter.typical()).toBe(last[Math.floor(last.length / 2)]);
        meter.reset();
        expect(meter.typical()).toBeNull();
      }),
    );
  });
});

describe('fitState', () => {
  it('frames every point inside the viewport, padding kept, unless the zoom bound stops it', () => {
    fc.assert(
      fc.property(stageArb, fc.array(pointArb, { minLength: 1, maxLength: 30 }), (stage, points) => {
        const math = sigmaMath(stage);
        const bounds = { min: 0.02, max: 20 };
        const cam = fitState(points, stage, math, bounds, 40)!;
        expect(cam.ratio).toBeLessThanOrEqual(1);
        expect(cam.ratio).toBeGreaterThanOrEqual(0.02);
        // a tight cluster: as close as the page lets the camera go; a spread wider than the whole graph's view: that view
        if (cam.ratio === 0.02 || cam.ratio === 1) return;
        for (const p of points) {
          const v = math.toViewport(p, cam);
          expect(v.x).toBeGreaterThanOrEqual(40 - 1);
          expect(v.x).toBeLessThanOrEqual(stage.width - 40 + 1);
          expect(v.y).toBeGreaterThanOrEqual(40 - 1);
          expect(v.y).toBeLessThanOrEqual(stage.height - 40 + 1);
        }
      }),
    );
  });

  it('has nothing to frame without points', () => {
    const stage = { width: 800, height: 600, graph: { width: 1, height: 1 }, padding: 0 };
    expect(fitState([], stage, sigmaMath(stage), {})).toBeNull();
  });
});
