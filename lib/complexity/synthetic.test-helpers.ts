import type { SizeResult } from '@/lib/runner/protocol';
import { median, mulberry32 } from '@/lib/stats/stats';

export const LADDER = [100, 300, 1000, 3000, 10000, 30000, 100000, 300000, 1000000];

/** Synthetic measured sizes: `samples` noisy samples (±noise, multiplicative, seeded) of time(n) ns. */
export function synth(
  sizes: readonly number[],
  time: (n: number) => number,
  { noise = 0.05, samples = 9, seed = 7 }: { noise?: number; samples?: number; seed?: number } = {},
): SizeResult[] {
  const rnd = mulberry32(seed);
  return sizes.map((n) => {
    const samplesNs = Array.from({ length: samples }, () => time(n) * (1 + noise * (2 * rnd() - 1)));
    const med = median(samplesNs);
    return {
      n,
      samplesNs,
      medianNs: med,
      minNs: Math.min(...samplesNs),
      maxNs: Math.max(...samplesNs),
      batch: 1,
      unstable: false,
      nearBaseline: false,
    };
  });
}
