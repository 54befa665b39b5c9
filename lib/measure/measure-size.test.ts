import { describe, expect, it } from 'vitest';
import { makeBatchRunner } from './batch-runner';
import { fakeClock } from './fake-clock.test-helpers';
import { DEFAULT_SIZE_SETTINGS, measureSize, type SizeTask } from './measure-size';
import { sink } from './timer';

const settings = { ...DEFAULT_SIZE_SETTINGS, tickMs: 0.005, budgetMs: 1000 };

function task(costMs: (n: number) => number, extra: Partial<SizeTask> = {}, n = 1000) {
  const clock = fakeClock(0.005);
  const solve = (input: unknown) => {
    clock.advance(costMs(n));
    return input;
  };
  const t: SizeTask = {
    n,
    now: clock.now,
    run: makeBatchRunner(solve, clock.now, sink),
    solve,
    makeInput: (k) => Array.from({ length: k }, (_, i) => i),
    settings,
    ...extra,
  };
  return { t, clock };
}

describe('measureSize', () => {
  it('batches fast calls so a sample spans ≥ 20 ticks and ≥ 1 ms, and reports ns per call', () => {
    const { t } = task(() => 0.0002); // 200 ns per call, 5 µs ticks
    const out = measureSize(t);
    const r = out.result!;
    expect(r.batch * 0.0002).toBeGreaterThanOrEqual(1);
    expect(r.medianNs).toBeCloseTo(200, 0);
    expect(r.samplesNs.length).toBeGreaterThanOrEqual(5);
    expect(r.samplesNs.length).toBeLessThanOrEqual(15);
    expect(r.minNs).toBeLessThanOrEqual(r.medianNs);
    expect(r.maxNs).toBeGreaterThanOrEqual(r.medianNs);
    expect(r.unstable).toBe(false);
    expect(out.overrun).toBe(false);
  });

  it('uses a batch of one and at least 3 samples for slow calls', () => {
    const { t } = task(() => 120);
    const r = measureSize(t).result!;
    expect(r.batch).toBe(1);
    expect(r.samplesNs.length).toBeGreaterThanOrEqual(3);
    expect(r.medianNs).toBeCloseTo(120e6, -3);
  });

  it('flags a median near the empty-function baseline', () => {
    const { t } = task(() => 0.00001, { baselineNs: 10 });
    expect(measureSize(t).result!.nearBaseline).toBe(true);
    const { t: t2 } = task(() => 0.00005, { baselineNs: 10 });
    expect(measureSize(t2).result!.nearBaseline).toBe(false);
  });

  it('flags unstable sizes when rounds disagree', () => {
    let calls = 0;
    const clock = fakeClock(0.005);
    const solve = () => {
      calls++;
      clock.advance(calls > 20 ? 3 : 1); // gets 3× slower partway through sampling
    };
    const r = measureSize({
      n: 10,
      now: clock.now,
      run: makeBatchRunner(solve, clock.now, sink),
      solve,
      makeInput: () => 0,
      settings: { ...settings, samplingGoalMs: 1e9 },
    }).result!;
    expect(r.unstable).toBe(true);
  });

  it('builds the input outside the timed region', () => {
    const { t, clock } = task(() => 0.01);
    const slowBuild = (k: number) => {
      clock.advance(300); // building is slow, but must not count
      return k;
    };
    const r = measureSize({ ...t, makeInput: slowBuild }).result!;
    expect(r.medianNs).toBeCloseTo(10_000, -1);
  });

  it('detects code that changes its input and gives each timed call a fresh one', () => {
    const seen = new Set<unknown>();
    const clock = fakeClock(0.005);
    const solve = (a: unknown) => {
      clock.advance(0.01);
      seen.add(a);
      (a as number[]).sort((x, y) => y - x); // in place
      return (a as number[])[0];
    };
    const out = measureSize({
      n: 50,
      now: clock.now,
      run: makeBatchRunner(solve, clock.now, sink),
      solve,
      makeInput: (k) => Array.from({ length: k }, (_, i) => i),
      settings,
    });
    expect(out.mutatesInput).toBe(true);
    expect(out.result!.mutatesInput).toBe(true);
    expect(seen.size).toBeGreaterThan(100);
  });

  it('leaves an unchanged input alone', () => {
    const { t } = task(() => 0.01);
    expect(measureSize(t).mutatesInput).toBe(false);
  });

  it('reads deterministic counters after the single checked call', () => {
    let queries = 0;
    const { t } = task(() => 0.01, {
      counters: { reset: () => (queries = 0), read: () => ({ queries: ++queries }) },
    });
    expect(measureSize(t).result!.counters).toEqual({ queries: 1 });
  });

  it('stops at a wrong answer before any timing', () => {
    const { t } = task(() => 0.01, { checkOutput: () => false });
    const out = measureSize(t);
    expect(out.rejected).toBe(true);
    expect(out.result).toBeUndefined();
  });

  it('reports an overrun when the first call alone exceeds the budget', () => {
    const { t } = task(() => 2500);
    const out = measureSize(t);
    expect(out.overrun).toBe(true);
    expect(out.result).toBeUndefined();
    expect(out.firstCallMs).toBeCloseTo(2500, 0);
  });
});
