import type { ComplexityClass } from '@/lib/runner/protocol';
import {
  FEW_SIZES,
  SIMPLER_WITHIN,
  SIMPLER_WITHIN_FEW,
  chooseFit,
  fitAll,
  fitModel,
  logLogSlope,
  type ModelFit,
  type Point,
} from './fit';
import { POLY_MODELS, isSmallLadder } from './models';

/**
 * How a set of (n, time) points is classified — the rules, in order, and why.
 *
 * 1. Bounded or unbounded growth. Take G = time at the top of the ladder / time at the bottom (each the
 *    geometric mean of two sizes, to damp noise). A hash lookup or an array read costs more per call as
 *    the data outgrows each CPU cache: measured here in V8, Map.get of a random key goes from ~25 ns at
 *    100 entries to ~250–400 ns at 1M (Set.has alike), and one binary search from ~45 ns to ~400 ns. A
 *    memory hierarchy multiplies the cost of an access by a bounded factor (L1 → DRAM, roughly 10–30×),
 *    while any algorithm that touches a fixed share of n items grows by ~n itself: 10 000× over the default
 *    ladder. So when G < min(40, √(n_max/n_min)) the growth is "bounded" and only O(1) and O(log n) are
 *    candidates; otherwise O(1) and O(log n) are excluded. This is what keeps Map.get out of O(n).
 * 2. Bounded: O(1) or O(log n)? Beyond the caches both grow for the same reason (misses), so that part of
 *    the ladder cannot tell them apart. The decision uses the cache-resident sizes (n ≤ 10 000: a few
 *    hundred KB, within a typical L2) where a hash lookup is flat and a binary search still gains a step
 *    per doubling. O(1) and O(log n) are fitted there; O(log n) is claimed only when it fits clearly better
 *    AND its fitted rise across those sizes is at least LOG_MIN_RISE (pure log₂ n doubles from 100 to 10k).
 *    A rise between FLAT_MAX_RISE and LOG_MIN_RISE is too weak to tell (inconclusive); below it, O(1).
 *    Consequence: Map.get may come out O(1) or inconclusive, never O(log n) or worse, and a binary search
 *    whose own work dominates its per-call overhead comes out O(log n).
 * 3. Unbounded: fit O(n), O(n log n), O(n²), O(n³) (and O(2ⁿ) on small-n ladders) as a + b·f(n) by
 *    robust least squares and prefer the simplest within 15% of the best (30% with five sizes or fewer:
 *    a series stopped early has one noisy size weighing a lot) (fit.ts).
 * 4. If that is O(n log n), the small sizes get a say: when they show no log factor, it is O(n) whose time
 *    per item grows beyond the caches (see below). Only in that direction: memory effects make linear code
 *    look steeper, never a sort look linear, and small sizes alone are the noisiest part of the ladder.
 */

export const BOUNDED_GROWTH_MAX = 40;
export const CACHE_RESIDENT_MAX_N = 10_000;
/**
 * Linear passes touch every item (often a separate heap object), so their working set leaves L2 sooner:
 * counting words in a Map already cost 30% more per item at 10k than at 3k here. Rule 4 uses n ≤ 3000.
 */
export const LINEAR_RESIDENT_MAX_N = 3_000;
/**
 * Rule 4's test: from 300 to 3000 items, n log n raises the time per item by log 3000 / log 300 ≈ 1.4×
 * (sorts measured here: 2–2.3×, caches included); linear code stays within ±5% or falls as overhead
 * is spread. Below this rise, O(n).
 */
export const PER_ITEM_RISE_MIN = 1.2;
export const LOG_MIN_RISE = 1.45;
export const FLAT_MAX_RISE = 1.2;
/**
 * A logarithm rises a little at every step of the ladder (log₂ n from 300 to 10k: +19%, +15%, +14%).
 * When one step between neighbouring sizes carries more than this share of the rise (in log terms,
 * against the sum of the rising steps), the rise is a jump: a cache boundary, or sizes slowed by other
 * programs sharing the CPU and its caches. Measured with the engine bench under a load average of 5–6
 * on 2 cores (416 runs): Map.get with 1000 lookups went 5.0, 8.3, 9.2, 9.6 µs from 300 to 10k (77% of
 * its rise in one step) and was called O(log n) 3 times in 16 runs; with this rule, 0 times. The cost:
 * under that load, noisy binary searches turn inconclusive more often (O(log n) right 86% → 72%).
 */
export const SINGLE_STEP_MAX_SHARE = 0.7;

export type Classification =
  | {
      cls: ComplexityClass;
      fit: ModelFit;
      fits: ModelFit[];
      bounded: boolean;
      /** Linear, but the time per item rises at large n (caches): the whole ladder looked steeper. */
      memoryRise?: boolean;
    }
  | { cls: null; why: string; fits: ModelFit[]; bounded: boolean };

const byN = (a: Point, b: Point) => a.n - b.n;

/** Ratio of time at the top of the ladder to the bottom (geometric means of two sizes each). */
export function growthRatio(points: readonly Point[]): number {
  const p = [...points].sort(byN);
  const k = p.length >= 4 ? 2 : 1;
  const gm = (xs: Point[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x.t), 0) / xs.length);
  return gm(p.slice(-k)) / gm(p.slice(0, k));
}

export function boundedGrowthLimit(points: readonly Point[]): number {
  const ns = points.map((x) => x.n);
  const span = Math.max(...ns) / Math.min(...ns);
  return Math.min(BOUNDED_GROWTH_MAX, Math.sqrt(span));
}

/** The sizes used to tell O(1) from O(log n): cache-resident ones, else the lower half of the ladder. */
export function lowerPart(points: readonly Point[], maxN = CACHE_RESIDENT_MAX_N): Point[] {
  const p = [...points].sort(byN);
  const resident = p.filter((x) => x.n <= maxN);
  const first = p[0];
  const okResident = resident.length >= 3 && first && (resident.at(-1)?.n ?? 0) / first.n >= 10;
  if (okResident) return resident;
  return p.slice(0, Math.max(3, Math.ceil(p.length / 2)));
}

function classifyBounded(points: readonly Point[]): Classification {
  const low = lowerPart(points);
  const flat = fitModel(low, POLY_MODELS[0]!);
  const log = fitModel(low, POLY_MODELS[1]!);
  const fitsAll = POLY_MODELS.slice(0, 2).map((m) => fitModel(points, m));
  const pick = chooseFit([flat, log]);
  const nLo = low[0]!.n;
  const nHi = low.at(-1)!.n;
  const rise = (log.a + log.b * Math.log2(Math.max(nHi, 2))) / (log.a + log.b * Math.log2(Math.max(nLo, 2)));
  const full = (cls: ComplexityClass) => fitsAll.find((f) => f.cls === cls)!;
  if (pick.cls === 'O(1)' || rise < FLAT_MAX_RISE) {
    return { cls: 'O(1)', fit: full('O(1)'), fits: fitsAll, bounded: true };
  }
  if (rise >= LOG_MIN_RISE) {
    const jump = singleStep(low);
    if (!jump) return { cls: 'O(log n)', fit: full('O(log n)'), fits: fitsAll, bounded: true };
    if (jump.restRise < FLAT_MAX_RISE)
      return { cls: 'O(1)', fit: full('O(1)'), fits: fitsAll, bounded: true };
    return {
      cls: null,
      why:
        `time jumps once, between n = ${jump.from} and ${jump.to}, instead of rising step by step: that is ` +
        'a cache boundary or a disturbed size, not clearly a logarithm',
      fits: fitsAll,
      bounded: true,
    };
  }
  return {
    cls: null,
    why:
      'time rises only slightly with n: that fits O(log n) and also O(1) slowed by cache misses, ' +
      'and these sizes cannot tell them apart',
    fits: fitsAll,
    bounded: true,
  };
}

/**
 * The biggest rise between neighbouring sizes, when it carries more than SINGLE_STEP_MAX_SHARE of the
 * whole rise (the smallest size is left out when there are four or more: it carries leftover JIT
 * warm-up), with the rise that remains without it.
 */
export function singleStep(low: readonly Point[]): { from: number; to: number; restRise: number } | null {
  const p = [...low].sort(byN);
  const use = p.length >= 4 ? p.slice(1) : p;
  if (use.length < 3) return null;
  let total = 0;
  let up = 0;
  let max = -Infinity;
  let at = 0;
  for (let i = 1; i < use.length; i++) {
    const step = Math.log(use[i]!.t / use[i - 1]!.t);
    total += step;
    if (step > 0) up += step;
    if (step > max) {
      max = step;
      at = i;
    }
  }
  if (up <= 0 || max / up <= SINGLE_STEP_MAX_SHARE) return null;
  return { from: use[at - 1]!.n, to: use[at]!.n, restRise: Math.exp(total - max) };
}

/** Classifies medians (ns per call) by size. Assumes at least 3 points with positive times. */
export function classify(points: readonly Point[]): Classification {
  const small = isSmallLadder(points.map((x) => x.n));
  const g = growthRatio(points);
  if (!small && g < boundedGrowthLimit(points)) return classifyBounded(points);
  const all = fitAll(points, small);
  const candidates = small ? all : all.filter((f) => f.cls !== 'O(1)' && f.cls !== 'O(log n)');
  const within = points.length <= FEW_SIZES ? SIMPLER_WITHIN_FEW : SIMPLER_WITHIN;
  const best = chooseFit(candidates.length > 0 ? candidates : all, within);
  if (!small && best.cls === 'O(n log n)' && linearOrLinearithmic(points) === 'O(n)') {
    const fit = all.find((f) => f.cls === 'O(n)') ?? best;
    return { cls: 'O(n)', fit, fits: all, bounded: false, memoryRise: true };
  }
  return { cls: best.cls, fit: best, fits: all, bounded: false };
}

/**
 * Rule 4: O(n) or O(n log n)? The same reasoning as rule 2, one level up: once the data outgrows the
 * caches, a linear pass also costs more per item (measured here in V8: filter/map/join 14 ns per item up
 * to 10k, 21 ns at 1M; counting words in a Map 12–18 → 22 ns), which makes it look like n log n over the
 * whole ladder. The log factor of a sort shows at every scale (sorting numbers: 69 → 177 ns per item from
 * 100 to 3k, while a linear pass stays flat or falls there), so the choice is made on those sizes.
 */
function linearOrLinearithmic(points: readonly Point[]): 'O(n)' | 'O(n log n)' {
  const low = lowerPart(points, LINEAR_RESIDENT_MAX_N);
  // The smallest size carries the most fixed per-call cost (and any leftover JIT warm-up): skip it.
  const use = low.length >= 4 ? low.slice(1) : low;
  // Slope of log(time per item) against log n by least squares over these sizes (damps one noisy size),
  // turned into the rise across them.
  const slope = logLogSlope(use.map((p) => ({ n: p.n, t: p.t / p.n }))) ?? 0;
  const perItemRise = Math.exp(slope * (Math.log(use.at(-1)?.n ?? 1) - Math.log(use[0]?.n ?? 1)));
  return perItemRise < PER_ITEM_RISE_MIN ? 'O(n)' : 'O(n log n)';
}
