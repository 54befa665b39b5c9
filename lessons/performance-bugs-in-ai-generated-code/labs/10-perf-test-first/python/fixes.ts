/**
 * Python fixes someone might write for the leaderboard, run by python-labs-N.test.ts through the worker path
 * with the real Pyodide. Never shipped to a page. The budgets are declared the way the starter asks, so the
 * sources read like the learner's edited module.
 */
import type { LabFix } from '@/lib/labs/types';

const SORTED = `from bisect import bisect_right


def higher_counts(scores):
    ranked = sorted(scores)
    return [len(ranked) - bisect_right(ranked, s) for s in scores]
`;

const withBudget = (budget: string, code = SORTED) => `PERF_BUDGET = ${budget}\n\n${code}`;

export const halfFixes: LabFix[] = [
  {
    name: 'a time budget at a size so small the slow code meets it',
    source: withBudget('{"size": 100, "max_ms": 50}'),
    fails: 'budget-fails-starter',
    reason: 'would let the slow code ship',
    compare: ['starter', 'reference'],
  },
  {
    name: 'a budget loose enough for the slow code (O(n³)), with the code fixed',
    source: withBudget('{"max_class": "O(n³)"}'),
    fails: 'budget-fails-starter',
    reason: 'would let the slow code ship',
    compare: ['starter', 'reference'],
  },
  {
    name: 'a good budget, the scores sorted first, but still a count per player',
    source: withBudget(
      '{"max_class": "O(n log n)", "size": 20000, "max_ms": 100}',
      `def higher_counts(scores):
    ranked = sorted(scores, reverse=True)
    return [sum(1 for x in ranked if x > s) for s in scores]
`,
    ),
    fails: 'budget-passes-yours',
    reason: 'Missed',
    compare: ['starter', 'reference'],
  },
  {
    name: 'a good budget, and positions in a sorted copy (ties counted wrong)',
    source: withBudget(
      '{"max_class": "O(n log n)"}',
      `def higher_counts(scores):
    ranked = sorted(scores, reverse=True)
    at = {s: i for i, s in enumerate(ranked)}
    return [at[s] for s in scores]
`,
    ),
    fails: 'correct',
    reason: 'the output differs',
    sizes: [100, 1000, 10000],
    compare: ['starter', 'reference'],
  },
  {
    name: 'step 1 done, step 2 not yet: a good budget on the slow code',
    source: withBudget(
      '{"size": 20000, "max_ms": 100}',
      `def higher_counts(scores):
    return [sum(1 for other in scores if other > mine) for mine in scores]
`,
    ),
    fails: 'budget-passes-yours',
    reason: 'Missed',
    compare: ['starter', 'reference'],
  },
  {
    name: 'a time budget at a size the lab does not measure',
    source: withBudget('{"size": 12345, "max_ms": 50}'),
    fails: 'budget-declared',
    reason: 'one of the sizes this lab measures',
    sizes: [100, 1000],
    compare: [],
  },
  {
    name: 'the code fixed, but the budget left at None',
    source: withBudget('None'),
    fails: 'budget-declared',
    reason: 'No budget yet',
    sizes: [100, 1000, 10000],
    compare: ['starter', 'reference'],
  },
  {
    name: "the budget written with JavaScript's keys (maxClass is not read in Python)",
    source: withBudget('{"maxClass": "O(n log n)"}'),
    fails: 'budget-declared',
    reason: 'needs `max_class`',
    sizes: [100, 1000],
    compare: [],
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'a time budget of its own and the first position of each score in a sorted copy',
    source: withBudget(
      '{"size": 20000, "max_ms": 60}',
      `def higher_counts(scores):
    first = {}
    for i, s in enumerate(sorted(scores, reverse=True)):
        first.setdefault(s, i)
    return [first[s] for s in scores]
`,
    ),
  },
];
