import { describe, expect, it } from 'vitest';
import type { SizeResult, Verdict } from '@/lib/runner/protocol';
import type { CounterInfo } from '@/lib/labs/types';
import type { SeriesOutcome } from '@/lib/labs/lab-run';
import { formatDuration, formatSize, outcomeOf, raceHeadline } from './race-headline';

function res(n: number, medianNs: number, counters?: Record<string, number>): SizeResult {
  return {
    n,
    samplesNs: [medianNs],
    medianNs,
    minNs: medianNs,
    maxNs: medianNs,
    batch: 1,
    unstable: false,
    nearBaseline: false,
    counters,
  };
}

function verdict(best: Verdict['best'], predictions: Verdict['predictions'] = []): Verdict {
  return { best, confidence: 0.95, inconclusive: best === null, coefNs: 1, predictions };
}

const QUERIES: CounterInfo[] = [{ id: 'queries', label: 'Queries', unit: 'queries', better: 'lower' }];

describe('raceHeadline', () => {
  it('leads with a counted figure when a counter differs a lot', () => {
    const s: SeriesOutcome = {
      results: [res(100, 1e6, { queries: 101 }), res(10000, 1e8, { queries: 10001 })],
      verdict: verdict('O(n)'),
    };
    const r: SeriesOutcome = {
      results: [res(100, 1e5, { queries: 1 }), res(10000, 1e6, { queries: 1 })],
      verdict: verdict('O(n)'),
    };
    const h = raceHeadline(QUERIES, 'users', s, r);
    expect(h.big).toBe('10,001 queries vs 1');
    expect(h.caption).toContain('counted at n = 10,000 users');
    expect(h.lines.join(' ')).toContain('100× slower');
  });

  it('shows the measured classes when they differ and no counter decides', () => {
    const s: SeriesOutcome = { results: [res(1000, 1e6), res(2000, 4e6)], verdict: verdict('O(n²)') };
    const r: SeriesOutcome = { results: [res(1000, 1e4), res(2000, 2e4)], verdict: verdict('O(n)') };
    expect(raceHeadline([], 'items', s, r).big).toBe('O(n²) vs O(n)');
  });

  it('labels a stopped starter’s figure as predicted', () => {
    const s: SeriesOutcome = {
      results: [res(1000, 1e6), res(2000, 4e6)],
      verdict: verdict('O(n)', [{ n: 1_000_000, ns: 14 * 60e9 }]),
      stop: { atN: 5000 },
    };
    const r: SeriesOutcome = {
      results: [res(1000, 1e4), res(2000, 2e4), res(1_000_000, 40e6)],
      verdict: verdict('O(n)'),
    };
    const h = raceHeadline([], 'items', s, r);
    expect(h.big).toBe('predicted 14 min vs 40 ms at 1M');
    expect(h.lines.some((l) => l.startsWith('Predicted at n = 1M'))).toBe(true);
  });

  it('says inconclusive when the run cannot separate them', () => {
    const s: SeriesOutcome = { results: [res(1000, 1e4)], verdict: verdict(null) };
    const r: SeriesOutcome = { results: [res(1000, 1e4)], verdict: verdict(null) };
    expect(raceHeadline([], 'items', s, r).big).toBe('Inconclusive');
    expect(raceHeadline([], 'items', undefined, undefined).big).toBe('Inconclusive');
  });

  it('maps run-store series to outcomes', () => {
    expect(outcomeOf(undefined)).toBeUndefined();
    expect(outcomeOf({ results: [], verdict: null, stoppedAt: { n: 7 } })?.stop).toEqual({ atN: 7 });
  });
});

describe('formatting', () => {
  it('formats durations and sizes', () => {
    expect(formatDuration(850)).toBe('850 ns');
    expect(formatDuration(3.2e6)).toBe('3.2 ms');
    expect(formatDuration(14 * 60e9)).toBe('14 min');
    expect(formatDuration(NaN)).toBe('—');
    expect(formatSize(1_000_000)).toBe('1M');
    expect(formatSize(30_000)).toBe('30k');
    expect(formatSize(300)).toBe('300');
  });
});
