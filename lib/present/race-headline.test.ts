import { describe, expect, it } from 'vitest';
import type { SizeResult, Verdict } from '@/lib/runner/protocol';
import type { CounterInfo } from '@/lib/labs/types';
import { predictedNs, raceHeadline, type RaceSeries } from './race-headline';
import type { RacePlan } from './slide-types';

function res(n: number, medianNs: number, counters?: Record<string, number>, spread = 1): SizeResult {
  return {
    n,
    samplesNs: [medianNs],
    medianNs,
    minNs: medianNs / spread,
    maxNs: medianNs * spread,
    batch: 1,
    unstable: false,
    nearBaseline: false,
    counters,
  };
}

function verdict(best: Verdict['best'], coefNs = 1, predictions: Verdict['predictions'] = []): Verdict {
  return { best, confidence: 0.95, inconclusive: best === null, coefNs, interceptNs: 0, predictions };
}

const QUERIES: CounterInfo = { id: 'queries', label: 'Queries', unit: 'queries', better: 'lower' };
const ROWS: CounterInfo = { id: 'rows', label: 'Rows read', unit: 'rows', better: 'lower' };
const USERS = { counters: [QUERIES, ROWS], sizeUnit: 'users' };
const ITEMS = { counters: [], sizeUnit: 'items' };
const COUNTER_PLAN: RacePlan = { sizes: [10, 100, 1000], counter: 'queries', predictAt: 1_000_000 };
const GROWTH_PLAN: RacePlan = { sizes: [100, 1000, 10000], predictAt: 1_000_000 };

/** A counter race's series: queries n+1 vs 1 (exact), times as given. */
function nPlusOne(sizes: number[], starterNs: (n: number) => number, stop?: RaceSeries['stop']) {
  const starter: RaceSeries = {
    results: sizes.map((n) => res(n, starterNs(n), { queries: n + 1, rows: n })),
    verdict: verdict('O(n)', 1000),
    stop: stop ?? null,
  };
  const reference: RaceSeries = {
    results: COUNTER_PLAN.sizes.map((n) => res(n, 100 * n, { queries: 1, rows: n })),
    verdict: verdict('O(n)', 100),
  };
  return { starter, reference };
}

describe('raceHeadline, counter races', () => {
  it('leads with the planned counter at the largest planned size', () => {
    const { starter, reference } = nPlusOne(COUNTER_PLAN.sizes, (n) => 1000 * n);
    const h = raceHeadline(USERS, COUNTER_PLAN, starter, reference);
    expect(h?.kind).toBe('counter');
    expect(h?.big).toBe('1,001 queries vs 1');
    expect(h?.caption).toBe('Queries, counted at n = 1,000 users: starter vs fix');
    expect(h?.complete).toBe(true);
    expect(h?.cutOff).toBe(false);
  });

  it('gives the same figure whatever the times were (counters and sizes are fixed)', () => {
    const fast = nPlusOne(COUNTER_PLAN.sizes, (n) => 10 * n);
    const slow = nPlusOne(COUNTER_PLAN.sizes, (n) => 50_000 * n);
    const a = raceHeadline(USERS, COUNTER_PLAN, fast.starter, fast.reference);
    const b = raceHeadline(USERS, COUNTER_PLAN, slow.starter, slow.reference);
    expect([a?.big, a?.caption]).toEqual([b?.big, b?.caption]);
    // Times do differ, in the smaller lines.
    expect(a?.lines[0]).not.toBe(b?.lines[0]);
  });

  it('uses the plan’s counter, not whichever differs most', () => {
    const { starter, reference } = nPlusOne(COUNTER_PLAN.sizes, (n) => 1000 * n);
    const h = raceHeadline(USERS, { ...COUNTER_PLAN, counter: 'rows' }, starter, reference);
    expect(h?.big).toBe('1,000 rows vs 1,000');
  });

  it('shows the measured time with its spread and the prediction, labelled, in the lines', () => {
    const { starter, reference } = nPlusOne(COUNTER_PLAN.sizes, (n) => 1000 * n);
    starter.results = starter.results.map((r) => res(r.n, r.medianNs, r.counters, 1.2));
    const lines = raceHeadline(USERS, COUNTER_PLAN, starter, reference)?.lines ?? [];
    expect(lines[0]).toBe(
      'Measured here at n = 1,000 users: 1 ms vs 100 µs per call (medians): 10× slower (samples give 8.3×–12×).',
    );
    expect(lines[1]).toBe(
      'Growth measured: starter O(n), fix O(n); predicted 1 s vs 100 ms per call at n = 1M, from the fitted curves (not measured).',
    );
    expect(lines).toHaveLength(2);
  });

  it('grows with the run: the figure so far is at the largest size both have measured', () => {
    const { starter, reference } = nPlusOne([10, 100], (n) => 1000 * n);
    reference.results = reference.results.slice(0, 2);
    const h = raceHeadline(USERS, COUNTER_PLAN, starter, reference);
    expect(h?.big).toBe('101 queries vs 1');
    expect(h?.complete).toBe(false);
    expect(h?.cutOff).toBe(false);
    expect(h?.caption).toBe('Queries, counted at n = 100 users: starter vs fix');
  });

  it('says so when the starter was cut off before the planned largest size', () => {
    const { starter, reference } = nPlusOne([10, 100], (n) => 1000 * n, {
      atN: 1000,
      reason: 'budget',
      elapsedMs: 900,
      detail: 'predicted',
    });
    const h = raceHeadline(USERS, COUNTER_PLAN, starter, reference);
    expect(h?.big).toBe('101 queries vs 1');
    expect(h?.cutOff).toBe(true);
    expect(h?.caption).toBe(
      'Queries, counted at n = 100 users: starter vs fix. On this machine the starter was predicted to take ' +
        'longer than the 20 s limit per size at n = 1,000 users, so it stopped there, short of the planned 1,000.',
    );
    const overrun = nPlusOne([10, 100], (n) => 1000 * n, {
      atN: 1000,
      reason: 'budget',
      elapsedMs: 900,
      detail: 'overrun',
    });
    expect(raceHeadline(USERS, COUNTER_PLAN, overrun.starter, overrun.reference)?.caption).toContain(
      'the starter ran over the 20 s limit per size at n = 1,000 users',
    );
  });

  it('has nothing to show before both have measured a size', () => {
    const { starter } = nPlusOne([10], (n) => 1000 * n);
    expect(raceHeadline(USERS, COUNTER_PLAN, starter, { results: [] })).toBeNull();
    expect(raceHeadline(USERS, COUNTER_PLAN, undefined, undefined)).toBeNull();
  });

  it('writes percentages as such', () => {
    const pct: CounterInfo = { id: 'hit', label: 'Hit rate', unit: '%', better: 'higher' };
    const s: RaceSeries = { results: [res(10, 1, { hit: 20 })] };
    const r: RaceSeries = { results: [res(10, 1, { hit: 80 })] };
    const plan: RacePlan = { sizes: [10], counter: 'hit', predictAt: 100 };
    expect(raceHeadline({ counters: [pct], sizeUnit: 'x' }, plan, s, r)?.big).toBe('20% vs 80%');
  });
});

describe('raceHeadline, growth races', () => {
  // 14 min at 1M for n² is 0.84 ns · n²; 40 ms at 1M for n is 40 ns · n.
  const quadratic = (): RaceSeries => ({
    results: GROWTH_PLAN.sizes.map((n) => res(n, 0.84 * n * n)),
    verdict: verdict('O(n²)', 0.84),
  });
  const linear = (): RaceSeries => ({
    results: GROWTH_PLAN.sizes.map((n) => res(n, 40 * n)),
    verdict: verdict('O(n)', 40),
  });

  it('leads with the two classes and captions them with a labelled prediction', () => {
    const h = raceHeadline(ITEMS, GROWTH_PLAN, quadratic(), linear());
    expect(h?.kind).toBe('growth');
    expect(h?.big).toBe('O(n²) vs O(n)');
    expect(h?.caption).toBe(
      'Growth measured, starter vs fix · predicted 14 min vs 40 ms per call at n = 1M, from the fitted curves (not measured)',
    );
    expect(h?.complete).toBe(true);
    // The measured ratio is a smaller line, with its spread.
    expect(h?.lines[0]).toBe(
      'Measured here at n = 10,000 items: 84 ms vs 400 µs per call (medians): 210× slower (samples give 210×–210×).',
    );
    expect(h?.lines[1]).toBe('Resampled fits that agree on the class: starter 95%, fix 95%.');
  });

  it('says "inconclusive" for a class the run could not tell, and predicts nothing then', () => {
    const unsure: RaceSeries = { ...linear(), verdict: verdict(null) };
    const h = raceHeadline(ITEMS, GROWTH_PLAN, quadratic(), unsure);
    expect(h?.big).toBe('O(n²) vs inconclusive');
    expect(h?.caption).toBe(
      'Growth measured, starter vs fix · no prediction at n = 1M: a class was inconclusive in this run',
    );
    expect(raceHeadline(ITEMS, GROWTH_PLAN, { ...quadratic(), verdict: verdict(null) }, unsure)?.big).toBe(
      'Inconclusive',
    );
  });

  it('waits for both verdicts', () => {
    expect(raceHeadline(ITEMS, GROWTH_PLAN, { ...quadratic(), verdict: null }, linear())).toBeNull();
  });

  it('notes a starter that stopped early, whatever the classes', () => {
    const s = quadratic();
    s.results = s.results.slice(0, 2);
    s.stop = { atN: 10000, reason: 'budget', elapsedMs: 900, detail: 'overrun' };
    const h = raceHeadline(ITEMS, GROWTH_PLAN, s, linear());
    expect(h?.cutOff).toBe(true);
    expect(h?.caption).toContain(
      'On this machine the starter ran over the 20 s limit per size at n = 10,000 items, so it stopped there',
    );
  });
});

describe('predictions and formatting', () => {
  it('predicts from the fitted curve, or takes the verdict’s own prediction at that size', () => {
    expect(predictedNs(verdict('O(n)', 40), 1_000_000)).toBe(40e6);
    expect(predictedNs(verdict('O(n)', 40, [{ n: 1_000_000, ns: 7 }]), 1_000_000)).toBe(7);
    expect(predictedNs(verdict(null), 1_000_000)).toBeNull();
    expect(predictedNs(null, 10)).toBeNull();
  });
});
