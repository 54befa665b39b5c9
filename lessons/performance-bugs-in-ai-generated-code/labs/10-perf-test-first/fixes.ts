/**
 * Fixes someone might write for the leaderboard, run by the lab's tests through the worker path
 * (labs.test.ts, fixes.test.ts, e2e/labs.spec.ts). Never shipped to a page. The budgets are declared
 * the way the starter asks, so the sources read like the learner's edited module.
 */
import type { LabFix } from '@/lib/labs/types';

const SORTED = `export function higherCounts(scores) {
  const sorted = Float64Array.from(scores).sort();
  return scores.map((s) => {
    let lo = 0, hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (sorted[mid] > s) hi = mid; else lo = mid + 1; }
    return sorted.length - lo;
  });
}`;

export const halfFixes: LabFix[] = [
  {
    name: 'a time budget at a size so small the slow code meets it',
    source: `export const perfBudget = { size: 100, maxMs: 50 };\n${SORTED}`,
    fails: 'budget-fails-starter',
    reason: 'would let the slow code ship',
    compare: ['starter', 'reference'],
  },
  {
    name: 'a budget loose enough for the slow code (O(n³)), with the code fixed',
    source: `export const perfBudget = { maxClass: 'O(n³)' };\n${SORTED}`,
    fails: 'budget-fails-starter',
    reason: 'would let the slow code ship',
    compare: ['starter', 'reference'],
  },
  {
    name: 'a good budget, the scores sorted first, but still a count per player',
    source: `export const perfBudget = { maxClass: 'O(n log n)', size: 20000, maxMs: 100 };
export function higherCounts(scores) {
  const sorted = [...scores].sort((a, b) => b - a);
  return scores.map((s) => sorted.filter((x) => x > s).length);
}`,
    fails: 'budget-passes-yours',
    reason: 'Missed',
    compare: ['starter', 'reference'],
  },
  {
    name: 'a good budget, and positions in a sorted copy (ties counted wrong)',
    source: `export const perfBudget = { maxClass: 'O(n log n)' };
export function higherCounts(scores) {
  const sorted = [...scores].sort((a, b) => b - a);
  const at = new Map();
  sorted.forEach((s, i) => at.set(s, i));
  return scores.map((s) => at.get(s));
}`,
    fails: 'correct',
    reason: 'the output differs',
    sizes: [100, 1000, 10000],
    compare: ['starter', 'reference'],
  },
  {
    name: 'step 1 done, step 2 not yet: a good budget on the slow code',
    source: `export const perfBudget = { size: 50000, maxMs: 100 };
export function higherCounts(scores) {
  return scores.map((mine) => scores.filter((other) => other > mine).length);
}`,
    fails: 'budget-passes-yours',
    reason: 'Missed',
    compare: ['starter', 'reference'],
  },
  {
    name: 'a time budget at a size the lab does not measure',
    source: `export const perfBudget = { size: 12345, maxMs: 50 };\n${SORTED}`,
    fails: 'budget-declared',
    reason: 'one of the sizes this lab measures',
    sizes: [100, 1000],
    compare: [],
  },
  {
    name: 'the code fixed, but the budget left at null',
    source: `export const perfBudget = null;\n${SORTED}`,
    fails: 'budget-declared',
    reason: 'No budget yet',
    sizes: [100, 1000, 10000],
    compare: ['starter', 'reference'],
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'a time budget of its own and a sort-based fix',
    source: `export const perfBudget = { size: 20000, maxMs: 40 };
export function higherCounts(scores) {
  const sorted = [...scores].sort((a, b) => b - a);
  const first = new Map();
  sorted.forEach((s, i) => { if (!first.has(s)) first.set(s, i); });
  return scores.map((s) => first.get(s));
}`,
  },
];
