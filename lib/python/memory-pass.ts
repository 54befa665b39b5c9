/**
 * The memory pass of a Python series: one traced call per size (tracemalloc), on a freshly built input,
 * after and apart from the timed pass (tracing slows every allocation, so its times are never timings).
 * Ascending sizes; stops before a size whose traced call is predicted to take longer than the budget.
 */
import type { Clock } from '@/lib/measure/timer';
import type { MemoryPeak, PythonSeries } from './load-python-series';

export interface MemorySize extends MemoryPeak {
  n: number;
}

export interface MemoryPassOptions {
  now: Clock;
  /** Wall time allowed for one size (building its input included), ms. */
  budgetMs: number;
  /** Sizes above this are not measured (e.g. the largest size the timed pass reached). */
  maxN?: number;
}

export interface MemoryPassResult {
  sizes: MemorySize[];
  /** The first size not measured (its predicted traced call would not fit the budget). */
  stoppedAt?: number;
}

/**
 * The traced call's time at n, from its log–log growth since the first size, clamped to [1, 3]. Over
 * the whole range rather than the last step: one call slowed by another program must not stop the pass.
 */
function predictMs(first: MemorySize | undefined, last: MemorySize, n: number): number {
  let slope = 1;
  if (first && first.ms > 0 && last.ms > 0 && last.n > first.n) {
    slope = Math.log(last.ms / first.ms) / Math.log(last.n / first.n);
  }
  slope = Math.min(3, Math.max(1, Number.isFinite(slope) ? slope : 1));
  return last.ms * Math.pow(n / last.n, slope);
}

function traced(series: Pick<PythonSeries, 'makeInput' | 'memoryPeak' | 'release'>, n: number): MemoryPeak {
  const input = series.makeInput(n);
  try {
    return series.memoryPeak(input);
  } finally {
    series.release(input);
  }
}

export function measureMemory(
  series: Pick<PythonSeries, 'makeInput' | 'memoryPeak' | 'release'>,
  sizes: readonly number[],
  { now, budgetMs, maxN = Infinity }: MemoryPassOptions,
  /** Sees each size as soon as it is measured (the worker posts it: progress for the page and its watchdog). */
  onSize?: (size: MemorySize) => void,
): MemoryPassResult {
  const out: MemorySize[] = [];
  for (const n of sizes) {
    const last = out.at(-1);
    if (n > maxN || (last && predictMs(out[0], last, n) > budgetMs)) return { sizes: out, stoppedAt: n };
    const t0 = now();
    const peak = traced(series, n);
    // A short call's time is noisy (one preemption can multiply it): it predicts the next sizes, so
    // short calls are timed twice and the faster kept. The peak is the first call's (a second call can
    // find caches the first filled).
    if (peak.ms < budgetMs / 100) peak.ms = Math.min(peak.ms, traced(series, n).ms);
    out.push({ n, ...peak });
    onSize?.({ n, ...peak });
    if (now() - t0 > budgetMs) {
      const next = sizes.find((m) => m > n);
      return next === undefined ? { sizes: out } : { sizes: out, stoppedAt: next };
    }
  }
  return { sizes: out };
}
