/** Default input sizes: nine over four decades, 100 → 1M. */
export const DEFAULT_SIZES: readonly number[] = [100, 300, 1000, 3000, 10000, 30000, 100000, 300000, 1000000];

export const MAX_SIZES = 24;
export const MAX_N = 100_000_000;

/**
 * Cleans a size list from a spec or the code's `sizes` export: positive integers up to MAX_N, ascending,
 * without duplicates, at most MAX_SIZES. Returns null when nothing usable remains (with the reason).
 */
export function cleanSizes(raw: unknown): { sizes: number[] } | { error: string } | null {
  if (raw === undefined || raw === null) return null;
  if (!Array.isArray(raw)) return { error: '`sizes` must be an array of numbers.' };
  const nums = raw.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  if (nums.length !== raw.length) return { error: '`sizes` must contain only numbers.' };
  if (nums.length === 0) return { error: '`sizes` is empty.' };
  if (nums.some((x) => x < 1 || x > MAX_N)) return { error: `Each size must be from 1 to ${MAX_N}.` };
  const ok = [...new Set(nums.map((x) => Math.round(x)))];
  if (ok.length > MAX_SIZES) return { error: `At most ${MAX_SIZES} sizes, please.` };
  return { sizes: ok.sort((a, b) => a - b) };
}
