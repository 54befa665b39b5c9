import type { Lab } from '@/lib/labs/types';
import { labSources, pythonSources } from '../lab-sources';

const { starter, solution, harness } = labSources('10-perf-test-first');

export const lab: Lab = {
  id: 'perf-test-first',
  number: 10,
  title: 'The leaderboard, test first',
  summary:
    'A club’s leaderboard is about to serve an online tournament of 50,000 players. Before changing any ' +
    'code, write down how fast it must be, watch that budget fail on today’s code, then make the code meet it.',
  sectionId: 'perf-test-first',
  pattern: 'quadratic-lookup',
  finding: 'superlinear-time',
  kind: 'own-budget',
  patternNote:
    '`countHigher` walked every score for every player: a loop over the list inside a loop over the same ' +
    'list, n × n comparisons where one sort and a binary search per player do.',
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
  prediction: {
    question:
      'Before you run it: when the number of players grows 10×, how much longer will the starter take?',
    options: [
      { id: 'same', label: 'About the same time', range: [0, 3] },
      { id: 'ten', label: 'About 10× longer', range: [3, 30] },
      { id: 'hundred', label: 'About 100× longer', range: [30, 300] },
      { id: 'thousand', label: 'About 1,000× longer or more', range: [300, Number.MAX_SAFE_INTEGER] },
    ],
    answer: 'hundred',
    measure: { kind: 'growth' },
    explain:
      'Every player’s score is compared with every other score: 10× the players means 10× the players to ' +
      'rank, each against 10× as many scores.',
  },
  hints: [
    'Start with the budget, not the code: what should a leaderboard of 50,000 players cost? Write it as `perfBudget` and run the slow code against it.',
    "A growth budget such as `{ maxClass: 'O(n log n)' }` holds on any machine. A time budget such as `{ size: 50000, maxMs: 100 }` is closer to what users feel; leave headroom.",
    'How many comparisons does `higherCounts` make for n players? Sorting the scores once costs n log n.',
    'Sort a copy of the scores. For each score, a binary search finds the first position holding a higher one; everything from there on is higher.',
  ],
  prose: {
    why:
      'The leaderboard counts, for every player, how many others scored higher, by comparing each player ' +
      'with all the others. That is n × n comparisons: fine for a club of 30, slow for a tournament of ' +
      '50,000. Nothing in the code said how fast it must be, so nothing caught it.',
    see:
      'This time you wrote the check. The checklist judged your `perfBudget` against the starter’s measured ' +
      'series (it should fail: a budget that lets the slow code through protects nothing) and against your ' +
      'code’s (it should pass once you have fixed it).',
    fix:
      'First the budget, then the fix. Replace the all-pairs comparison with one sort (O(n log n)) and a ' +
      'lookup per player. Keep the budget honest: the same budget must fail the starter and pass your code.',
    contract:
      'Export `perfBudget` (`{ maxClass }`, `{ size, maxMs }` with `size` one of the lab’s sizes, or both) ' +
      'and `higherCounts(scores)`: for each score, the number of scores strictly greater, in input order.',
  },
  tests: {
    starterFails: 'budget-declared',
    starterReason: 'No budget yet',
  },
  python: {
    ...pythonSources('10-perf-test-first'),
    // PERF_BUDGET is data, not a function: the harness's check reads it (lib/labs/declared-budget.ts,
    // BUDGET_WORDS.python), and a module without it gets "No budget yet" like a None.
    requiredExports: ['higher_counts'],
    // Measured in Node with Pyodide 314: the starter takes about 0.1–0.2 s at 1,000 players and 1.5 s at
    // 3,000, so it stops early; the reference takes about 30 ms at 20,000 and 70 ms at 50,000.
    sizes: [100, 200, 300, 500, 1000, 2000, 3000, 5000, 10000, 20000, 50000],
    patternNote:
      '`count_higher` walked every score for every player: a loop over the list inside a loop over the ' +
      'same list, n × n comparisons where one sort and a binary search per player do.',
    prose: {
      contract:
        'Define `PERF_BUDGET` at the top of the module (a dict: `{"max_class": ...}`, `{"size": ..., ' +
        '"max_ms": ...}` with `size` one of the lab’s sizes, or both) and `higher_counts(scores)`: for each ' +
        'score, the number of scores strictly greater, in input order.',
      why:
        'The leaderboard counts, for every player, how many others scored higher, by comparing each player ' +
        'with all the others in a Python loop. That is n × n comparisons: fine for a club of 30, far too slow ' +
        'for a tournament of 50,000. Nothing in the code said how fast it must be, so nothing caught it.',
      see:
        'This time you wrote the check. The checklist judged your `PERF_BUDGET` against the starter’s ' +
        'measured series (it should fail: a budget that lets the slow code through protects nothing) and ' +
        'against your code’s (it should pass once you have fixed it).',
      fix:
        'First the budget, then the fix. Replace the all-pairs comparison with one `sorted` copy (O(n log n)) ' +
        'and a lookup per player (`bisect.bisect_right` on the sorted copy, or a dict of first positions). ' +
        'Keep the budget honest: the same budget must fail the starter and pass your code.',
    },
    hints: [
      'Start with the budget, not the code: what should a leaderboard of 50,000 players cost? Write it as `PERF_BUDGET` and run the slow code against it.',
      'A growth budget such as `{"max_class": "O(n log n)"}` holds on any machine. A time budget such as `{"size": 20000, "max_ms": 100}` is closer to what users feel; leave headroom.',
      'How many comparisons does `higher_counts` make for n players? Sorting the scores once costs n log n.',
      'Sort a copy of the scores. For each score, `bisect.bisect_right(sorted_copy, score)` is the first position holding a higher one; everything from there on is higher.',
    ],
    tests: {
      starterFails: 'budget-declared',
      starterReason: 'No budget yet',
      sizes: [100, 200, 300, 500, 1000, 2000, 3000, 5000, 10000, 20000],
    },
  },
};
