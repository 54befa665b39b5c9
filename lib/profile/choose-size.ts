/**
 * Which size to profile by default. The probes make a call slower (2× for code that spends its time in
 * builtins, up to a few hundred × for code that calls tiny functions in a tight loop: a clock read costs
 * far more than `(a, b) => a + b`), and the profiler repeats a call until it has enough to measure, so the
 * largest size a run reached can take minutes under the profiler. The default is the largest measured
 * size whose plain call stays within `maxPlainMs` (large enough for the hot line to stand out, small
 * enough that one instrumented call takes about a second at worst); the learner can still pick any other.
 */

export interface MeasuredSize {
  n: number;
  /** Plain time per call at n, ns (the run's median). */
  medianNs: number;
}

/** Plain time per call the default size stays within, ms. */
export const DEFAULT_MAX_PLAIN_MS = 10;

/** The default size to profile, or null when nothing was measured. */
export function defaultProfileSize(
  measured: readonly MeasuredSize[],
  maxPlainMs = DEFAULT_MAX_PLAIN_MS,
): number | null {
  const sizes = measured.filter((m) => Number.isFinite(m.medianNs)).sort((a, b) => a.n - b.n);
  if (sizes.length === 0) return null;
  let chosen = sizes[0] as MeasuredSize;
  for (const m of sizes) if (m.medianNs <= maxPlainMs * 1e6) chosen = m;
  return chosen.n;
}
