// How long a full sigma frame takes on this machine: from beforeRender to the
// first animation frame after afterRender, i.e. until the drawing is on
// screen (the browser holds the next frame back while the GPU, or SwiftShader
// on the CPU, is still drawing). The page uses it to decide whether redrawing
// on every camera step can keep up.
export interface RenderEvents {
  on(event: 'beforeRender' | 'afterRender', fn: () => void): unknown;
}

export class FrameCostMeter {
  private costs: number[] = [];

  constructor(private readonly keep = 3) {}

  attach(sigma: RenderEvents): this {
    let start = 0;
    sigma.on('beforeRender', () => (start = performance.now()));
    sigma.on('afterRender', () => {
      const began = start;
      requestAnimationFrame(() => this.add(performance.now() - began));
    });
    return this;
  }

  add(ms: number): void {
    this.costs.push(ms);
    if (this.costs.length > this.keep) this.costs.shift();
  }

  /** a new graph draws at its own cost */
  reset(): void {
    this.costs = [];
  }

  /** the median of the last few full frames, null before the first */
  typical(): number | null {
    if (!this.costs.length) return null;
    const sorted = [...this.costs].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  }
}
