import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZES } from '@/lib/measure/ladder';
import { formatBytes, makeMemoryVerdict, type MemoryPoint } from './memory-verdict';

/** Deterministic jitter in [-1, 1) (no Math.random: the verdict must not depend on luck). */
const jitter = (i: number) => (Math.imul(i + 1, 0x9e3779b1) >>> 0) / 2 ** 31 - 1;
const ladder = (bytes: (n: number, i: number) => number, sizes = DEFAULT_SIZES): MemoryPoint[] =>
  sizes.map((n, i) => ({ n, peakBytes: bytes(n, i) }));

describe('makeMemoryVerdict on synthetic peaks', () => {
  it('calls interpreter noise under the floor O(1)', () => {
    const v = makeMemoryVerdict(ladder((_n, i) => 180 + 80 * jitter(i)));
    expect(v.label).toBe('O(1)');
    expect(v.evidence).toMatch(/under 1\.0 kB/);
  });

  it('calls a fixed buffer O(1), whatever its size', () => {
    const v = makeMemoryVerdict(ladder((_n, i) => 65_536 + 300 * jitter(i)));
    expect(v.cls).toBe('O(1)');
    expect(v.evidence).toContain('between');
  });

  it('calls a list of n items O(n), with bytes per item and a slope near 1', () => {
    const v = makeMemoryVerdict(ladder((n, i) => 36 * n + 400 + 100 * jitter(i)));
    expect(v.label).toBe('O(n)');
    expect(v.slope!).toBeGreaterThan(0.95);
    expect(v.slope!).toBeLessThan(1.05);
    expect(v.bytesPerItem!).toBeCloseTo(36, 0);
    expect(v.evidence).toMatch(/grew [\d,]+× from n = 100 to 1,000,000/);
  });

  it('still calls it O(n) when a hash table doubles in steps (peaks up to 2× off the line)', () => {
    const table = (n: number) => 2 ** Math.ceil(Math.log2(n * 1.5)) * 16 + 24 * n;
    expect(makeMemoryVerdict(ladder(table)).label).toBe('O(n)');
  });

  it('calls an n×n table O(n²) on the sizes a quadratic build can reach', () => {
    const v = makeMemoryVerdict(ladder((n) => 8 * n * n + 56 * n, [10, 30, 100, 300, 1000, 3000]));
    expect(v.label).toBe('O(n²)');
    expect(v.slope!).toBeGreaterThan(1.8);
  });

  it('says "more than linear" when n log n and n² cannot be told apart', () => {
    // Halfway between the two on a short ladder.
    const v = makeMemoryVerdict(ladder((n) => 20 * n ** 1.5, [100, 300, 1000, 3000, 10000]));
    expect(v.inconclusive).toBe(false);
    expect(['more than linear', 'O(n log n)', 'O(n²)']).toContain(v.label);
  });

  it('is inconclusive with too few sizes, too short a span, or only small sizes under the floor', () => {
    expect(makeMemoryVerdict(ladder((n) => 40 * n, [100, 1000, 10000])).label).toBe('inconclusive');
    expect(makeMemoryVerdict(ladder((n) => 40 * n, [100, 200, 400, 800])).evidence).toMatch(/too close/);
    const small = makeMemoryVerdict(ladder(() => 200, [10, 30, 100, 300, 1000]));
    expect(small.label).toBe('inconclusive');
    expect(small.evidence).toMatch(/fraction of a byte/);
  });

  it('is inconclusive when the peak grows but fits no class', () => {
    // Flat, then a cliff: a cache that starts holding everything past 10k.
    const v = makeMemoryVerdict(ladder((n) => (n >= 30_000 ? 5e6 : 2000)));
    expect(v.label).toBe('inconclusive');
  });

  it('is deterministic and ignores sizes given twice or unusable points', () => {
    const pts = ladder((n) => 36 * n);
    const noisy = [...pts, { n: 100, peakBytes: 3600 }, { n: Number.NaN, peakBytes: 1 }];
    expect(makeMemoryVerdict(noisy)).toEqual(makeMemoryVerdict(pts));
  });

  it('uses a floor given by the caller', () => {
    const v = makeMemoryVerdict(
      ladder(() => 3000),
      { floorBytes: 4096 },
    );
    expect(v.evidence).toMatch(/under 4\.1 kB/);
  });
});

describe('formatBytes', () => {
  it('writes bytes, kB and MB (powers of 1000)', () => {
    expect(formatBytes(312)).toBe('312 B');
    expect(formatBytes(2270000)).toBe('2.3 MB');
    expect(formatBytes(45_000)).toBe('45 kB');
  });
});
