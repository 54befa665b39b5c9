import type { SizeResult } from '@/lib/runner/protocol';

/**
 * Predicts one call's time (ms) at size `next` from the sizes measured so far, by the local slope of the
 * last (up to) three sizes, least squares: a power law on ordinary ladders (log–log slope), an exponential
 * on small-n ladders (slope of log time against n). Three points damp one noisy size; the slope is never
 * taken below 0. With a single size it assumes linear growth (doubling per step on small ladders). An
 * underestimate is caught afterwards: a size that runs over the budget stops the series too.
 */
export function predictNextCallMs(done: readonly SizeResult[], next: number, smallLadder: boolean): number {
  const last = done[done.length - 1];
  if (!last) return 0;
  const tLast = last.medianNs / 1e6;
  const recent = done.slice(-3);
  if (recent.length < 2) return smallLadder ? tLast * Math.pow(2, next - last.n) : tLast * (next / last.n);
  const xs = recent.map((r) => (smallLadder ? r.n : Math.log(r.n)));
  const ys = recent.map((r) => Math.log(Math.max(r.medianNs, 1e-9)));
  let slope = lsSlope(xs, ys);
  if (!Number.isFinite(slope) || slope < 0) slope = 0;
  return smallLadder ? tLast * Math.exp(slope * (next - last.n)) : tLast * Math.pow(next / last.n, slope);
}

function lsSlope(xs: readonly number[], ys: readonly number[]): number {
  const k = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / k;
  const my = ys.reduce((a, b) => a + b, 0) / k;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < k; i++) {
    const dx = (xs[i] as number) - mx;
    sxy += dx * ((ys[i] as number) - my);
    sxx += dx * dx;
  }
  return sxx > 0 ? sxy / sxx : 0;
}

/** A slow size needs at least this many calls: one checked call plus three samples (batch of one). */
export const MIN_CALLS_PER_SIZE = 4;
