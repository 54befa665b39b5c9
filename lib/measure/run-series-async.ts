/**
 * Measuring code whose timed call returns a promise (e.g. a batch of requests that should overlap). One awaited call per sample: these calls take milliseconds (simulated I/O), far above
 * any timer's resolution, so batching is not needed. Same rules as the synchronous engine otherwise:
 * inputs built outside the timing, a checked first call, counters read after it, several samples, a
 * per-size budget, and a stop (larger sizes predicted) when the next size would blow it.
 */
import type { SeriesStop, SizeResult } from '@/lib/runner/protocol';
import { isUnstable, maxOf, median, minOf } from '@/lib/stats/stats';
import type { Clock } from './timer';
import { MIN_CALLS_PER_SIZE, predictNextCallMs } from './predict-next';

export interface AsyncSeriesTask {
  sizes: readonly number[];
  now: Clock;
  solve: (input: unknown) => unknown;
  makeInput: (n: number) => unknown;
  /** Wall time allowed per size, ms. */
  budgetMs: number;
  minSamples?: number;
  maxSamples?: number;
  /** Sampling stops after this long once minSamples are in, ms. */
  samplingGoalMs?: number;
  counters?: { reset(): void; read(): Record<string, number> };
  checkOutput?: (n: number, output: unknown) => boolean;
  onSize?: (r: SizeResult) => void;
}

export interface AsyncSeriesOutcome {
  results: SizeResult[];
  stop?: SeriesStop;
  rejectedAt?: number;
}

export async function runSeriesAsync(task: AsyncSeriesTask): Promise<AsyncSeriesOutcome> {
  const minSamples = task.minSamples ?? 5;
  const maxSamples = task.maxSamples ?? 15;
  const goal = task.samplingGoalMs ?? 60;
  const results: SizeResult[] = [];
  const t0 = task.now();
  const timed = async (input: unknown) => {
    const s = task.now();
    const out = await task.solve(input);
    return { ms: task.now() - s, out };
  };
  for (const n of task.sizes) {
    if (results.length > 0) {
      const predictedCallMs = predictNextCallMs(results, n, false);
      if (predictedCallMs * MIN_CALLS_PER_SIZE > task.budgetMs) {
        return {
          results,
          stop: {
            atN: n,
            reason: 'budget',
            detail: 'predicted',
            predictedCallMs,
            elapsedMs: task.now() - t0,
          },
        };
      }
    }
    // Fresh input for every call: a request batch is consumed by serving it.
    task.counters?.reset();
    const first = await timed(task.makeInput(n));
    const counters = task.counters?.read();
    if (task.checkOutput && !task.checkOutput(n, first.out)) return { results, rejectedAt: n };
    const sizeStart = task.now();
    // A slow call has warmed itself; a quick one gets one untimed warm-up call.
    if (first.ms * MIN_CALLS_PER_SIZE < task.budgetMs / 2) await timed(task.makeInput(n));
    const samples: number[] = [];
    while (samples.length < maxSamples) {
      samples.push((await timed(task.makeInput(n))).ms * 1e6);
      const spent = task.now() - sizeStart + first.ms;
      if (samples.length >= 3 && spent > task.budgetMs) break;
      if (samples.length >= minSamples && spent >= goal) break;
    }
    const med = median(samples);
    const r: SizeResult = {
      n,
      samplesNs: samples,
      medianNs: med,
      minNs: minOf(samples),
      maxNs: maxOf(samples),
      batch: 1,
      unstable: isUnstable(samples),
      nearBaseline: false,
      ...(counters ? { counters } : {}),
    };
    results.push(r);
    task.onSize?.(r);
  }
  return { results };
}
