import { describe, expect, it } from 'vitest';
import type { WorkerToPage } from './protocol';
import { applyMessage, endRun, refusedRun, startRun, type RunState } from './run-state';

const RUN = 3;
const begin = (): RunState =>
  startRun(
    [
      { id: 'learner', label: 'Your code' },
      { id: 'reference', label: 'Reference fix' },
    ],
    1000,
  );
const fold = (msgs: WorkerToPage[], s = begin()) => msgs.reduce(applyMessage, s);

describe('the run reducer keeps every fact in the protocol’s own types', () => {
  it('keeps a series stop exactly as the worker sent it', () => {
    const s = fold([
      {
        type: 'stopped',
        runId: RUN,
        series: 'learner',
        atN: 100_000,
        reason: 'budget',
        elapsedMs: 812,
        detail: 'predicted',
        predictedCallMs: 950,
      },
    ]);
    expect(s.series[0]?.stop).toEqual({
      atN: 100_000,
      reason: 'budget',
      elapsedMs: 812,
      detail: 'predicted',
      predictedCallMs: 950,
    });
    expect(s.series[1]?.stop).toBeNull();
  });

  it('keeps the mismatch, the error and the harness checks', () => {
    const check = { id: 'walk', label: 'Walks every page', pass: false, detail: 'Missed 3 rows.' };
    const s = fold([
      { type: 'mismatch', runId: RUN, n: 300, inputPreview: 'n = 300', expected: '[1]', actual: '[2]' },
      { type: 'error', runId: RUN, series: 'learner', name: 'TypeError', message: 'x is undefined', line: 4 },
      { type: 'done', runId: RUN, elapsedMs: 20, checks: [check], checksError: 'boom' },
    ]);
    expect(s.mismatch).toEqual({ n: 300, inputPreview: 'n = 300', expected: '[1]', actual: '[2]' });
    expect(s.error).toEqual({ series: 'learner', name: 'TypeError', message: 'x is undefined', line: 4 });
    expect(s.checks).toEqual([check]);
    expect(s.checksError).toBe('boom');
    expect(s.phase).toBe('error');
  });

  it('ends a run with a mismatch as an error, and a clean one as done', () => {
    const done = { type: 'done', runId: RUN, elapsedMs: 5 } as const;
    expect(endRun(fold([done]), { status: 'done', elapsedMs: 5 }).phase).toBe('done');
    const mm = fold([
      { type: 'mismatch', runId: RUN, n: 1, inputPreview: '', expected: '1', actual: '2' },
      done,
    ]);
    expect(endRun(mm, { status: 'done', elapsedMs: 5 }).phase).toBe('error');
    expect(endRun(begin(), { status: 'cancelled' })).toMatchObject({ phase: 'stopped', reason: 'cancelled' });
  });

  it('refuses a run whose code has problems, marking only the learner’s own code', () => {
    const labels = begin().series.map(({ id, label }) => ({ id, label }));
    const problems = [{ line: 2, column: 5, message: 'Syntax error: Unexpected token.' }];
    const mine = refusedRun(labels, 1000, 'learner', problems);
    expect(mine).toMatchObject({
      phase: 'error',
      problems,
      error: { series: 'learner', line: 2, column: 5 },
    });
    expect(mine.error?.message).toBe('Syntax error: Unexpected token. Fix the marked line, then press Run.');
    expect(refusedRun(labels, 1000, 'reference', problems).problems).toEqual([]);
  });

  it('keeps Python load progress, memory sizes (replaced by n) and the memory verdict per series', () => {
    const verdict = {
      cls: 'O(n)' as const,
      label: 'O(n)' as const,
      inconclusive: false,
      evidence: 'the peak grew 100×',
      growth: 100,
      slope: 1,
      floorBytes: 1024,
      bytesPerItem: 8,
    };
    const s = fold([
      { type: 'python-load', runId: RUN, phase: 'download', loadedBytes: 5, totalBytes: 10, elapsedMs: 3 },
      { type: 'python-load', runId: RUN, phase: 'ready', loadedBytes: 10, totalBytes: 10, elapsedMs: 9 },
      {
        type: 'memory',
        runId: RUN,
        series: 'learner',
        result: { n: 1000, peakBytes: 9000, retainedBytes: 0 },
      },
      { type: 'memory', runId: RUN, series: 'learner', result: { n: 100, peakBytes: 900, retainedBytes: 0 } },
      {
        type: 'memory',
        runId: RUN,
        series: 'learner',
        result: { n: 1000, peakBytes: 8000, retainedBytes: 0 },
      },
      { type: 'memory-verdict', runId: RUN, series: 'learner', verdict, stoppedAt: 10_000 },
    ]);
    expect(s.pythonLoad).toEqual({ phase: 'ready', loadedBytes: 10, totalBytes: 10, elapsedMs: 9 });
    expect(s.phase).toBe('starting'); // loading is not measuring yet
    expect(s.series[0]?.memory).toEqual({
      sizes: [
        { n: 100, peakBytes: 900, retainedBytes: 0 },
        { n: 1000, peakBytes: 8000, retainedBytes: 0 },
      ],
      verdict,
      stoppedAt: 10_000,
    });
    expect(s.series[1]?.memory).toBeNull();
  });
});
