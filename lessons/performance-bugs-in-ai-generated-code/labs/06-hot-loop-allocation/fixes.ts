/**
 * Fixes someone might write for the invoice prices, run by the lab's tests through the worker path
 * (labs.test.ts, fixes.test.ts, e2e/labs.spec.ts). Never shipped to a page.
 */
import type { LabFix } from '@/lib/labs/types';

export const halfFixes: LabFix[] = [
  {
    name: 'toLocaleString per price (no constructor in sight, still a formatter per call)',
    source: `export function formatPrices(cents: number[]): string[] {
  return cents.map((c) => (c / 100).toLocaleString('en-US', { style: 'currency', currency: 'EUR' }));
}`,
    fails: 'counter:formattersBuilt',
    reason: 'the budget allows at most 1 formatters',
    sizes: [100, 300, 1000],
  },
  {
    name: 'the options object hoisted, the formatter still built per price',
    source: `const OPTIONS = { style: 'currency', currency: 'EUR' } as const;
export function formatPrices(cents: number[]): string[] {
  return cents.map((c) => new Intl.NumberFormat('en-US', OPTIONS).format(c / 100));
}`,
    fails: 'counter:formattersBuilt',
    reason: 'the budget allows at most 1 formatters',
    sizes: [100, 300, 1000],
  },
  {
    name: 'each formatted price memoised (almost every price is new, so a formatter each)',
    source: `const seen = new Map<number, string>();
export function formatPrices(cents: number[]): string[] {
  return cents.map((c) => {
    let s = seen.get(c);
    if (s === undefined) {
      s = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(c / 100);
      if (seen.size < 1000) seen.set(c, s);
    }
    return s;
  });
}`,
    fails: 'counter:formattersBuilt',
    reason: 'the budget allows at most 1 formatters',
    sizes: [100, 300, 1000, 3000],
  },
  {
    name: "'€' + toFixed(2) (fast, but no thousands separator)",
    source: `export function formatPrices(cents) {
  return cents.map((c) => '€' + (c / 100).toFixed(2));
}`,
    fails: 'correct',
    reason: 'the output differs',
    sizes: [100, 1000],
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'one formatter per call, created inside the function',
    source: `export function formatPrices(cents) {
  const f = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' });
  const out = [];
  for (const c of cents) out.push(f.format(c / 100));
  return out;
}`,
    sizes: [100, 300, 1000, 3000],
  },
  {
    name: 'a formatter made lazily on first use and kept',
    source: `let money;
export function formatPrices(cents) {
  money ??= new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' });
  return cents.map((c) => money.format(c / 100));
}`,
    sizes: [100, 300, 1000, 3000],
  },
];
