/** Small statistics helpers used by the measuring loop and the fitting. */

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function minOf(xs: readonly number[]): number {
  return xs.reduce((m, x) => (x < m ? x : m), Infinity);
}

export function maxOf(xs: readonly number[]): number {
  return xs.reduce((m, x) => (x > m ? x : m), -Infinity);
}

/** Medians of consecutive rounds (the samples split into `rounds` nearly equal runs, in order). */
export function roundMedians(samples: readonly number[], rounds = 3): number[] {
  const k = Math.min(rounds, samples.length);
  const out: number[] = [];
  for (let r = 0; r < k; r++) {
    const from = Math.floor((r * samples.length) / k);
    const to = Math.floor(((r + 1) * samples.length) / k);
    out.push(median(samples.slice(from, to)));
  }
  return out;
}

/** Rounds whose medians disagree by more than this factor make a size "unstable". */
export const UNSTABLE_RATIO = 1.3;

export function isUnstable(samples: readonly number[], ratio = UNSTABLE_RATIO): boolean {
  if (samples.length < 3) return false;
  const meds = roundMedians(samples);
  const lo = minOf(meds);
  return lo > 0 ? maxOf(meds) / lo > ratio : maxOf(meds) > 0;
}

/** Seeded PRNG (mulberry32): same seed, same sequence, on every machine. Returns [0, 1). */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
