import { describe, expect, it } from 'vitest';
import type { SeriesId, SeriesStop, SizeResult, Verdict } from '@/lib/runner/protocol';
import { startRun, type RunState, type SeriesState } from '@/lib/runner/run-state';
import {
  BUDGET_WORDS,
  judgeBudget,
  judgeClassLimit,
  parseClass,
  parseDeclaredBudget,
} from './declared-budget';
import { budgetLines, evaluateLab } from './evaluate';
import { labRunRequest } from './lab-run-request';
import type { Lab } from './types';

const size = (n: number, ms: number, counters?: Record<string, number>): SizeResult => ({
  n,
  samplesNs: [ms * 1e6],
  medianNs: ms * 1e6,
  minNs: ms * 1e6,
  maxNs: ms * 1e6,
  batch: 1,
  unstable: false,
  nearBaseline: false,
  ...(counters ? { counters } : {}),
});

const verdict = (best: Verdict['best']): Verdict => ({
  best,
  confidence: 0.9,
  inconclusive: best === null,
  coefNs: 1,
  predictions: [{ n: 100000, ns: 5e9 }],
  ...(best === null ? { reason: 'too few sizes' } : {}),
});

const baseLab: Lab = {
  id: 'demo',
  number: 1,
  title: 't',
  summary: 's',
  sectionId: 'demo-section',
  pattern: 'demo-pattern',
  kind: 'fix',
  starter: '',
  solution: '',
  requiredExports: [],
  harness: '',
  needsSqlite: false,
  sizes: [100, 1000, 10000],
  sizeUnit: 'users',
  checkCorrectness: true,
  budget: {},
  counters: [{ id: 'queries', label: 'Queries', unit: 'queries', better: 'lower' }],
  hints: [],
  prose: { why: '', see: '', fix: '', contract: '' },
  patternNote: '',
  tests: { starterFails: '', starterReason: '' },
};

type SeriesFacts = Partial<Pick<SeriesState, 'results' | 'verdict' | 'stop' | 'memory'>>;

/** A finished run's state with the given series (learner first) and any other facts. */
function runState(series: Partial<Record<SeriesId, SeriesFacts>>, extra: Partial<RunState> = {}): RunState {
  const ids = Object.keys(series) as SeriesId[];
  const base = startRun(
    ids.map((id) => ({ id, label: id })),
    1000,
  );
  return {
    ...base,
    phase: 'done',
    series: base.series.map((s) => ({ ...s, ...series[s.id] })),
    ...extra,
  };
}

const fastSeries = (counters = { queries: 1 }) => ({
  learner: { results: [size(100, 0.1, counters), size(1000, 1, counters)], verdict: verdict('O(n)') },
  starter: { results: [size(100, 5), size(1000, 500)], verdict: verdict('O(n²)') },
});
const fastRun = (counters = { queries: 1 }, extra: Partial<RunState> = {}) =>
  runState(fastSeries(counters), extra);
const stop = (atN: number, predictedCallMs?: number): SeriesStop => ({
  atN,
  reason: 'budget',
  elapsedMs: 900,
  detail: 'predicted',
  ...(predictedCallMs !== undefined ? { predictedCallMs } : {}),
});

describe('evaluateLab', () => {
  it('passes when every budget item holds, with the figures in the reasons', () => {
    const lab = {
      ...baseLab,
      budget: {
        counters: [{ counter: 'queries', kind: 'max' as const, value: 2 }],
        minSpeedup: 10,
        maxClass: 'O(n log n)' as const,
      },
    };
    const e = evaluateLab(lab, fastRun());
    expect(e.passed).toBe(true);
    expect(e.items.map((i) => i.id)).toEqual(['runs', 'correct', 'counter:queries', 'class', 'speedup']);
    expect(e.items.find((i) => i.id === 'speedup')!.reason).toMatch(/500× faster/);
  });

  it('fails a counter over its limit, naming the value, the size and the limit', () => {
    const lab = {
      ...baseLab,
      budget: { counters: [{ counter: 'queries', kind: 'max' as const, value: 2 }] },
    };
    const e = evaluateLab(lab, fastRun({ queries: 1001 }));
    expect(e.passed).toBe(false);
    expect(e.items.find((i) => i.id === 'counter:queries')!.reason).toBe(
      '1,001 queries at n = 1,000; the budget allows at most 2 queries.',
    );
  });

  it('judges per-n limits against the size they were measured at', () => {
    const lab = {
      ...baseLab,
      budget: { counters: [{ counter: 'queries', kind: 'max' as const, value: 0.01, perN: true }] },
    };
    expect(evaluateLab(lab, fastRun({ queries: 10 })).passed).toBe(true);
    expect(evaluateLab(lab, fastRun({ queries: 11 })).passed).toBe(false);
  });

  it('a fast wrong answer fails, and speed is not judged', () => {
    const lab = {
      ...baseLab,
      budget: { counters: [{ counter: 'queries', kind: 'max' as const, value: 2 }] },
    };
    const run = fastRun(undefined, {
      mismatch: { n: 1000, inputPreview: '', expected: '[1]', actual: '[2]' },
    });
    const e = evaluateLab(lab, run);
    expect(e.passed).toBe(false);
    expect(e.items.find((i) => i.id === 'correct')!.reason).toMatch(/At n = 1,000 the output differs/);
    expect(e.items.find((i) => i.id === 'counter:queries')!.reason).toMatch(/Not judged yet/);
  });

  it('a mismatch of the starter series does not fail the learner', () => {
    const run = fastRun(undefined, {
      mismatch: { series: 'starter', n: 100, inputPreview: '', expected: '', actual: '' },
    });
    expect(evaluateLab(baseLab, run).passed).toBe(true);
  });

  it('says which class is worse than the budget', () => {
    const lab = { ...baseLab, budget: { maxClass: 'O(n log n)' as const } };
    const run = runState({
      ...fastSeries(),
      learner: { ...fastSeries().learner, verdict: verdict('O(n²)') },
    });
    expect(evaluateLab(lab, run).items.find((i) => i.id === 'class')!.reason).toBe(
      "O(n²) is worse than the budget's O(n log n).",
    );
  });

  it('code stopped early for time, with an inconclusive class, is called too slow', () => {
    const lab = { ...baseLab, budget: { maxClass: 'O(n log n)' as const } };
    const run = runState({
      ...fastSeries(),
      learner: { results: [size(100, 50)], verdict: verdict(null), stop: stop(1000, 5000) },
    });
    const item = evaluateLab(lab, run).items.find((i) => i.id === 'class')!;
    expect(item.pass).toBe(false);
    expect(item.reason).toMatch(/^Too slow: the run stopped before n = 1,000 \(predicted ≈ 5 s/);
  });

  it('an error fails "runs" with the line', () => {
    const run = runState(
      { learner: { results: [] } },
      { phase: 'error', error: { series: 'learner', name: 'TypeError', message: 'x is undefined', line: 7 } },
    );
    const e = evaluateLab(baseLab, run);
    expect(e.items[0]).toMatchObject({
      id: 'runs',
      pass: false,
      reason: 'TypeError (line 7): x is undefined',
    });
  });

  it('a failed behaviour check fails the lab; performance checks are judged with the budget', () => {
    const run = fastRun(undefined, {
      checks: [
        { id: 'walk', label: 'Walk', pass: true, detail: 'ok' },
        { id: 'deep', label: 'Deep', pass: false, detail: 'slow', kind: 'performance' },
      ],
    });
    const e = evaluateLab(baseLab, run);
    expect(e.passed).toBe(false);
    expect(e.items.find((i) => i.id === 'check:deep')!.reason).toBe('slow');
  });
});

describe('declared budgets (own budget)', () => {
  it('reads the usual spellings of a class', () => {
    expect(parseClass('O(n^2)')).toBe('O(n²)');
    expect(parseClass('o(n log n)')).toBe('O(n log n)');
    expect(parseClass('O(nlogn)')).toBe('O(n log n)');
    expect(parseClass('O(2^n)')).toBe('O(2ⁿ)');
    expect(parseClass('fast')).toBeNull();
  });

  it('explains what is wrong with a budget', () => {
    const sizes = [1000, 10000];
    expect(parseDeclaredBudget(null, sizes)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/No budget yet/),
    });
    expect(parseDeclaredBudget({ size: 10000 }, sizes)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/both/),
    });
    expect(parseDeclaredBudget({ size: 5, maxMs: 1 }, sizes)).toMatchObject({ ok: false });
    expect(parseDeclaredBudget({ size: 10000, maxMs: -1 }, sizes)).toMatchObject({ ok: false });
    expect(parseDeclaredBudget({ maxClass: 'O(n)' }, sizes)).toEqual({
      ok: true,
      budget: { maxClass: 'O(n)' },
    });
  });

  it('reads a Python PERF_BUDGET by its snake_case keys, and names them when something is wrong', () => {
    const sizes = [1000, 10000];
    const py = BUDGET_WORDS.python;
    expect(parseDeclaredBudget({ max_class: 'O(n log n)', size: 10000, max_ms: 40 }, sizes, py)).toEqual({
      ok: true,
      budget: { maxClass: 'O(n log n)', size: 10000, maxMs: 40 },
    });
    expect(parseDeclaredBudget(null, sizes, py)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/No budget yet.*PERF_BUDGET = \{"max_class"/),
    });
    expect(parseDeclaredBudget('O(n)', sizes, py)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/`PERF_BUDGET` must be a dict/),
    });
    expect(parseDeclaredBudget({ size: 10000 }, sizes, py)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/both `size` .* and `max_ms`/),
    });
    expect(parseDeclaredBudget({ max_class: 'quick' }, sizes, py)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/`max_class` "quick" is not a class/),
    });
    // JavaScript's keys are not Python's: a camelCase key in a Python budget is not read.
    expect(parseDeclaredBudget({ maxClass: 'O(n)' }, sizes, py)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/needs `max_class`/),
    });
  });

  it('judges time budgets by the median, and unmeasured slow sizes as missed', () => {
    const s = { results: [size(1000, 3), size(10000, 40)], verdict: verdict('O(n)'), stop: null };
    expect(judgeBudget({ size: 10000, maxMs: 50 }, s).outcome).toBe('met');
    expect(judgeBudget({ size: 10000, maxMs: 30 }, s).outcome).toBe('missed');
    const slow = { results: [size(1000, 300)], verdict: verdict(null), stop: stop(10000) };
    expect(judgeBudget({ size: 10000, maxMs: 50 }, slow).outcome).toBe('missed');
    expect(judgeBudget({ maxClass: 'O(n)' }, slow).outcome).toBe('unknown');
  });
});

describe('judgeClassLimit', () => {
  const fits = (...xs: [Verdict['best'], number][]) =>
    xs.map(([cls, err]) => ({ cls: cls!, err, coefNs: 1, interceptNs: 0 }));
  it('an inconclusive verdict still meets the limit when every plausible class does', () => {
    const v = { ...verdict(null), fits: fits(['O(n log n)', 0.05], ['O(n)', 0.06], ['O(n²)', 0.4]) };
    expect(judgeClassLimit(v, 'O(n log n)')).toMatchObject({
      outcome: 'met',
      text: expect.stringMatching(/^O\(n\) or O\(n log n\)/),
    });
    expect(judgeClassLimit(v, 'O(n)').outcome).toBe('unknown');
  });
  it('misses when every plausible class is worse', () => {
    const v = { ...verdict(null), fits: fits(['O(n²)', 0.05], ['O(n³)', 0.06], ['O(n)', 0.5]) };
    expect(judgeClassLimit(v, 'O(n log n)').outcome).toBe('missed');
  });
  it('without fits, an inconclusive verdict decides nothing', () => {
    expect(judgeClassLimit(verdict(null), 'O(n)').outcome).toBe('unknown');
  });
});

describe('a memory budget (Python labs)', () => {
  const lab: Lab = { ...baseLab, language: 'python', budget: { maxMemoryClass: 'O(1)' } };
  const memory = (label: 'O(1)' | 'O(n)' | 'inconclusive') => ({
    sizes: [],
    verdict: {
      cls: label === 'inconclusive' ? null : label,
      label,
      inconclusive: label === 'inconclusive',
      evidence: `evidence for ${label}`,
      growth: 1,
      slope: null,
      floorBytes: 1024,
    },
  });
  const run = (m?: ReturnType<typeof memory>) =>
    runState({ learner: { ...fastSeries().learner, ...(m ? { memory: m } : {}) } });

  it('passes when peak memory grows no faster than the budget', () => {
    const item = evaluateLab(lab, run(memory('O(1)'))).items.find((i) => i.id === 'memory')!;
    expect(item.pass).toBe(true);
    expect(item.reason).toContain('O(1)');
  });

  it('fails on faster growth, saying what was measured and what the budget allows', () => {
    const e = evaluateLab(lab, run(memory('O(n)')));
    const item = e.items.find((i) => i.id === 'memory')!;
    expect(e.passed).toBe(false);
    expect(item.reason).toMatch(/grows as O\(n\), worse than the budget's O\(1\)/);
  });

  it('fails when inconclusive or not measured', () => {
    expect(
      evaluateLab(lab, run(memory('inconclusive'))).items.find((i) => i.id === 'memory')?.reason,
    ).toMatch(/^Inconclusive/);
    expect(evaluateLab(lab, run()).items.find((i) => i.id === 'memory')?.reason).toMatch(/^Not measured/);
  });

  it('asks the runner for a memory pass, and says so in the budget', () => {
    expect(labRunRequest(lab, [['learner', 'x']]).memoryBudgetMs).toBeGreaterThan(0);
    expect(labRunRequest(baseLab, [['learner', 'x']]).memoryBudgetMs).toBeUndefined();
    expect(budgetLines(lab).join(' ')).toMatch(/Peak memory per call .* O\(1\)/);
  });
});
