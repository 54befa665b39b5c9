import { describe, expect, it } from 'vitest';
import { fakeClock } from '@/lib/measure/fake-clock.test-helpers';
import { DEFAULT_SIZES } from '@/lib/measure/ladder';
import { DEFAULT_SIZE_SETTINGS } from '@/lib/measure/measure-size';
import { runPythonSeries } from './run-python-series';

function run(costMs: (n: number) => number) {
  const clock = fakeClock(0.005);
  const stops: number[] = [];
  const out = runPythonSeries({
    sizes: DEFAULT_SIZES,
    now: clock.now,
    solve: (n) => clock.advance(costMs(n as number)),
    makeInput: (n) => n,
    settings: { ...DEFAULT_SIZE_SETTINGS, tickMs: 0.005, budgetMs: 1000 },
    smallLadder: false,
    onStopped: (s) => stops.push(s.atN),
  });
  return { out, stops };
}

describe('runPythonSeries', () => {
  it('adds 10 and 30 when quadratic code stops with fewer than five sizes', () => {
    const { out, stops } = run((n) => (n * n) / 2e4); // 1000 → 50 ms, 3000 → 450 ms
    expect(out.results.map((r) => r.n)).toEqual([10, 30, 100, 300, 1000]);
    expect(out.stop?.atN).toBe(3000);
    expect(stops).toEqual([3000]); // reported once, by the ladder's own run
  });

  it('leaves a series that measured enough sizes as it was', () => {
    const { out } = run((n) => n * 1e-5);
    expect(out.results.map((r) => r.n)).toEqual(DEFAULT_SIZES);
  });
});
