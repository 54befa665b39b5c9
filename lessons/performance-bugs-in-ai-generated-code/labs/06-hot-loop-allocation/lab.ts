import type { Lab } from '@/lib/labs/types';
import { harness, solution, starter } from './code';

export const lab: Lab = {
  id: 'hot-loop-allocation',
  number: 6,
  title: 'Allocating in a hot loop',
  summary: 'An invoice builds a new currency formatter for every price. Build it once and reuse it.',
  sectionId: 'six-patterns',
  pattern: 'hot-loop-allocation',
  finding: 'allocation-per-item',
  kind: 'fix',
  starter,
  solution,
  requiredExports: ['formatPrices'],
  harness,
  needsSqlite: false,
  sizes: [100, 300, 1000, 3000, 10000, 30000, 100000, 300000],
  sizeUnit: 'prices',
  checkCorrectness: true,
  budget: {
    counters: [
      {
        counter: 'formattersBuilt',
        kind: 'max',
        value: 1,
        hint: 'Create the `Intl.NumberFormat` once, outside the loop (or outside the function), and reuse it.',
      },
    ],
    minSpeedup: 5,
  },
  counters: [
    {
      id: 'formattersBuilt',
      label: 'Formatters built per call',
      unit: 'formatters',
      better: 'lower',
      role: 'allocations',
    },
  ],
  hints: [
    'Read **Formatters built per call**: one per price. Does any of them differ from the others?',
    'Building an `Intl.NumberFormat` looks up locale data and prepares a pattern; calling `format` on one only fills it in.',
    'Move `new Intl.NumberFormat(...)` above the `map`, or to the top of the module, and call `money.format(...)` inside.',
    "`(c / 100).toLocaleString('en-US', { ... })` hides the same cost: it builds a formatter on every call. The counter cannot see that one, but the speed-up check can.",
  ],
  prose: {
    why:
      'The formatter depends only on the locale and the currency, which never change, yet the starter builds ' +
      'a fresh one for every price. Building one is far more expensive than using one (MDN recommends ' +
      'reusing a formatter when formatting many numbers), so the loop spends most of its time rebuilding ' +
      'the same object and leaves a trail of garbage behind.',
    see:
      'The **Formatters built per call** counter equals the number of prices. It is counted, not timed: ' +
      'the harness swaps in a counting `Intl.NumberFormat` while your function runs. The chart shows what ' +
      'the rebuilding costs in time.',
    fix:
      'Hoist it: create the formatter once and reuse it for every price. The budget allows at most one ' +
      'formatter per call and asks for at least 5× the starter’s speed.',
    contract:
      'Export `formatPrices(cents)`: an array of integers (cents). Return an array of strings formatted as ' +
      'euros in the en-US style, e.g. `1999` → `"€19.99"`, in the same order.',
  },
};
