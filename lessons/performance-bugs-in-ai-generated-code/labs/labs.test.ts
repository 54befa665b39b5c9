/**
 * Every lab, run in node with real SQLite through its harness: the reference solution passes the
 * evaluation, the starter fails it for the lab's own reason, and the teaching figure holds (the starter's
 * counter at least 100× the solution's at the largest size both measured). Timing-based items are retried
 * (a busy machine can upset one run); counters are exact and never retried.
 */
import { describe, expect, it } from 'vitest';
import { labs } from './index';
import type { Lab } from '@/lib/labs/types';
import { seriesOf } from '@/lib/runner/run-queries';
import { counterAt, explain, failing, tryLab, tryUntil } from '@/lib/labs/labs.test-helpers';

/** Sizes used in the test (a shorter ladder where the full one only adds time). */
const TEST_SIZES: Partial<Record<string, number[]>> = {
  'n-plus-one': [100, 300, 1000, 3000],
  'filter-at-source': [1000, 3000, 10000, 30000],
  pagination: [500, 1000, 3000, 10000],
  'unbounded-cache': [1000, 3000, 10000, 30000, 100000, 300000],
  // The starter spends ~1 ms per request: 100 requests fit the time limit below, 300 would not.
  'blocking-in-async': [50, 100],
  'hot-loop-allocation': [100, 300, 1000, 3000, 10000],
};

/** Why each starter must fail, and which counter carries its teaching figure (when one does). */
const EXPECT: Record<string, { starterFails: string; counter?: string }> = {
  'n-plus-one': { starterFails: 'counter:queries', counter: 'queries' },
  'quadratic-lookup': { starterFails: 'class' },
  'blocking-in-async': { starterFails: 'counter:blockingCalls', counter: 'blockingCalls' },
  'filter-at-source': { starterFails: 'counter:rowsFetched', counter: 'rowsFetched' },
  pagination: { starterFails: 'check:walk', counter: 'rowsReturned' },
  'hot-loop-allocation': { starterFails: 'counter:formattersBuilt', counter: 'formattersBuilt' },
  'unbounded-cache': { starterFails: 'counter:retained', counter: 'retained' },
  'perf-test-first': { starterFails: 'budget-declared' },
};

const expectOf = (lab: Lab) => EXPECT[lab.id] ?? { starterFails: '(not listed in EXPECT)' };
const sizesOf = (lab: Lab) => TEST_SIZES[lab.id] ?? lab.sizes;
/** Per-size time limit: the blocking lab's starter needs ~4 × 100 ms at its largest test size. */
const budgetOf = (lab: Lab) => (lab.id === 'blocking-in-async' ? 2000 : undefined);

describe.each(labs.map((lab) => [lab.id, lab] as const))('lab %s', (_id, lab) => {
  it('the reference solution passes, and the teaching figure holds in the same run', async () => {
    const t = await tryUntil(
      () => tryLab(lab, lab.solution, { sizes: sizesOf(lab), budgetMs: budgetOf(lab) }),
      (x) => x.evaluation.passed,
    );
    expect(t.evaluation.passed, explain(t)).toBe(true);
    const counter = expectOf(lab).counter;
    const starter = seriesOf(t.state, 'starter')?.results ?? [];
    const n = starter[starter.length - 1]?.n ?? 0;
    if (counter && lab.id !== 'unbounded-cache') {
      const slow = counterAt(t.state, 'starter', n, counter)!;
      const fast = counterAt(t.state, 'learner', n, counter)!;
      expect(slow, `${counter} at n = ${n}`).toBeGreaterThanOrEqual(100 * Math.max(fast, 1));
    } else if (!counter) {
      // Time-based labs: a generous floor here; the bench records the measured figure.
      const s = starter[starter.length - 1]?.medianNs ?? 0;
      const l = seriesOf(t.state, 'learner')?.results.find((r) => r.n === n)?.medianNs ?? Infinity;
      expect(s / l, `time ratio at n = ${n}`).toBeGreaterThan(20);
    }
  }, 120_000);

  it(`the starter fails (${expectOf(lab).starterFails})`, async () => {
    const t = await tryLab(lab, lab.starter, { sizes: sizesOf(lab), compare: ['reference'] });
    expect(t.evaluation.passed, explain(t)).toBe(false);
    expect(failing(t), explain(t)).toContain(expectOf(lab).starterFails);
    // The starter is correct, only slow: its failure is never a wrong answer.
    expect(failing(t)).not.toContain('correct');
    expect(failing(t)).not.toContain('runs');
  }, 120_000);
});

describe('unbounded-cache teaching figure', () => {
  it('retains at least 100× more entries than the bounded cache at 300,000 requests', async () => {
    const lab = labs.find((l) => l.id === 'unbounded-cache')!;
    // One size only: nothing to predict from, so a busy machine cannot stop the series before it.
    const opts = { sizes: [300000], compare: [], budgetMs: 10_000 };
    const slow = await tryLab(lab, lab.starter, opts);
    const fast = await tryLab(lab, lab.solution, opts);
    const s = counterAt(slow.state, 'learner', 300000, 'retained')!;
    const f = counterAt(fast.state, 'learner', 300000, 'retained')!;
    expect(f).toBeLessThanOrEqual(500);
    expect(s).toBeGreaterThanOrEqual(100 * f);
  }, 60_000);
});
