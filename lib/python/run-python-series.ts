/**
 * runSeries for Python, plus one rule: when the series stops (budget) before it has MIN_SIZES sizes,
 * the sizes below its ladder in LOWER_SIZES are measured too. Python runs 30–100× slower than
 * JavaScript, so quadratic code reaches only n = 1000 within a 1 s budget: from 100 that is three sizes,
 * too few for a verdict; with 10 and 30 it is five. They are not on the ladder from the start because
 * tiny inputs sit in the fastest caches and make constant-time code look like it grows (measured here:
 * a dict lookup loop was called O(log n) when the ladder started at 10).
 */
import { MIN_SIZES } from '@/lib/complexity/verdict';
import { runSeries, type SeriesOutcome, type SeriesTask } from '@/lib/measure/run-series';

export const LOWER_SIZES: readonly number[] = [10, 30];

export function runPythonSeries(
  task: SeriesTask,
  lowerSizes: readonly number[] = LOWER_SIZES,
): SeriesOutcome {
  const out = runSeries(task);
  const first = task.sizes[0];
  if (out.rejectedAt !== undefined || !out.stop || out.results.length >= MIN_SIZES || first === undefined) {
    return out;
  }
  const lower = lowerSizes.filter((n) => n < first);
  if (lower.length === 0) return out;
  const extra = runSeries({ ...task, sizes: lower, onStopped: undefined });
  if (extra.rejectedAt !== undefined) return { ...out, rejectedAt: extra.rejectedAt };
  return { ...out, results: [...extra.results, ...out.results] };
}
