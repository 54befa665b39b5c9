import { describe, expect, it } from 'vitest';
import { isUnstable, maxOf, median, minOf, mulberry32, roundMedians } from './stats';

describe('stats', () => {
  it('median of odd and even counts, without mutating the input', () => {
    const xs = [5, 1, 3];
    expect(median(xs)).toBe(3);
    expect(xs).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('min and max', () => {
    expect(minOf([3, -1, 2])).toBe(-1);
    expect(maxOf([3, -1, 2])).toBe(3);
  });
  it('round medians split samples into consecutive rounds', () => {
    expect(roundMedians([1, 1, 2, 2, 9, 9])).toEqual([1, 2, 9]);
  });
  it('flags rounds that disagree by more than 1.3×', () => {
    expect(isUnstable([10, 10, 10, 10, 10, 10])).toBe(false);
    expect(isUnstable([10, 10, 12, 12, 11, 11])).toBe(false);
    expect(isUnstable([10, 10, 10, 10, 14, 14])).toBe(true);
    expect(isUnstable([10, 50])).toBe(false); // too few to tell
  });
  it('seeded PRNG repeats and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });
});
