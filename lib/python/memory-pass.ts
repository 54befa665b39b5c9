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

/** A size is measured again when its traced call took this many times its trend's prediction... */
export const SURPRISE_FACTOR = 10;
/** ...and the prediction was under this share of the budget (a second look is then cheap). */
export const SURPRISE_BUDGET_SHARE = 4;

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
  const measure = (n: number) => {
    const t0 = now();
    const peak = traced(series, n);
    // A short call's time is noisy (one preemption can multiply it): it predicts the next sizes, so
    // short calls are timed twice and the faster kept. The peak is the first call's (a second call can
    // find caches the first filled).
    if (peak.ms < budgetMs / 100) peak.ms = Math.min(peak.ms, traced(series, n).ms);
    return { peak, wallMs: now() - t0 };
  };
  for (const n of sizes) {
    const last = out.at(-1);
    const expectedMs = last ? predictMs(out[0], last, n) : null;
    if (n > maxN || (expectedMs !== null && expectedMs > budgetMs)) return { sizes: out, stoppedAt: n };
    let m = measure(n);
    // A size far slower than its trend, while the trend says it is cheap, was most likely held up by
    // another program (seen in a browser on a busy machine: 0.2 ms calls taking 20 ms, and once a whole
    // size over the budget). Measured once more, the faster kept: a stall must not end the pass.
    if (
      expectedMs !== null &&
      expectedMs < budgetMs / SURPRISE_BUDGET_SHARE &&
      (m.wallMs > budgetMs || m.peak.ms > SURPRISE_FACTOR * Math.max(expectedMs, 0.05))
    ) {
      const again = measure(n);
      if (again.peak.ms < m.peak.ms) m = { peak: { ...m.peak, ms: again.peak.ms }, wallMs: again.wallMs };
    }
    const peak = m.peak;
    out.push({ n, ...peak });
    onSize?.({ n, ...peak });
    if (m.wallMs > budgetMs) {
      const next = sizes.find((m) => m > n);
      return next === undefined ? { sizes: out } : { sizes: out, stoppedAt: next };
    }
  }
  return { sizes: out };
}
