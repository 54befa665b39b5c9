import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDuration, formatRatio, formatSize, significant } from './format';

describe('formatDuration', () => {
  it('uses the examples from the spec', () => {
    expect(formatDuration(950)).toBe('950 ns');
    expect(formatDuration(12_345)).toBe('12.3 µs');
    expect(formatDuration(4.2e9)).toBe('4.2 s');
    expect(formatDuration(8.4e11)).toBe('14 min');
  });

  it('picks the unit at each power of ten (chart ticks)', () => {
    const ticks = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10].map(formatDuration);
    expect(ticks).toEqual([
      '1 ns',
      '10 ns',
      '100 ns',
      '1 µs',
      '10 µs',
      '100 µs',
      '1 ms',
      '10 ms',
      '100 ms',
      '1 s',
      '10 s',
    ]);
  });

  it('carries into the next unit when rounding reaches 1000', () => {
    expect(formatDuration(999.96)).toBe('1 µs');
    expect(formatDuration(999_999)).toBe('1 ms');
    expect(formatDuration(999.4)).toBe('999 ns');
  });

  it('keeps small values readable', () => {
    expect(formatDuration(0)).toBe('0 ns');
    expect(formatDuration(2.5)).toBe('2.5 ns');
    expect(formatDuration(0.042)).toBe('0.042 ns');
  });

  it('switches to minutes, hours, days and years for long predictions', () => {
    expect(formatDuration(59.9e9)).toBe('59.9 s');
    expect(formatDuration(90e9)).toBe('1.5 min');
    expect(formatDuration(3 * 3600e9)).toBe('3 h');
    expect(formatDuration(59.8 * 60e9)).toBe('1 h');
    expect(formatDuration(2.5 * 86_400e9)).toBe('2.5 days');
    expect(formatDuration(40 * 365.25 * 86_400e9)).toBe('40 years');
    expect(formatDuration(3.2e13 * 365.25 * 86_400e9)).toBe('3.2 × 10¹³ years');
  });

  it('handles bad input without throwing', () => {
    expect(formatDuration(Number.NaN)).toBe('—');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatDuration(-1500)).toBe('-1.5 µs');
  });
});

describe('formatSize', () => {
  it('abbreviates thousands and millions', () => {
    expect(formatSize(100)).toBe('100');
    expect(formatSize(1000)).toBe('1k');
    expect(formatSize(250_000)).toBe('250k');
    expect(formatSize(1_000_000)).toBe('1M');
    expect(formatSize(1e7)).toBe('10M');
    expect(formatSize(3_162)).toBe('3.16k');
  });
});

describe('significant', () => {
  it('drops trailing zeros but keeps integer zeros', () => {
    expect(significant(12.3, 3)).toBe('12.3');
    expect(significant(950, 3)).toBe('950');
    expect(significant(4.2, 3)).toBe('4.2');
  });
});

describe('formatCount and formatRatio', () => {
  it('writes exact counts with separators, never compacted', () => {
    expect(formatCount(10001)).toBe('10,001');
    expect(formatCount(1000000)).toBe('1,000,000');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(-12345)).toBe('-12,345');
    expect(formatCount(2.6)).toBe('2.6');
    expect(formatCount(1234.4)).toBe('1,234');
  });
  it('writes ratios', () => {
    expect(formatRatio(300.4)).toBe('300×');
    expect(formatRatio(12500)).toBe('12,500×');
    expect(formatRatio(2.54)).toBe('2.5×');
    expect(formatRatio(Infinity)).toBe('∞×');
    expect(formatRatio(NaN)).toBe('—');
    expect(formatRatio(0)).toBe('—');
  });
});

describe('formatBytes', () => {
  it('writes bytes, kB and MB (powers of 1000)', () => {
    expect(formatBytes(312)).toBe('312 B');
    expect(formatBytes(2270000)).toBe('2.3 MB');
    expect(formatBytes(45_000)).toBe('45 kB');
    expect(formatBytes(9_600_000)).toBe('9.6 MB');
    expect(formatBytes(12_000_000)).toBe('12 MB');
    expect(formatBytes(3.2e9)).toBe('3.2 GB');
  });
});
