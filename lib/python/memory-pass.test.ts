import { describe, expect, it } from 'vitest';
import { fakeClock } from '@/lib/measure/fake-clock.test-helpers';
import { measureMemory } from './memory-pass';

/** A stand-in series whose traced call costs `ms(n)` on a fake clock and peaks at 8n bytes. */
function series(ms: (n: number) => number) {
  const clock = fakeClock(0.001);
  const released: number[] = [];
  return {
    clock,
    released,
    s: {
      makeInput: (n: number) => n,
      memoryPeak: (input: unknown) => {
        const n = input as number;
        clock.advance(ms(n));
        return { peakBytes: 8 * n, retainedBytes: 0, ms: ms(n) };
      },
      release: (input: unknown) => void released.push(input as number),
    },
  };
}

describe('measureMemory', () => {
  const sizes = [100, 1000, 10_000, 100_000, 1_000_000];

  it('measures every size within budget, releasing each input', () => {
    const { s, released } = series((n) => n * 1e-4);
    const out = measureMemory(s, sizes, { now: () => 0, budgetMs: 1000 });
    expect(out.sizes.map((x) => x.n)).toEqual(sizes);
    expect(out.sizes[2]).toMatchObject({ n: 10_000, peakBytes: 80_000 });
    // Short traced calls (under 1% of the budget) are timed twice, each on its own input, each released.
    expect(released).toEqual([100, 100, 1000, 1000, 10_000, 10_000, 100_000, 1_000_000]);
    expect(out.stoppedAt).toBeUndefined();
  });

  it('stops before a size predicted to blow the budget (quadratic traced call)', () => {
    const { s, clock } = series((n) => (n * n) / 1e6); // 10k → 100 ms, 100k → 10 s
    const out = measureMemory(s, sizes, { now: clock.now, budgetMs: 1000 });
    expect(out.sizes.map((x) => x.n)).toEqual([100, 1000, 10_000]);
    expect(out.stoppedAt).toBe(100_000);
    expect(clock.raw).toBeLessThan(1000);
  });

  it('is not stopped by one size slowed by another program', () => {
    // Seen in Pyodide on a busy machine: 0.05, 0.25, then 38 ms (a preempted call) for a linear pass.
    const { s } = series((n) => (n === 10_000 ? 38 : n * 5e-4));
    expect(measureMemory(s, sizes.slice(0, 4), { now: () => 0, budgetMs: 5000 }).sizes).toHaveLength(4);
  });

  it('measures again a cheap size that was held up, instead of ending the pass', () => {
    // n = 300 stalls once (20 ms where its trend says 0.1 ms, and 700 ms of wall time): measured again.
    const clock = fakeClock(0.001);
    let stalled = false;
    const s = {
      makeInput: (n: number) => n,
      memoryPeak: (input: unknown) => {
        const n = input as number;
        let ms = n * 2e-4;
        if (n === 300 && !stalled) {
          stalled = true;
          ms = 20;
          clock.advance(680);
        }
        clock.advance(ms);
        return { peakBytes: 8 * n, retainedBytes: 0, ms };
      },
      release: () => undefined,
    };
    const out = measureMemory(s, [100, 300, 1000, 3000, 10_000], { now: clock.now, budgetMs: 600 });
    expect(out.sizes.map((x) => x.n)).toEqual([100, 300, 1000, 3000, 10_000]);
    expect(out.sizes[1]!.ms).toBeCloseTo(0.06);
    expect(out.stoppedAt).toBeUndefined();
  });

  it('stops at maxN', () => {
    const { s } = series(() => 1);
    expect(measureMemory(s, sizes, { now: () => 0, budgetMs: 1000, maxN: 10_000 }).stoppedAt).toBe(100_000);
  });
});
