import type { Lab } from '@/lib/labs/types';
import { labSources } from '../lab-sources';

const { starter, solution, harness } = labSources('07-find-the-hot-spot');

/**
 * The budget, from measurements in Node through the worker path (lessons/.../labs tests' own runner), on
 * the shared 2-core machine under a load of 4 to 6. At n = 1,000 orders (the largest size the starter
 * finishes: it stops before 3,000, predicted at about 1 s per call):
 *   starter                                    57–340 ms per call
 *   decoys rewritten (split, a Collator, both)  54–94 ms per call: 0.8–1.9× the starter
 *   Object.assign instead of the spread         79 ms per call: 0.8×
 *   the real fix (solution, other fixes)        0.6–0.8 ms per call: 86–472× the starter
 * So "at least 10× faster" fails every rewrite that leaves the copying in place, whatever the load, and
 * passes every fix of it by a wide margin; O(n log n) fails anything still quadratic (it stops early).
 */
export const lab: Lab = {
  id: 'find-the-hot-spot',
  number: 7,
  title: 'The revenue report',
  summary:
    'Finance builds the monthly revenue report from the shop’s order export. On a test file of a hundred ' +
    'orders it came back at once; on last month’s 40,000 orders it never finishes. Before you change ' +
    'anything, mark the line you suspect, then press **Profile** beside Run to see where the time goes, ' +
    'line by line. Fix what the profile finds.',
  sectionId: 'profile-then-fix',
  pattern: 'hot-loop-allocation',
  finding: 'superlinear-time',
  patternNote:
    'The `reduce` built a new totals object for every order and copied every total collected so far ' +
    'into it: an allocation inside the hot loop that grows with the data, orders × customers copies. The ' +
    'regular expression and the `localeCompare` sort only looked expensive.',
  kind: 'fix',
  starter,
  solution,
  requiredExports: ['revenueReport'],
  harness,
  needsSqlite: false,
  sizes: [100, 300, 1000, 3000, 10000, 30000],
  sizeUnit: 'orders in the export',
  checkCorrectness: true,
  budget: { maxClass: 'O(n log n)', minSpeedup: 10 },
  counters: [],
  prediction: {
    kind: 'line',
    question: 'Before you profile: which line do you suspect takes most of the time?',
    answer: 42,
    explain:
      'Each step of the `reduce` builds a new object and copies every customer’s total collected so far ' +
      'into it (`...acc`), so one order costs as much as the number of customers seen: orders × customers ' +
      'copies in all. The regular expression and the sort do a small, fixed amount of work per line and per ' +
      'comparison.',
  },
  hints: [
    'Mark a line, then press **Profile**. The list under the editor ranks the lines by their share of the time, and the editor marks each one: start with the first.',
    'The hot line runs once per order. What does it do on every run that gets bigger as more customers appear?',
    '`{ ...acc, [id]: value }` makes a new object and copies every key of `acc` into it: the whole table again for every order.',
    'Keep one totals object and update it in place (a `for…of` loop, or a `Map`). Leave the regular expression and the sort as they are, run again, and compare.',
  ],
  prose: {
    why:
      '`{ ...acc, [order.customerId]: … }` builds a fresh object for every order and copies every total ' +
      'collected so far into it, so each order costs as much as the number of customers seen. With a ' +
      'customer for every four orders that is about n²/8 copies, and a JavaScript engine keeps an object with ' +
      'thousands of keys in a slower form, so each copy gets dearer too. The regular expression runs once ' +
      'per line and the `localeCompare` sort once per comparison: both look expensive, and both are cheap ' +
      'next to it.',
    see:
      'The starter stopped before n = 3,000: its time per call climbed far faster than the number of orders. ' +
      'The profile puts nearly all of the time on one line, the `reduce` callback; the lines that look slow ' +
      '(the regular expression, the sort) take a few percent or less.',
    fix:
      'Keep one totals object and update it in place: a `for…of` loop, a `Map`, or a `reduce` that returns ' +
      'the accumulator it changed. Leave the parsing and the sort as they are: rewriting them saves a few ' +
      'percent. The budget asks for O(n log n) or better and at least 10× the starter’s speed at the largest ' +
      'size both ran.',
    contract:
      'Export `revenueReport(csv, customers, month)`. `csv` is the export: a header line, then one order per ' +
      'line, `order id,customer id,cents,YYYY-MM-DD`. `customers` is an array of `{ id, name, country }`; ' +
      '`month` is like `"2025-03"`. Return one line per customer with orders in that month, e.g. ' +
      '`"1. Ada Park (NZ): $1,250.00 from 3 orders"`, biggest total first, equal totals by name (as ' +
      '`localeCompare(…, "en")` orders them), a customer missing from the list as `Unknown customer (??)`; ' +
      'lines joined with `\\n`.',
  },
  tests: {
    starterFails: 'class',
    starterReason: 'O\\(n²\\) is worse than|O\\(n³\\) is worse than|Too slow',
    sizes: [100, 300, 1000, 3000, 10000],
  },
};
