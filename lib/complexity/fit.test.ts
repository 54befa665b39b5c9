import { describe, expect, it } from 'vitest';
import { chooseFit, fitAll, fitExponential, fitModel, type ModelFit } from './fit';
import { POLY_MODELS } from './models';

const linear = POLY_MODELS[2]!;
const ns = [100, 300, 1000, 3000, 10000, 30000, 100000];

describe('fitModel', () => {
  it('recovers overhead and slope of exact linear data', () => {
    const f = fitModel(
      ns.map((n) => ({ n, t: 500 + 2 * n })),
      linear,
    );
    expect(f.a).toBeCloseTo(500, 3);
    expect(f.b).toBeCloseTo(2, 6);
    expect(f.err).toBeLessThan(1e-9);
  });

  it('never returns a negative overhead or coefficient', () => {
    // Falling times would want b < 0; the fit clamps to a constant instead.
    const f = fitModel(
      ns.map((n, i) => ({ n, t: 1000 - i * 50 })),
      linear,
    );
    expect(f.a).toBeGreaterThanOrEqual(0);
    expect(f.b).toBeGreaterThanOrEqual(0);
    // Superlinear data under a constant-plus-linear model would want a < 0; clamped to a = 0.
    const g = fitModel(
      ns.map((n) => ({ n, t: n * n })),
      linear,
    );
    expect(g.a).toBe(0);
    expect(g.b).toBeGreaterThan(0);
  });

  it('stays accurate for n³ at a million (rescaled)', () => {
    const cube = POLY_MODELS[5]!;
    const f = fitModel(
      [1e4, 1e5, 1e6].map((n) => ({ n, t: 3e-9 * n ** 3 })),
      cube,
    );
    expect(f.b).toBeCloseTo(3e-9, 12);
  });
});

describe('fitExponential', () => {
  it('finds the base of a Fibonacci-like curve', () => {
    const pts = [10, 13, 16, 19, 22, 25].map((n) => ({ n, t: 50 + 3 * 1.618 ** n }));
    const f = fitExponential(pts);
    expect(f.cls).toBe('O(2ⁿ)');
    expect(f.base).toBeGreaterThan(1.55);
    expect(f.base).toBeLessThan(1.7);
    expect(f.err).toBeLessThan(0.02);
  });
});

describe('chooseFit', () => {
  const fit = (cls: ModelFit['cls'], rank: number, err: number): ModelFit => ({ cls, rank, a: 0, b: 1, err });

  it('prefers the simpler model when its error is within ~15% of the best', () => {
    const best = chooseFit([fit('O(n)', 2, 0.1), fit('O(n log n)', 3, 0.09)]);
    expect(best.cls).toBe('O(n)');
  });

  it('keeps the better model when the simpler one is clearly worse', () => {
    const best = chooseFit([fit('O(n)', 2, 0.3), fit('O(n log n)', 3, 0.05)]);
    expect(best.cls).toBe('O(n log n)');
  });

  it('fits every polynomial class, and the exponential only on request', () => {
    const pts = ns.map((n) => ({ n, t: n }));
    expect(fitAll(pts, false).map((f) => f.cls)).toEqual(POLY_MODELS.map((m) => m.cls));
    expect(fitAll(pts, true).at(-1)?.cls).toBe('O(2ⁿ)');
  });
});
