import { describe, expect, it } from 'vitest';
import type { SizeResult, Verdict, WorkerToPage } from '@/lib/runner/protocol';
import {
  MAX_LOG_LINES,
  applyMessage,
  describeCrash,
  endRun,
  progressOf,
  startRun,
  type RunState,
} from '@/lib/runner/run-state';
import { caveats, predictionLines, tableRows, verdictHeadline } from './format-run';
import { pythonLoadFraction, statusText } from './status-text';
import { toChartSeries } from './chart-series';

const RUN = 7;

function size(n: number, medianNs: number, extra: Partial<SizeResult> = {}): WorkerToPage {
  return {
    type: 'size',
    runId: RUN,
    series: 'learner',
    result: {
      n,
      samplesNs: [medianNs * 0.9, medianNs, medianNs * 1.1],
      medianNs,
      minNs: medianNs * 0.9,
      maxNs: medianNs * 1.1,
      batch: 10,
      unstable: false,
      nearBaseline: false,
      ...extra,
    },
  };
}

const verdict: Verdict = {
  best: 'O(n²)',
  confidence: 0.934,
  inconclusive: false,
  reason: 'fits n² best',
  coefNs: 2,
  interceptNs: 0,
  predictions: [
    { n: 1_000_000, ns: 2e12 },
    { n: 10_000_000, ns: 2e14 },
  ],
};

function fold(msgs: WorkerToPage[]): RunState {
  return msgs.reduce(applyMessage, startRun([{ id: 'learner', label: 'Your code' }], 1000));
}

const started: WorkerToPage = {
  type: 'started',
  runId: RUN,
  sizes: [1000, 10_000, 100_000, 1_000_000],
  baselineNs: 1.5,
  timerResolutionNs: 5000,
};

describe('run state', () => {
  it('counts progress across sizes, and a budget stop finishes the series', () => {
    let s = fold([started, size(1000, 2e6)]);
    expect(s.phase).toBe('running');
    expect(progressOf(s)).toEqual({ done: 1, total: 4 });
    expect(statusText(s)).toBe('Running: size 2 of 4 (n = 10k)');
    s = fold([started, size(1000, 2e6), size(10_000, 2e8), size(100_000, 2e10)]);
    s = applyMessage(s, {
      type: 'stopped',
      runId: RUN,
      series: 'learner',
      atN: 1_000_000,
      reason: 'budget',
      elapsedMs: 0,
      detail: 'predicted',
      predictedCallMs: 2000,
    });
    expect(progressOf(s)).toEqual({ done: 4, total: 4 });
    s = applyMessage(s, { type: 'verdict', runId: RUN, series: 'learner', verdict });
    s = endRun(s, { status: 'done', elapsedMs: 1234 });
    expect(s.phase).toBe('done');
    expect(statusText(s)).toBe(
      'Done in 1.23 s: stopped at n = 1M (not measured: it was predicted to need more than the 1 s budget per size); larger sizes are predicted.',
    );
  });

  it('shows measured rows, then predictions labelled as such', () => {
    const s = fold([
      started,
      size(1000, 2e6),
      size(10_000, 2e8),
      { type: 'verdict', runId: RUN, series: 'learner', verdict },
    ]);
    const rows = tableRows(s.series);
    expect(rows.map((r) => [r.n, r.predicted])).toEqual([
      ['1k', false],
      ['10k', false],
      ['1M', true],
      ['10M', true],
    ]);
    expect(rows[0]).toMatchObject({ median: '2 ms', spread: '1.8 ms – 2.2 ms', perItem: '2 µs' });
    expect(rows[2]?.median).toBe('≈ 33 min');
    expect(rows[2]?.note).toContain('predicted');
    const preds = predictionLines(s.series[0]!, s.ladder);
    expect(preds.map((p) => p.text)).toEqual([
      'n = 1M: ≈ 33 min per call (predicted)',
      'n = 10M: ≈ 2.3 days per call (predicted)',
    ]);
    expect(verdictHeadline(verdict)).toBe('O(n²)');
  });

  it('never predicts from an inconclusive verdict', () => {
    const v: Verdict = { ...verdict, inconclusive: true, best: 'O(n)', confidence: 0.41 };
    const s = fold([started, size(1000, 5), { type: 'verdict', runId: RUN, series: 'learner', verdict: v }]);
    expect(verdictHeadline(v)).toBe('inconclusive');
    expect(predictionLines(s.series[0]!, s.ladder)).toEqual([]);
    expect(tableRows(s.series).every((r) => !r.predicted)).toBe(true);
    expect(toChartSeries(s.series)[0]?.predicted).toEqual([]);
  });

  it('flags sizes near the baseline and unstable sizes', () => {
    const s = fold([started, size(1000, 2, { nearBaseline: true }), size(10_000, 50, { unstable: true })]);
    const notes = caveats(s.series[0]!);
    expect(notes[0]).toMatch(/baseline at n = 1k/);
    expect(notes[1]).toMatch(/Unstable timings at n = 10k/);
  });

  it('replaces a size measured again, and the table says it was measured twice', () => {
    const look = { firstMedianNs: 9000, secondMedianNs: 6000 };
    const s = fold([started, size(1000, 9), size(3000, 20), size(1000, 6, { secondLook: look })]);
    expect(s.series[0]!.results.map((r) => r.n)).toEqual([1000, 3000]);
    const row = tableRows(s.series).find((r) => r.n === '1k' || r.n === '1,000')!;
    expect(row.note).toMatch(/measured twice: 9(\.0)? µs, then 6(\.0)? µs; kept the faster/);
  });

  it('keeps the learner error with its line, and explains watchdog stops and crashes', () => {
    let s = fold([
      started,
      {
        type: 'error',
        runId: RUN,
        series: 'learner',
        name: 'RangeError',
        message: 'Maximum call stack size exceeded',
        line: 5,
        column: 3,
      },
    ]);
    expect(s.phase).toBe('error');
    expect(statusText(s)).toBe('Error: RangeError: Maximum call stack size exceeded (line 5, column 3)');
    s = endRun(fold([started]), { status: 'stalled', silentMs: 1360 });
    expect(statusText(s)).toMatch(/^Stopped: no progress for 1\.4 s \(runaway code\?/);
    s = endRun(fold([started]), {
      status: 'crashed',
      message: 'Uncaught RangeError: Array buffer allocation failed',
    });
    expect(s.error?.message).toMatch(/^The code ran out of memory/);
    expect(describeCrash('Uncaught TypeError: x')).toBe('TypeError: x. A fresh worker has been started.');
    expect(statusText(endRun(fold([]), { status: 'cancelled' }))).toBe('Stopped: cancelled.');
  });

  it('keeps only the last log lines', () => {
    const logs: WorkerToPage[] = Array.from({ length: MAX_LOG_LINES + 5 }, (_, i) => ({
      type: 'log',
      runId: RUN,
      series: 'learner',
      text: `line ${i}`,
    }));
    const s = fold(logs);
    expect(s.logs).toHaveLength(MAX_LOG_LINES);
    expect(s.logs.at(-1)).toBe(`line ${MAX_LOG_LINES + 4}`);
  });

  it('draws the fit over measured sizes and the prediction from the last measured one', () => {
    const s = fold([
      started,
      size(1000, 2e6),
      size(10_000, 2e8),
      { type: 'verdict', runId: RUN, series: 'learner', verdict },
    ]);
    const [c] = toChartSeries(s.series);
    expect(c?.points).toEqual([
      { n: 1000, ns: 2e6 },
      { n: 10_000, ns: 2e8 },
    ]);
    expect(c?.fit).toEqual([
      { n: 1000, ns: 2e6 },
      { n: 10_000, ns: 2e8 },
    ]);
    expect(c?.predicted.map((p) => p.n)).toEqual([10_000, 1_000_000, 10_000_000]);
  });

  it('says where a Python load is, and then that memory is being measured', () => {
    const load = (phase: 'download' | 'compile' | 'start' | 'ready', loadedBytes = 0) =>
      ({
        type: 'python-load',
        runId: RUN,
        phase,
        loadedBytes,
        totalBytes: 12_300_000,
        elapsedMs: 5,
      }) as const;
    let s = fold([load('download', 4_100_000)]);
    expect(statusText(s)).toBe('Loading Python (once per page): downloaded 4.1 MB of 12 MB…');
    expect(pythonLoadFraction(s.pythonLoad!)).toBeCloseTo((0.7 * 4.1) / 12.3);
    expect(statusText(fold([load('start')]))).toBe(
      'Loading Python (once per page): starting the interpreter…',
    );
    expect(statusText(fold([load('ready')]))).toBe('Python is ready: loading your code…');
    s = fold([
      load('ready'),
      { type: 'started', runId: RUN, sizes: [100, 1000], baselineNs: 50, timerResolutionNs: 5000 },
      size(100, 1000),
      size(1000, 10_000),
      { type: 'verdict', runId: RUN, series: 'learner', verdict },
      { type: 'memory', runId: RUN, series: 'learner', result: { n: 100, peakBytes: 900, retainedBytes: 0 } },
    ]);
    expect(statusText(s)).toBe(
      'Running: measuring peak memory per call (its own pass, after the timing): n = 1k',
    );
  });
});
