import { median, mulberry32 } from '@/lib/stats/stats';
import type { Point } from './fit';

export interface SampledSize {
  n: number;
  samplesNs: readonly number[];
}

/**
 * Bootstrap resamples: for each size, draw its samples with replacement and take the median. Seeded, so
 * the same measurements always give the same confidence.
 */
export function* resamples(sizes: readonly SampledSize[], count: number, seed = 12345): Generator<Point[]> {
  const rnd = mulberry32(seed);
  for (let b = 0; b < count; b++) {
    yield sizes.map((s) => {
      const k = s.samplesNs.length;
      const draw = Array.from({ length: k }, () => s.samplesNs[Math.floor(rnd() * k)] as number);
      return { n: s.n, t: median(draw) };
    });
  }
}

/** Share (0..1) of resamples for which `decide` returns the same label as `label`. */
export function agreement<T>(
  sizes: readonly SampledSize[],
  label: T,
  decide: (points: Point[]) => T,
  count = 200,
  seed = 12345,
): number {
  let same = 0;
  let total = 0;
  for (const pts of resamples(sizes, count, seed)) {
    total++;
    if (decide(pts) === label) same++;
  }
  return total === 0 ? 0 : same / total;
}
