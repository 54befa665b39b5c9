/**
 * A memory class from the peak memory of one call at each size (Python: tracemalloc, above what was
 * allocated before the call). Deterministic: peaks are counted bytes, not timings, so there is no
 * resampling; the evidence sentence carries the figures.
 *
 * The rules, in order:
 * 1. At least MEMORY_MIN_SIZES sizes over at least two decades, or inconclusive.
 * 2. A noise floor: the interpreter allocates a few hundred bytes in any call (a frame's objects, an
 *    int result; measured in Pyodide: 0–260 B for an empty call and for a generator summed, at every n).
 *    Growth is measured with peaks raised to the floor, so noise below it reads as flat. When every
 *    peak is under it, that is O(1) if the sizes reach FLOOR_ONLY_MIN_N (below that, a fraction of a
 *    byte per item could still hide under the floor).
 * 3. Otherwise bytes ≈ a + b·f(n) is fitted for O(1), O(n) and O(n²) with the fitting of the time
 *    verdict (fit.ts: robust, on relative error, the simpler model preferred within 15%), on the sizes
 *    whose peak is at least FIT_FLOOR_MULTIPLE floors (at least three over a decade; with fewer, a peak
 *    that levelled off is O(1) and anything else inconclusive). A fit worse than
 *    MAX_FIT_ERR is inconclusive; so is a "constant" that still grew more than CONSTANT_MAX_GROWTH× over
 *    the top two decades of sizes (a bounded cache that fills up at small n and then levels off is O(1)).
 * 4. O(n log n) is named over O(n) only when it fits NLOGN_MARGIN times better (allocators alone move
 *    peaks by up to 2×), and O(n²) only when O(n log n) fits clearly worse; otherwise "more than linear".
 */
import { formatBytes } from '@/lib/format/format';
import type { MemoryClass, MemoryVerdict } from '@/lib/runner/protocol';
import { chooseFit, fitModel, logLogSlope, type ModelFit } from './fit';
import { POLY_MODELS } from './models';

export type { MemoryClass, MemoryVerdict };

export interface MemoryPoint {
  n: number;
  /** Peak bytes of one call above its starting point. */
  peakBytes: number;
}

export const MEMORY_MIN_SIZES = 4;
export const MEMORY_MIN_SPAN = 100;
export const DEFAULT_FLOOR_BYTES = 1024;
export const FLOOR_ONLY_MIN_N = 10_000;
export const MAX_FIT_ERR = 0.5;
/** Classes are fitted on the sizes whose peak is at least this many floors. */
export const FIT_FLOOR_MULTIPLE = 4;
/** O(n log n) is named over O(n) only when it fits this many times better. */
export const NLOGN_MARGIN = 2;
/** O(1): over the top TOP_SPAN of the sizes (two decades), the peak grew at most this much. */
export const CONSTANT_MAX_GROWTH = 3;
export const TOP_SPAN = 100;
/** The slope in the evidence is taken over the top SLOPE_SPAN of the sizes (a decade and a half). */
export const SLOPE_SPAN = 30;
/** Between O(n log n) and O(n²), the runner-up must fit at least this much worse to name the class. */
export const SUPERLINEAR_MARGIN = 1.5;

const MODELS = POLY_MODELS.filter((m) => ['O(1)', 'O(n)', 'O(n log n)', 'O(n²)'].includes(m.cls));

const fmtN = (n: number) => n.toLocaleString('en-US');
const fmtX = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(x >= 10 ? 0 : 1));

export function makeMemoryVerdict(
  input: readonly MemoryPoint[],
  options: { floorBytes?: number } = {},
): MemoryVerdict {
  const floor = Math.max(1, options.floorBytes ?? DEFAULT_FLOOR_BYTES);
  const byN = new Map<number, number>();
  for (const p of input) {
    if (Number.isFinite(p.n) && p.n > 0 && Number.isFinite(p.peakBytes))
      byN.set(p.n, Math.max(0, p.peakBytes));
  }
  const pts = [...byN].map(([n, b]) => ({ n, b })).sort((x, y) => x.n - y.n);
  const first = pts[0];
  const last = pts.at(-1);
  const growth = first && last ? Math.max(last.b, floor) / Math.max(first.b, floor) : 1;
  const nMax = last?.n ?? 0;
  const slope = logLogSlope(
    pts
      .filter((p) => p.n >= nMax / SLOPE_SPAN && p.b >= FIT_FLOOR_MULTIPLE * floor)
      .map((p) => ({ n: p.n, t: p.b })),
  );
  const base = { growth, slope, floorBytes: floor };
  const inconclusive = (evidence: string): MemoryVerdict => ({
    cls: null,
    label: 'inconclusive',
    inconclusive: true,
    evidence,
    ...base,
  });
  if (!first || !last || pts.length < MEMORY_MIN_SIZES) {
    return inconclusive(`only ${pts.length} size(s) measured; at least ${MEMORY_MIN_SIZES} are needed`);
  }
  const range = `from n = ${fmtN(first.n)} to ${fmtN(last.n)}`;
  if (last.n / first.n < MEMORY_MIN_SPAN) {
    return inconclusive(`sizes ${fmtN(first.n)}…${fmtN(last.n)} are too close together to tell growth apart`);
  }
  const maxPeak = Math.max(...pts.map((p) => p.b));
  if (maxPeak <= floor) {
    if (last.n < FLOOR_ONLY_MIN_N) {
      return inconclusive(
        `the peak stayed under ${formatBytes(floor)} (interpreter noise) ${range}, but sizes this small ` +
          'cannot rule out a fraction of a byte per item',
      );
    }
    const verdict: MemoryVerdict = {
      cls: 'O(1)',
      label: 'O(1)',
      inconclusive: false,
      evidence: `the peak stayed under ${formatBytes(floor)} (interpreter noise) at every size ${range}`,
      ...base,
    };
    return verdict;
  }
  // Fitted on the sizes well above the floor: near it, freelists and small-object caches make peaks
  // smaller than the trend (measured in Pyodide: a list comprehension of n ints peaks at 5.6 B per item at
  // n = 100 and 20–23 B per item from 1000 up).
  const upper = pts.filter((p) => p.b >= FIT_FLOOR_MULTIPLE * floor);
  const lo = Math.min(...pts.map((p) => p.b));
  // The top two decades decide "constant": a bounded cache fills up at small n, then levels off.
  const top = pts.filter((p) => p.n >= nMax / TOP_SPAN);
  const topFirst = top[0]!;
  const topGrowth = Math.max(last.b, floor) / Math.max(topFirst.b, floor);
  const levelled = topGrowth <= CONSTANT_MAX_GROWTH;
  const flat = (): MemoryVerdict => ({
    cls: 'O(1)',
    label: 'O(1)',
    inconclusive: false,
    evidence:
      growth <= CONSTANT_MAX_GROWTH
        ? `the peak stayed between ${formatBytes(lo)} and ${formatBytes(maxPeak)} ${range}`
        : `the peak levelled off: ${formatBytes(topFirst.b)} at n = ${fmtN(topFirst.n)}, ` +
          `${formatBytes(last.b)} at n = ${fmtN(last.n)} (${formatBytes(first.b)} at n = ${fmtN(first.n)})`,
    ...base,
  });
  const slopeText = slope === null ? '' : `; slope ${slope.toFixed(2)} on log–log`;
  const grew = `the peak grew ${fmtX(growth)}× ${range} (${formatBytes(first.b)} → ${formatBytes(last.b)})`;
  const upperFirst = upper[0];
  const upperLast = upper.at(-1);
  if (!upperFirst || !upperLast || upper.length < 3 || upperLast.n / upperFirst.n < 10) {
    if (levelled && last.n >= FLOOR_ONLY_MIN_N) return flat();
    return inconclusive(
      `${grew}, but it rose well above the interpreter's noise at only ${upper.length} size(s)`,
    );
  }
  const points = upper.map((p) => ({ n: p.n, t: p.b }));
  const fits = MODELS.map((m) => fitModel(points, m));
  const fit = (cls: MemoryClass) => fits.find((f) => f.cls === cls)!;
  const best = chooseFit(fits.filter((f) => f.cls !== 'O(n log n)'));
  if (best.err > MAX_FIT_ERR) return inconclusive(`${grew}, in a pattern no class fits well${slopeText}`);
  if (best.cls === 'O(1)') {
    if (!levelled) return inconclusive(`${grew}, but not in a pattern a class fits${slopeText}`);
    return flat();
  }
  const nlogn = fit('O(n log n)');
  const named = (cls: MemoryClass, extra: Partial<MemoryVerdict> = {}): MemoryVerdict => ({
    cls,
    label: cls,
    inconclusive: false,
    evidence: `${grew}${slopeText}${cls === 'O(n)' ? `; about ${fmtX(best.b)} bytes per item` : ''}`,
    ...base,
    ...extra,
  });
  if (best.cls === 'O(n)') {
    // The log factor is named only when it fits far better: allocators alone move peaks by up to 2×.
    const square = fit('O(n²)');
    if (nlogn.err * NLOGN_MARGIN < best.err && isClear(nlogn, [square])) return named('O(n log n)');
    return named('O(n)', { bytesPerItem: best.b });
  }
  if (isClear(best, [nlogn])) return named(best.cls as MemoryClass);
  return { ...named('O(n²)'), cls: null, label: 'more than linear' };
}

/** `best` fits clearly better than every other candidate. */
function isClear(best: ModelFit, others: readonly ModelFit[]): boolean {
  return others.every((f) => f.cls === best.cls || f.err >= best.err * SUPERLINEAR_MARGIN + 0.01);
}
