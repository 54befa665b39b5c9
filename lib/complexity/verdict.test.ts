import { describe, expect, it } from 'vitest';
import { makeVerdict, predictionSizes } from './verdict';
import { LADDER, synth } from './synthetic.test-helpers';

const verdictOf = (time: (n: number) => number, sizes = LADDER, opts = {}) =>
  makeVerdict({ results: synth(sizes, time, opts), ladder: sizes });

describe('makeVerdict classes (with noise and constant overhead)', () => {
  const cases: [string, (n: number) => number, number[]?][] = [
    ['O(1)', () => 40],
    ['O(log n)', (n) => 8 + 6 * Math.log2(n)],
    ['O(n)', (n) => 300 + 0.8 * n],
    ['O(n log n)', (n) => 500 + 2 * n * Math.log2(n)],
    ['O(n²)', (n) => 1000 + 0.5 * n * n, [100, 300, 1000, 3000, 10000]],
    ['O(n³)', (n) => 200 + 0.3 * n ** 3, [10, 20, 40, 80, 160, 320]],
    ['O(2ⁿ)', (n) => 100 + 2 * 1.618 ** n, [10, 12, 14, 16, 18, 20, 22, 24]],
  ];
  for (const [cls, time, sizes] of cases) {
    for (const seed of [1, 2, 3]) {
      it(`${cls} (seed ${seed})`, () => {
        const v = verdictOf(time, sizes ?? LADDER, { seed, noise: 0.08 });
        expect(v.best).toBe(cls);
        expect(v.inconclusive).toBe(false);
        expect(v.confidence).toBeGreaterThanOrEqual(0.6);
      });
    }
  }

  it('reports the fitted curve and every model tried', () => {
    const v = verdictOf((n) => 300 + 0.8 * n, LADDER, { noise: 0 });
    expect(v.coefNs).toBeCloseTo(0.8, 3);
    expect(v.interceptNs).toBeCloseTo(300, 0);
    expect(v.fits?.[0]?.cls).toBe('O(n)');
  });
});

describe('the Map.get trap', () => {
  // Shapes measured in V8 here: flat while the table fits the caches, then ~10× slower at 1M.
  const mapGet = [27, 25, 32, 32, 35, 48, 62, 182, 303];
  const hashLike = (n: number) => mapGet[LADDER.indexOf(n)]!;
  it('never calls a cache-limited O(1) lookup O(log n) or worse', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const v = verdictOf(hashLike, LADDER, { seed, noise: 0.1 });
      expect(['O(1)', null]).toContain(v.best);
    }
  });
  it('still finds O(log n) in a binary search slowed by the same cache misses', () => {
    const bs = [52, 61, 72, 83, 98, 110, 142, 240, 420];
    const v = verdictOf((n) => bs[LADDER.indexOf(n)]!, LADDER, { noise: 0.05 });
    expect(v.best).toBe('O(log n)');
  });
});

describe('linear code whose time per item rises beyond the caches', () => {
  // Measured in V8 here: filter/map/join, 14 ns per item up to 10k, 21 ns at 1M.
  const perItem = [14, 14.3, 14.3, 14.5, 14.5, 17.7, 18.8, 19.5, 21.3];
  it('is O(n), with a caveat, not O(n log n)', () => {
    const v = verdictOf((n) => n * perItem[LADDER.indexOf(n)]!, LADDER, { noise: 0.03 });
    expect(v.best).toBe('O(n)');
    expect(v.reason).toMatch(/per item rises/);
  });
  it('while a sort, whose log factor shows at small n too, stays O(n log n)', () => {
    const sortNs = [6.89e3, 25.4e3, 121e3, 532e3, 2.12e6, 7.32e6, 35.6e6, 127e6];
    const v = verdictOf((n) => sortNs[LADDER.indexOf(n)]!, LADDER.slice(0, 8), { noise: 0.03 });
    expect(v.best).toBe('O(n log n)');
  });
});

describe('inconclusive, always with a reason', () => {
  it('too few sizes', () => {
    const v = verdictOf((n) => n, [100, 1000, 10000]);
    expect(verdictOf((n) => 50 + n, [100, 300, 1000, 3000]).inconclusive).toBe(true);
    // Steep growth: four sizes are enough.
    expect(verdictOf((n) => 0.5 * n * n, [100, 300, 1000, 3000]).best).toBe('O(n²)');
    expect(v.inconclusive).toBe(true);
    expect(v.best).toBeNull();
    expect(v.reason).toMatch(/3 size/);
  });
  it('too narrow a range', () => {
    const v = verdictOf((n) => 100 + n, [100, 120, 140, 160, 180, 200]);
    expect(v.inconclusive).toBe(true);
    expect(v.reason).toMatch(/too close/);
  });
  it('everything near the empty-function baseline on a wide ladder: O(1), with the caveat', () => {
    const results = synth(LADDER, () => 1).map((r) => ({ ...r, nearBaseline: true }));
    const v = makeVerdict({ results, ladder: LADDER });
    expect(v.best).toBe('O(1)');
    expect(v.inconclusive).toBe(false);
    expect(v.reason).toMatch(/empty function/);
    expect(v.confidence).toBeGreaterThan(0.9);
  });
  it('near the baseline on a narrow ladder stays inconclusive', () => {
    const narrow = [100, 200, 300, 400, 500, 600];
    const results = synth(narrow, () => 1).map((r) => ({ ...r, nearBaseline: true }));
    const v = makeVerdict({ results, ladder: narrow });
    expect(v.inconclusive).toBe(true);
    expect(v.reason).toMatch(/consistent with O\(1\)/);
  });
  it('noise that makes resampled runs disagree', () => {
    // Between O(n) and O(n log n), noisy: resamples split between them.
    const v = verdictOf((n) => 300 + n * Math.sqrt(Math.log2(n)), LADDER, {
      noise: 0.5,
      samples: 5,
      seed: 6,
    });
    expect(v.inconclusive).toBe(true);
    expect(v.reason).toMatch(/resampled/);
    expect(v.predictions).toEqual([]);
  });
  it('never names a class in an inconclusive reason', () => {
    const cases = [
      verdictOf((n) => n, [100, 1000, 10000]),
      verdictOf((n) => 100 + n, [100, 120, 140, 160, 180, 200]),
      ...[3, 4, 5].map((seed) =>
        verdictOf((n) => 2000 + 30 * n ** 1.5, LADDER, { noise: 0.8, samples: 5, seed }),
      ),
    ];
    const inconclusive = cases.filter((v) => v.inconclusive);
    expect(inconclusive.length).toBeGreaterThanOrEqual(3);
    for (const v of inconclusive) expect(v.reason).not.toMatch(/O\(/);
  });
});

describe('confidence', () => {
  it('is deterministic for the same data and seed', () => {
    const r = synth(LADDER, (n) => 500 + 2 * n * Math.log2(n), { noise: 0.3 });
    expect(makeVerdict({ results: r, ladder: LADDER }).confidence).toBe(
      makeVerdict({ results: r, ladder: LADDER }).confidence,
    );
  });
  it('drops as noise grows', () => {
    const clean = verdictOf((n) => 300 + n, LADDER, { noise: 0.02 });
    const noisy = verdictOf((n) => 300 + 4 * n * Math.log2(n), LADDER, { noise: 0.6, samples: 5 });
    expect(clean.confidence).toBe(1);
    expect(noisy.confidence).toBeLessThan(clean.confidence);
  });
});

describe('predictions', () => {
  it('predict the largest ladder size and 10M from the fit', () => {
    const v = verdictOf((n) => 2 * n, LADDER, { noise: 0 });
    expect(v.predictions.map((p) => p.n)).toEqual([1_000_000, 10_000_000]);
    expect(v.predictions[1]!.ns).toBeCloseTo(2e7, -3);
  });
  it('cover the sizes a stopped series never measured', () => {
    const measured = [100, 300, 1000, 3000, 10000];
    const v = makeVerdict({ results: synth(measured, (n) => 0.5 * n * n, { noise: 0 }), ladder: LADDER });
    expect(v.best).toBe('O(n²)');
    const at1M = v.predictions.find((p) => p.n === 1_000_000)!;
    expect(at1M.ns).toBeCloseTo(0.5e12, -9);
    expect(v.predictions.map((p) => p.n)).toEqual([30000, 100000, 300000, 1000000, 10000000]);
  });
  it('predictionSizes leaves out 10M on small-n ladders', () => {
    expect(predictionSizes([10, 20, 30], [10, 20], true)).toEqual([30]);
  });
});

/** A measured ladder with tight samples (±1%) around the given medians (ns per call). */
function steadyResults(ns: number[], medianNs: (n: number, i: number) => number) {
  return ns.map((n, i) => {
    const t = medianNs(n, i);
    const samplesNs = [t * 0.99, t, t * 1.01, t, t];
    return {
      n,
      samplesNs,
      medianNs: t,
      minNs: t * 0.99,
      maxNs: t * 1.01,
      batch: 100,
      unstable: false,
      nearBaseline: false,
    };
  });
}

describe('bounded growth that jumps once', () => {
  it('does not call a cache-limited lookup O(log n) when one step carries its rise (measured under load)', () => {
    // Map.get, 1000 lookups per call, measured by the engine bench at a load average of 6 (µs per call).
    const us = [5.12, 5.0, 8.3, 9.17, 9.6, 12.3, 12.9, 12.3, 15.5];
    const ns = [100, 300, 1000, 3000, 10000, 30000, 100000, 300000, 1000000];
    const results = steadyResults(ns, (_, i) => us[i]! * 1000);
    const v = makeVerdict({ results, ladder: ns });
    expect(v.best).not.toBe('O(log n)');
    expect(['O(1)', null]).toContain(v.best);
  });

  it('still calls a steadily rising binary search O(log n)', () => {
    const ns = [100, 300, 1000, 3000, 10000, 30000, 100000, 300000, 1000000];
    const results = steadyResults(ns, (n) => 30 + 6 * Math.log2(n) + (n > 10000 ? 0.00008 * n : 0));
    expect(makeVerdict({ results, ladder: ns }).best).toBe('O(log n)');
  });
});
