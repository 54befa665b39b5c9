import type { ComplexityClass } from '@/lib/runner/protocol';

/** One candidate growth model: time(n) ≈ a + b · f(n). */
export interface Model {
  cls: ComplexityClass;
  /** Rank by simplicity: lower is simpler (preferred when fits are close). */
  rank: number;
  f: (n: number) => number;
}

const log2 = (n: number) => Math.log2(Math.max(n, 2));

/** Polynomial and logarithmic models, usable on any ladder. */
export const POLY_MODELS: readonly Model[] = [
  { cls: 'O(1)', rank: 0, f: () => 1 },
  { cls: 'O(log n)', rank: 1, f: log2 },
  { cls: 'O(n)', rank: 2, f: (n) => n },
  { cls: 'O(n log n)', rank: 3, f: (n) => n * log2(n) },
  { cls: 'O(n²)', rank: 4, f: (n) => n * n },
  { cls: 'O(n³)', rank: 5, f: (n) => n * n * n },
];

/** The exponential class is fitted as a + b · base^n with the base searched in this range. */
export const EXP_BASE_MIN = 1.4;
export const EXP_BASE_MAX = 4;
export const EXP_RANK = 6;

export function expModel(base: number): Model {
  return { cls: 'O(2ⁿ)', rank: EXP_RANK, f: (n) => Math.pow(base, n) };
}

/** Largest n at which an exponential model is considered at all ("small-n ladder"). */
export const SMALL_LADDER_MAX_N = 64;

export function isSmallLadder(sizes: readonly number[]): boolean {
  const max = Math.max(...sizes);
  return sizes.length > 0 && max <= SMALL_LADDER_MAX_N;
}

export function rankOf(cls: ComplexityClass): number {
  if (cls === 'O(2ⁿ)') return EXP_RANK;
  return POLY_MODELS.find((m) => m.cls === cls)?.rank ?? EXP_RANK;
}

/** f(n) for a class (exponential needs its fitted base). */
export function growth(cls: ComplexityClass, n: number, expBase = 2): number {
  if (cls === 'O(2ⁿ)') return Math.pow(expBase, n);
  const m = POLY_MODELS.find((x) => x.cls === cls);
  return m ? m.f(n) : NaN;
}
