import type { SeriesStop, SizeResult } from '@/lib/runner/protocol';
import { makeBatchRunner, type BatchRunner } from './batch-runner';
import { measureSize, type SizeSettings } from './measure-size';
import { MIN_CALLS_PER_SIZE, predictNextCallMs } from './predict-next';
import { MAX_SECOND_LOOKS, findSpikes, keepFaster } from './second-look';
import { sink, type Clock } from './timer';

/** A size is only started when its predicted cost fits in this share of the budget (noise margin). */
export const BUDGET_SHARE = 0.8;

export interface SeriesTask {
  sizes: readonly number[];
  now: Clock;
  solve: (input: unknown) => unknown;
  makeInput: (n: number) => unknown;
  settings: SizeSettings;
  smallLadder: boolean;
  baselineNs?: number;
  mutatesInput?: boolean;
  /**
   * Times k calls itself and returns ms (with `inputs`, call i gets inputs[i]). A Python series loops in
   * Python, so the timed region never crosses into JavaScript per call. Default: a JavaScript loop.
   */
  timeBatch?: (input: unknown, k: number, inputs: readonly unknown[] | null) => number;
  /** Fingerprints an input to notice code that changes it (default: fingerprint.ts). */
  fingerprint?: (input: unknown) => number;
  counters?: { reset(): void; read(): Record<string, number> };
  /** Sees each size's first output; false stops the series (wrong answer). */
  checkOutput?: (n: number, output: unknown) => boolean;
  onSize?: (result: SizeResult) => void;
  onStopped?: (stop: SeriesStop) => void;
}

export interface SeriesOutcome {
  results: SizeResult[];
  stop?: SeriesStop;
  /** The size at which checkOutput said no. */
  rejectedAt?: number;
}

/** Measures sizes in ascending order until done, rejected or out of budget. Errors propagate. */
export function runSeries(task: SeriesTask): SeriesOutcome {
  const timeBatch = task.timeBatch;
  const run: BatchRunner = timeBatch
    ? (batch, input, inputs) => timeBatch(input, batch, inputs)
    : makeBatchRunner(task.solve, task.now, sink);
  const results: SizeResult[] = [];
  const t0 = task.now();
  let mutates = task.mutatesInput;
  const stopAt = (stop: Omit<SeriesStop, 'reason' | 'elapsedMs'>): SeriesOutcome => {
    const full: SeriesStop = { reason: 'budget', elapsedMs: task.now() - t0, ...stop };
    task.onStopped?.(full);
    return { results, stop: full };
  };
  // A throw-away pass at the smallest size first: the first size measured in a fresh loop runs code the
  // JIT has not settled yet (measured here: up to 2× slower for the whole size even after warm-up).
  const smallest = task.sizes[0];
  if (smallest !== undefined) {
    measureSize({
      n: smallest,
      now: task.now,
      run,
      solve: task.solve,
      makeInput: task.makeInput,
      settings: { ...task.settings, maxSamples: 3, minSamples: 3, budgetMs: task.settings.budgetMs / 4 },
      first: true,
      mutatesInput: task.mutatesInput,
      fingerprint: task.fingerprint,
    });
  }
  let last: { n: number; overheadMs: number } | null = null;
  const elapsedAt = new Map<number, number>();
  const measure = (n: number) =>
    measureSize({
      n,
      now: task.now,
      run,
      solve: task.solve,
      makeInput: task.makeInput,
      settings: task.settings,
      baselineNs: task.baselineNs,
      mutatesInput: mutates,
      fingerprint: task.fingerprint,
      counters: task.counters,
      checkOutput: task.checkOutput ? (o) => task.checkOutput!(n, o) : undefined,
    });
  for (const n of task.sizes) {
    if (results.length > 0) {
      const predictedCallMs = predictNextCallMs(results, n, task.smallLadder);
      // Building and checking the input grow about linearly with n.
      const overhead = last ? (last.overheadMs * n) / Math.max(last.n, 1) : 0;
      if (predictedCallMs * MIN_CALLS_PER_SIZE + overhead > task.settings.budgetMs * BUDGET_SHARE) {
        secondLook(results, elapsedAt, measure, task);
        return stopAt({ atN: n, detail: 'predicted', predictedCallMs });
      }
    }
    const out = measure(n);
    last = { n, overheadMs: out.overheadMs };
    if (out.rejected) return { results, rejectedAt: n };
    // Once a size is seen changing its input, later sizes rebuild inputs without re-checking.
    if (out.mutatesInput) mutates = true;
    if (out.result) {
      results.push(out.result);
      elapsedAt.set(n, out.elapsedMs);
      task.onSize?.(out.result);
    }
    if (out.overrun) {
      secondLook(results, elapsedAt, measure, task);
      return stopAt({ atN: n, detail: 'overrun' });
    }
  }
  secondLook(results, elapsedAt, measure, task);
  return { results };
}

/** A second look takes at most this share of the budget per size (it re-measures whole sizes). */
export const SECOND_LOOK_MAX_SHARE = 0.5;
/**
 * The smallest sizes are measured first, while the JIT may still be settling: in the engine bench at a
 * load average of 1.4–2.3, 4 of 20 sort runs had their 100–1000 sizes 1.6–2× slower than the other runs
 * (sort numbers: 13, 52, 234 µs against 8, 32, 126), which flattened the time per item the O(n) vs
 * O(n log n) rule reads there and turned 3 of them O(n). They are cheap, so after the ladder the
 * smallest REVISIT_SMALLEST sizes are always measured again (each only if it took at most
 * REVISIT_MAX_SHARE of the budget), before the spike search.
 */
export const REVISIT_SMALLEST = 3;
export const REVISIT_MAX_SHARE = 0.25;

/**
 * Measures again the smallest sizes and then the sizes that stand out from their neighbours
 * (second-look.ts), keeping the faster measurement of each, replacing the result in place and reporting
 * it again (the page replaces a size by n). Only sizes that took at most half the budget are redone, so
 * a second look never risks an overrun.
 */
function secondLook(
  results: SizeResult[],
  elapsedAt: ReadonlyMap<number, number>,
  measure: (n: number) => ReturnType<typeof measureSize>,
  task: SeriesTask,
): void {
  if (task.smallLadder) return;
  const budget = task.settings.budgetMs;
  const again = (n: number) => {
    const out = measure(n);
    const i = results.findIndex((r) => r.n === n);
    const first = results[i];
    if (!out.result || out.rejected || !first) return;
    const kept = keepFaster(first, out.result);
    results[i] = kept;
    task.onSize?.(kept);
  };
  const done = new Set<number>();
  for (const r of results.slice(0, REVISIT_SMALLEST)) {
    if ((elapsedAt.get(r.n) ?? Infinity) > budget * REVISIT_MAX_SHARE) break;
    done.add(r.n);
    again(r.n);
  }
  for (let look = 0; look < MAX_SECOND_LOOKS; look++) {
    const spike = findSpikes(results).find(
      (s) => !done.has(s.n) && (elapsedAt.get(s.n) ?? Infinity) <= budget * SECOND_LOOK_MAX_SHARE,
    );
    if (!spike) return;
    done.add(spike.n);
    again(spike.n);
  }
}
