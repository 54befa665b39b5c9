import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZES } from '@/lib/measure/ladder';
import { makeMemoryVerdict, type MemoryPoint } from './memory-verdict';

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

/**
 * Real peaks: tracemalloc in Pyodide 314.0.8 (Python 3.14.2), one traced call per size, from
 * `node scripts/bench/python.mjs --skip-time --dump-memory` on the snippets in eval/python/memory.
 */
const measured = (pairs: [number, number][]): MemoryPoint[] =>
  pairs.map(([n, peakBytes]) => ({ n, peakBytes }));
const REAL = {
  // def squares(xs): out = []; for x in xs: out.append(x * x); return out  →  max(squares(xs))
  listBuilder: measured([
    [10, 64],
    [30, 128],
    [100, 432],
    [300, 4848],
    [1000, 20096],
    [3000, 60688],
    [10_000, 202_240],
    [30_000, 602_912],
    [100_000, 2_269_072],
    [300_000, 7_169_376],
    [1_000_000, 24_092_960],
  ]),
  // sum(x * 3 for x in xs if x % 2 == 0)
  sumGenerator: measured([
    [10, 188],
    [30, 188],
    [100, 188],
    [300, 188],
    [1000, 188],
    [3000, 188],
    [10_000, 188],
    [30_000, 188],
    [100_000, 236],
    [300_000, 236],
    [1_000_000, 236],
  ]),
  // with open(path) as f: lines = f.readlines() (the file object's buffers: 140 kB at any n)
  readlines: measured([
    [10, 140_499],
    [30, 141_246],
    [100, 143_989],
    [300, 151_918],
    [1000, 180_147],
    [3000, 262_307],
    [10_000, 549_376],
    [30_000, 1_385_771],
    [100_000, 4_308_109],
    [300_000, 12_965_777],
  ]),
  // for line in f: (the same buffers, one line at a time)
  iterate: measured([
    [10, 140_433],
    [30, 140_424],
    [100, 140_415],
    [300, 140_636],
    [1000, 148_371],
    [3000, 148_447],
    [10_000, 148_440],
    [30_000, 148_434],
    [100_000, 148_469],
    [300_000, 148_467],
  ]),
  // @functools.lru_cache(maxsize=128): fills up to 128 entries, then stays there
  boundedCache: measured([
    [10, 628],
    [30, 1536],
    [100, 6356],
    [300, 10_812],
    [1000, 10_464],
    [3000, 10_464],
    [10_000, 10_488],
    [30_000, 10_488],
    [100_000, 10_488],
    [300_000, 10_488],
  ]),
  // [[0] * n for _ in range(n)]
  grid: measured([
    [10, 468],
    [30, 3732],
    [100, 41_080],
    [300, 367_452],
    [1000, 4_030_220],
    [2000, 16_061_884],
  ]),
};

describe('makeMemoryVerdict on real tracemalloc peaks', () => {
  it('a list built in memory is O(n), its generator twin O(1)', () => {
    const list = makeMemoryVerdict(REAL.listBuilder);
    expect(list.label).toBe('O(n)');
    expect(list.slope!).toBeCloseTo(1, 1);
    expect(makeMemoryVerdict(REAL.sumGenerator)).toMatchObject({
      label: 'O(1)',
      evidence: expect.stringContaining('under 1.0 kB'),
    });
  });

  it('readlines() is O(n) and iterating lines O(1), above the same 140 kB of file buffers', () => {
    const all = makeMemoryVerdict(REAL.readlines);
    expect(all.label).toBe('O(n)');
    expect(all.slope!).toBeGreaterThan(0.9);
    expect(makeMemoryVerdict(REAL.iterate).label).toBe('O(1)');
  });

  it('a bounded cache levels off: O(1), saying so', () => {
    const v = makeMemoryVerdict(REAL.boundedCache);
    expect(v.label).toBe('O(1)');
    expect(v.evidence).toMatch(/levelled off/);
  });

  it('an n×n table is O(n²)', () => {
    expect(makeMemoryVerdict(REAL.grid).label).toBe('O(n²)');
  });
});
