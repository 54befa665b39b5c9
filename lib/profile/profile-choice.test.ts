import { describe, expect, it } from 'vitest';
import type { SizeResult } from '@/lib/runner/protocol';
import { startRun, type RunState } from '@/lib/runner/run-state';
import { plainNsAt, profileChoice } from './profile-choice';

const result = (n: number, ms: number): SizeResult => ({
  n,
  samplesNs: [ms * 1e6],
  medianNs: ms * 1e6,
  minNs: ms * 1e6,
  maxNs: ms * 1e6,
  batch: 1,
  unstable: false,
  nearBaseline: false,
});

function ran(sizes: number[], results: SizeResult[]): RunState {
  const s = startRun([{ id: 'learner', label: 'Your code' }], 1000);
  return { ...s, series: s.series.map((x) => ({ ...x, sizes, results })) };
}

describe('profileChoice', () => {
  it('offers the run’s ladder and picks the largest size whose plain call stays short', () => {
    const state = ran([100, 1000, 10000, 100000], [result(100, 0.1), result(1000, 2), result(10000, 40)]);
    expect(profileChoice(state, [5, 50])).toEqual({ sizes: [100, 1000, 10000, 100000], n: 1000 });
    expect(plainNsAt(state, 1000)).toBe(2e6);
    expect(plainNsAt(state, 100000)).toBeUndefined();
  });

  it('before any run, offers the surface’s ladder from 1,000 up', () => {
    expect(profileChoice(null, [100, 300, 1000, 3000])).toEqual({ sizes: [100, 300, 1000, 3000], n: 1000 });
    expect(profileChoice(null, [10, 20])).toEqual({ sizes: [10, 20], n: 10 });
    expect(plainNsAt(null, 10)).toBeUndefined();
  });
});
