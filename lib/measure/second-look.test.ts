import { describe, expect, it } from 'vitest';
import type { SizeResult } from '@/lib/runner/protocol';
import { findSpikes, keepFaster, SPIKE_RATIO } from './second-look';

const size = (n: number, medianNs: number): SizeResult => ({
  n,
  samplesNs: [medianNs],
  medianNs,
  minNs: medianNs,
  maxNs: medianNs,
  batch: 1,
  unstable: false,
  nearBaseline: false,
});
const ladder = [100, 300, 1000, 3000, 10000, 30000, 100000];

describe('findSpikes', () => {
  it('finds nothing on clean curves of every polynomial class, logarithmic and with an intercept', () => {
    const curves: ((n: number) => number)[] = [
      () => 50,
      (n) => 40 + 3 * Math.log2(n),
      (n) => 200 + 2 * n,
      (n) => n * Math.log2(n),
      (n) => 1000 + n * n,
      (n) => n * n * n,
    ];
    for (const f of curves) expect(findSpikes(ladder.map((n) => size(n, f(n))))).toEqual([]);
  });

  it('finds one size slowed by a burst of other work, between clean neighbours', () => {
    const rs = ladder.map((n) => size(n, 10 * n));
    rs[3] = size(3000, 10 * 3000 * 1.6);
    const spikes = findSpikes(rs);
    expect(spikes.map((s) => s.n)).toEqual([3000]);
    expect(spikes[0]!.ratio).toBeCloseTo(1.6, 5);
  });

  it('flags a first size slower than the second, and orders spikes worst first', () => {
    const rs = ladder.map((n) => size(n, 5 * n));
    rs[0] = size(100, 5 * 300 * 1.3);
    rs[4] = size(10000, 5 * 10000 * 2);
    expect(findSpikes(rs).map((s) => s.n)).toEqual([10000, 100]);
  });

  it('ignores dips (interference only ever adds time) and small wobbles under the threshold', () => {
    const rs = ladder.map((n) => size(n, 7 * n));
    rs[2] = size(1000, 7 * 1000 * 0.5);
    rs[5] = size(30000, 7 * 30000 * (SPIKE_RATIO - 0.05));
    expect(findSpikes(rs).filter((s) => s.n === 30000 || s.n === 1000)).toEqual([]);
  });
});

describe('keepFaster', () => {
  it('keeps the faster measurement and records both medians', () => {
    const slow = size(1000, 900);
    const fast = size(1000, 600);
    expect(keepFaster(slow, fast)).toMatchObject({
      medianNs: 600,
      secondLook: { firstMedianNs: 900, secondMedianNs: 600 },
    });
    expect(keepFaster(fast, slow)).toMatchObject({
      medianNs: 600,
      secondLook: { firstMedianNs: 600, secondMedianNs: 900 },
    });
  });
});
