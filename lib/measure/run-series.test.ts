import { describe, expect, it } from 'vitest';
import type { SizeResult } from '@/lib/runner/protocol';
import { fakeClock } from './fake-clock.test-helpers';
import { DEFAULT_SIZE_SETTINGS } from './measure-size';
import { DEFAULT_SIZES } from './ladder';
import { predictNextCallMs } from './predict-next';
import type { SeriesStop } from '@/lib/runner/protocol';
import { REVISIT_SMALLEST, runSeries } from './run-series';

function series(costMs: (n: number) => number, budgetMs = 1000, sizes = DEFAULT_SIZES, smallLadder = false) {
  const clock = fakeClock(0.005);
  const sizesSeen: SizeResult[] = [];
  const stops: SeriesStop[] = [];
  const out = runSeries({
    sizes,
    now: clock.now,
    solve: (n) => clock.advance(costMs(n as number)),
    makeInput: (n) => n,
    settings: { ...DEFAULT_SIZE_SETTINGS, tickMs: 0.005, budgetMs },
    smallLadder,
    onSize: (r) => sizesSeen.push(r),
    onStopped: (s) => stops.push(s),
  });
  return { out, sizesSeen, stops, clock };
}

describe('runSeries', () => {
  it('measures the whole ladder for linear code within budget', () => {
    const { out, sizesSeen, stops } = series((n) => n * 1e-6);
    expect(out.results.map((r) => r.n)).toEqual(DEFAULT_SIZES);
    // Each size once, then the smallest ones again (measured while the JIT may still have been settling).
    expect(sizesSeen.map((r) => r.n)).toEqual([
      ...DEFAULT_SIZES,
      ...DEFAULT_SIZES.slice(0, REVISIT_SMALLEST),
    ]);
    expect(stops).toEqual([]);
  });

  it('stops quadratic code before a size predicted to blow the budget', () => {
    const { out, stops, clock } = series((n) => n * n * 1e-6); // 10k → 100 ms, 30k → 900 ms
    expect(out.results.map((r) => r.n)).toEqual([100, 300, 1000, 3000, 10000]);
    expect(stops).toHaveLength(1);
    expect(stops[0]).toMatchObject({ atN: 30000, reason: 'budget', detail: 'predicted' });
    expect(stops[0]!.predictedCallMs).toBeCloseTo(900, -1);
    // It never ran the 30k size: time spent stays far below one 30k call.
    expect(clock.raw).toBeLessThan(5000);
  });

  it('stops when a measured size overruns (the prediction was too low)', () => {
    // Flat, then a cliff the local slope cannot foresee.
    const { out, stops } = series((n) => (n >= 30000 ? 800 : 0.01));
    expect(stops[0]).toMatchObject({ atN: 30000, detail: 'overrun' });
    expect(out.results.at(-1)!.n).toBeLessThanOrEqual(30000);
  });

  it('stops an exponential series on a small-n ladder', () => {
    const sizes = [10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34];
    const { out, stops } = series((n) => 1e-4 * 2 ** (n - 10), 1000, sizes, true);
    expect(stops[0]?.detail).toBe('predicted');
    expect(out.results.at(-1)!.n).toBeLessThan(34);
  });

  it('measures a size again when a burst of other work slowed it, keeps the faster look and reports it again', () => {
    // The first time 3000 is measured, every call costs 1.8× (another program took the CPU); later, 1×.
    let burst = true;
    let measuringAt = 0;
    const clock = fakeClock(0.005);
    const seen: SizeResult[] = [];
    const out = runSeries({
      sizes: DEFAULT_SIZES,
      now: clock.now,
      solve: (n) => clock.advance((n as number) * 1e-6 * (n === 3000 && burst ? 1.8 : 1)),
      makeInput: (n) => {
        if (measuringAt === 3000 && n !== 3000) burst = false;
        measuringAt = n;
        return n;
      },
      settings: { ...DEFAULT_SIZE_SETTINGS, tickMs: 0.005 },
      smallLadder: false,
      onSize: (r) => seen.push(r),
    });
    const at3k = out.results.find((r) => r.n === 3000)!;
    expect(at3k.medianNs).toBeCloseTo(3000, -1);
    expect(at3k.secondLook!.firstMedianNs / 5400).toBeCloseTo(1, 1);
    // Reported twice: first the slow look, then the kept one (the page replaces a size by n).
    expect(seen.filter((r) => r.n === 3000)).toHaveLength(2);
    expect(seen.at(-1)).toBe(at3k);
    // Clean sizes are not measured again (beyond the smallest ones, which always are).
    expect(seen).toHaveLength(DEFAULT_SIZES.length + REVISIT_SMALLEST + 1);
  });

  it('stops at a wrong answer', () => {
    const clock = fakeClock();
    const out = runSeries({
      sizes: [10, 20, 30],
      now: clock.now,
      solve: (n) => {
        clock.advance(0.01);
        return n;
      },
      makeInput: (n) => n,
      settings: { ...DEFAULT_SIZE_SETTINGS, tickMs: 0.005 },
      smallLadder: false,
      checkOutput: (n) => n < 20,
    });
    expect(out.rejectedAt).toBe(20);
    expect(out.results.map((r) => r.n)).toEqual([10]);
  });
});

describe('runSeries with a series that times its own batches (Python)', () => {
  // Inputs are handles to objects kept elsewhere: here a list per handle, which solve may sort in place.
  function handles(sorts: boolean) {
    const clock = fakeClock(0.005);
    const kept = new Map<number, { n: number; sorted: boolean }>();
    let next = 0;
    const calls = { solve: 0, timeBatch: 0, fresh: 0 };
    const work = (h: unknown) => {
      const item = kept.get(h as number)!;
      if (sorts) item.sorted = true;
      clock.advance(item.n * 1e-5);
    };
    const task = {
      sizes: [100, 1000, 10000],
      now: clock.now,
      makeInput: (n: number) => {
        kept.set(++next, { n, sorted: false });
        return next;
      },
      solve: (h: unknown) => {
        calls.solve++;
        work(h);
        return 0;
      },
      timeBatch: (input: unknown, k: number, inputs: readonly unknown[] | null) => {
        calls.timeBatch++;
        const t0 = clock.now();
        if (inputs) {
          calls.fresh += inputs.length;
          inputs.forEach(work);
        } else for (let i = 0; i < k; i++) work(input);
        return clock.now() - t0;
      },
      // The handle itself never changes: only a fingerprint of what it points to can show a change.
      fingerprint: (h: unknown) => (kept.get(h as number)!.sorted ? 1 : 0),
      settings: { ...DEFAULT_SIZE_SETTINGS, tickMs: 0.005 },
      smallLadder: false,
    };
    return { task, calls };
  }

  it('times through timeBatch, calling solve itself only for the checked first call of each size', () => {
    const { task, calls } = handles(false);
    const out = runSeries(task);
    expect(out.results.map((r) => r.n)).toEqual([100, 1000, 10000]);
    expect(out.results[2]!.medianNs).toBeCloseTo(1e5, -3);
    expect(out.results.every((r) => !r.mutatesInput)).toBe(true);
    expect(calls.timeBatch).toBeGreaterThan(10);
    // One first call per measured size: the throw-away pass, 3 sizes, 3 revisited.
    expect(calls.solve).toBe(7);
  });

  it('notices a changed input through the given fingerprint and hands timeBatch fresh inputs', () => {
    const { task, calls } = handles(true);
    const out = runSeries(task);
    expect(out.results.every((r) => r.mutatesInput)).toBe(true);
    expect(calls.fresh).toBeGreaterThan(0);
    expect(out.results[2]!.medianNs).toBeCloseTo(1e5, -3);
  });
});

describe('predictNextCallMs', () => {
  const r = (n: number, ms: number) => ({ n, medianNs: ms * 1e6 }) as SizeResult;
  it('follows the local log–log slope', () => {
    expect(predictNextCallMs([r(1000, 1), r(3000, 9), r(10000, 100)], 30000, false)).toBeGreaterThan(700);
    expect(predictNextCallMs([r(1000, 1), r(10000, 10)], 100000, false)).toBeCloseTo(100, 5);
  });
  it('assumes linear growth from a single size and never a negative slope', () => {
    expect(predictNextCallMs([r(100, 1)], 300, false)).toBeCloseTo(3, 5);
    expect(predictNextCallMs([r(100, 5), r(300, 1)], 1000, false)).toBeCloseTo(1, 5);
  });
  it('extrapolates exponentially on small ladders', () => {
    expect(predictNextCallMs([r(10, 1), r(11, 2)], 13, true)).toBeCloseTo(8, 5);
  });
});
