import type { Lab } from '@/lib/labs/types';
import { labSources, pythonSources } from '../lab-sources';

const { starter, solution, harness } = labSources('07-find-the-hot-spot');

/**
 * The budget, from measurements on the shared 2-core machine (load 3.5 to 8 from other work), the speed-up
 * read where the lab page reads it: at the largest size both the starter and the fix finished.
 *   Node, the tests' worker path (3 runs each; the starter stops before 2,000, so at n = 1,000):
 *     starter                                         39–69 ms per call
 *     decoys rewritten (split, a Collator, both)      40–46 ms: 0.9–1.3× the starter
 *     Object.assign instead of the spread             45–48 ms: 1.0–1.1×
 *     the real fix (solution, a Map, a mutating reduce) 0.54–0.78 ms: 52–79×
 *   Chromium, the production build (lab page; the starter finishes 2,000 at 67–87 ms and stops before
 *   5,000, predicted at 210–270 ms): decoys only 0.3–1.2×; the real fix 50–65× (153× at 1,000 once).
 * So "at least 5× faster" fails every rewrite that keeps the copying, and passes every fix of it by ten
 * times; O(n log n) fails anything still quadratic. The ladder steps 1,000 → 2,000 → 5,000 so that the
 * starter is stopped by prediction rather than by the watchdog, and starts at 50 so a fix still has five sizes
 * over two decades if a busy machine stops it at 10,000.
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
  sizes: [50, 100, 200, 500, 1000, 2000, 5000, 10000, 30000],
  sizeUnit: 'orders in the export',
  checkCorrectness: true,
  budget: { maxClass: 'O(n log n)', minSpeedup: 5 },
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
      'customer for every four orders that is on the order of n²/8 copies, and a JavaScript engine keeps an ' +
      'object with many keys in a slower form, so each copy gets dearer too. The regular expression runs once ' +
      'per line, and the sort calls `localeCompare` only when two totals tie: both look expensive, and both ' +
      'are cheap next to it.',
    see:
      'The starter stopped early: its time per call climbed far faster than the number of orders, and the ' +
      'larger sizes are predictions. The profile puts nearly all of the time on one line, the `reduce` ' +
      'callback; the lines that look slow (the regular expression, the sort) take a few percent or less.',
    fix:
      'Keep one totals object and update it in place: a `for…of` loop, a `Map`, or a `reduce` that returns ' +
      'the accumulator it changed. Leave the parsing and the sort as they are: rewriting them saves a few ' +
      'percent. The budget asks for O(n log n) or better and at least 5× the starter’s speed at the largest ' +
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
    starterReason: 'worse than|Too slow',
    sizes: [50, 100, 200, 500, 1000, 2000, 5000, 10000],
  },
  python: {
    ...pythonSources('07-find-the-hot-spot'),
    requiredExports: ['revenue_report'],
    predictionLine: 23,
    // The JavaScript lab's ladder and budget hold: measured in Node with Pyodide 314, the starter takes
    // about 130 ms at 1,000 orders and 0.5 s at 2,000, the reference 6 and 11 ms (20× and more); every
    // rewrite that keeps a new Counter per order stays quadratic.
    patternNote:
      '`sum(..., Counter())` built a new Counter for every order and copied every total collected so far ' +
      'into it: an allocation inside the hot loop that grows with the data, orders × customers copies. The ' +
      'regular expression and the keyed sort only looked expensive.',
    predictionExplain:
      'Each `+` inside the `sum` builds a new Counter and copies every customer’s total collected so far ' +
      'into it, so one order costs as much as the number of customers seen: orders × customers copies in ' +
      'all. The regular expression and the sort do a small, fixed amount of work per line and per row.',
    prose: {
      contract:
        'Define `revenue_report(csv, customers, month)`. `csv` is the export: a header line, then one order ' +
        'per line, `order id,customer id,cents,YYYY-MM-DD`. `customers` is a list of dicts with keys `id`, ' +
        '`name` and `country`; `month` is like `"2025-03"`. Return one line per customer with orders in ' +
        'that month, e.g. `"1. Ada Park (NZ): $1,250.00 from 3 orders"`, biggest total first, equal totals ' +
        'by `name.casefold()` and then by the name as written, a customer missing from the list as ' +
        '`Unknown customer (??)`; lines joined with a newline.',
      why:
        '`sum(..., Counter())` adds the Counters one at a time, and each `+` builds a new Counter and copies ' +
        'every total collected so far into it, in Python code, entry by entry. So each order costs as much as ' +
        'the number of customers seen: about n²/8 entries copied for n orders, with a customer for every ' +
        'four. `re.match` on every line and the sort’s `key` look expensive, but do a small, fixed amount ' +
        'of work per line and per row.',
      see:
        'The starter stopped early: its time per call climbed far faster than the number of orders, and the ' +
        'larger sizes are predictions. The profile puts nearly all of the time on one line, the `sum` of ' +
        'Counters; the lines that look slow (the regular expression, the sort) take a few percent or less.',
      fix:
        'Keep one Counter (or dict) and add to it in place: `totals[cid] += cents` in a loop. Leave the ' +
        'parsing and the sort as they are: rewriting them saves a few percent. The budget asks for O(n log n) ' +
        'or better and at least 5× the starter’s speed at the largest size both ran.',
    },
    hints: [
      'Mark a line, then press **Profile**. The list under the editor ranks the lines by their share of the time, and the editor marks each one: start with the first.',
      'The hot line handles every order. What does each step of it do that gets bigger as more customers appear?',
      '`a + b` on two Counters makes a third one and copies every entry of both into it; `sum` does that once per order, with `a` holding everything so far.',
      'Keep one Counter and add to it in place (`totals[cid] += cents`). Leave the regular expression and the sort as they are, run again, and compare.',
    ],
    tests: {
      starterFails: 'class',
      starterReason: 'worse than|Too slow',
      sizes: [50, 100, 200, 500, 1000, 2000, 5000, 10000],
    },
  },
};
