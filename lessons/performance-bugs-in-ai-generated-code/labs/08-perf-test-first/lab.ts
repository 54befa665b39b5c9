import type { Lab } from '@/lib/labs/types';
import { harness, solution, starter } from './code';

export const lab: Lab = {
  id: 'perf-test-first',
  number: 8,
  title: 'Write the performance test first',
  summary: 'Write the budget yourself, watch it fail on the slow leaderboard, then make the code meet it.',
  sectionId: 'perf-test-first',
  pattern: 'quadratic-lookup',
  finding: 'superlinear-time',
  kind: 'own-budget',
  starter,
  solution,
  requiredExports: ['perfBudget', 'higherCounts'],
  harness,
  needsSqlite: false,
  sizes: [100, 200, 300, 500, 1000, 2000, 3000, 5000, 10000, 20000, 50000, 100000],
  sizeUnit: 'players',
  checkCorrectness: true,
  budget: {},
  counters: [],
  hints: [
    'Start with the budget, not the code: what should a leaderboard of 50,000 players cost? Write it as `perfBudget` and run the slow code against it.',
    "A growth budget such as `{ maxClass: 'O(n log n)' }` holds on any machine. A time budget such as `{ size: 50000, maxMs: 100 }` is closer to what users feel; leave headroom.",
    'The starter compares every player with every other: n × n comparisons. Sorting the scores once costs n log n.',
    'Sort a copy of the scores from highest to lowest. The first position where a score appears is the number of higher scores; keep those positions in a `Map`.',
  ],
  prose: {
    why:
      'The leaderboard counts, for every player, how many others scored higher, by comparing each player ' +
      'with all the others. That is n × n comparisons: fine for a class of 30, slow for a tournament of ' +
      '50,000. Nothing in the code says how fast it must be, so nothing catches it.',
    see:
      'This time you write the check. Declare `perfBudget` in your module and run: the checklist judges ' +
      'your budget against the starter’s measured series (it should fail: a budget that lets the slow ' +
      'code through protects nothing) and against your code’s (it should pass once you have fixed it).',
    fix:
      'First the budget, then the fix. Replace the all-pairs comparison with one sort (O(n log n)) and a ' +
      'lookup per player. Keep the budget honest: the same budget must fail the starter and pass your code.',
    contract:
      'Export `perfBudget` (`{ maxClass }`, `{ size, maxMs }` with `size` one of the lab’s sizes, or both) ' +
      'and `higherCounts(scores)`: for each score, the number of scores strictly greater, in input order.',
  },
};
