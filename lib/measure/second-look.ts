import type { SizeResult } from '@/lib/runner/protocol';

/**
 * A second look at sizes that stand out from their neighbours.
 *
 * Other programs on the machine only ever add time, and they come in bursts: a build or a browser tab
 * that wakes for 100 ms lands on one size of the ladder (a size samples for ~60 ms), so its median comes
 * out 20–100% high while the sizes either side are clean. Measured with the engine bench under a load
 * average of 5–6 on 2 cores: in 256 runs, 9 verdicts went wrong or inconclusive, and most of them had
 * exactly one such spike (e.g. Map.get at 10k entries 9.6 µs between 5.7 µs at 3k and 7.4 µs at 30k).
 *
 * Every growth class in the fit is a smooth curve on a log–log chart, so a size is suspect when its time
 * lies well above the straight line through its two neighbours (log–log interpolation; the first size
 * is compared with the second, since no class gets faster as n grows). Suspects are measured again and the lower of the two medians is
 * kept: interference cannot make code faster, so the lower one is the better estimate, and a real bump
 * (a cache boundary) simply measures the same again. The kept result records both medians.
 */

/** A size is suspect when its median is this many times the neighbours' line (or more). */
export const SPIKE_RATIO = 1.15;
/** At most this many sizes get a second look per series. */
export const MAX_SECOND_LOOKS = 3;

export interface Spike {
  n: number;
  /** Median / the neighbours' line. */
  ratio: number;
}

const ln = Math.log;

/** Expected time at n from the log–log line through (n1, t1) and (n2, t2). */
function onLine(n1: number, t1: number, n2: number, t2: number, n: number): number {
  const slope = (ln(t2) - ln(t1)) / (ln(n2) - ln(n1));
  return Math.exp(ln(t1) + slope * (ln(n) - ln(n1)));
}

/** Sizes whose median sits at least SPIKE_RATIO above their neighbours' line, worst first. */
export function findSpikes(results: readonly SizeResult[], ratio = SPIKE_RATIO): Spike[] {
  const r = [...results].filter((x) => x.medianNs > 0 && x.n > 0).sort((a, b) => a.n - b.n);
  const out: Spike[] = [];
  for (let i = 0; i < r.length; i++) {
    const cur = r[i]!;
    let expected: number | undefined;
    if (i > 0 && i < r.length - 1) {
      const a = r[i - 1]!;
      const b = r[i + 1]!;
      expected = onLine(a.n, a.medianNs, b.n, b.medianNs, cur.n);
    } else if (i === 0 && r.length >= 2) {
      // Extrapolating backwards would flag every curve that flattens into its fixed per-call cost at
      // small n; but no class gets faster as n grows, so the first size should not outrun the second.
      expected = r[1]!.medianNs;
    }
    if (expected !== undefined && expected > 0 && cur.medianNs / expected >= ratio) {
      out.push({ n: cur.n, ratio: cur.medianNs / expected });
    }
  }
  return out.sort((x, y) => y.ratio - x.ratio);
}

/** Of two measurements of the same size, keeps the faster one and notes the other's median. */
export function keepFaster(first: SizeResult, second: SizeResult): SizeResult {
  const secondLook = { firstMedianNs: first.medianNs, secondMedianNs: second.medianNs };
  return { ...(second.medianNs < first.medianNs ? second : first), secondLook };
}
