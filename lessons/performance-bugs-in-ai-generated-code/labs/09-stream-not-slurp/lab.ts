import type { Lab } from '@/lib/labs/types';
import { pythonSources } from '../lab-sources';

// A lab in Python only: peak memory is measured with tracemalloc, which only the Python runner has.
const { starter, solution, harness } = pythonSources('09-stream-not-slurp');

export const lab: Lab = {
  id: 'stream-not-slurp',
  number: 9,
  title: 'Orders per country',
  summary:
    'Every night a script adds up the day’s orders per country from an export file. It was written when ' +
    'the file held a few hundred orders; now the export is gigabytes and the job keeps getting killed ' +
    'for lack of memory. Measure how much one call holds and make it stay flat.',
  sectionId: 'memory',
  pattern: 'memory',
  finding: 'memory-per-call',
  patternNote:
    '`f.read().splitlines()` put the whole file in memory twice over, as one string and as a list of ' +
    'lines, before the first order was added up: memory that grows with the file. Iterating the file ' +
    'object hands out one line at a time.',
  kind: 'fix',
  language: 'python',
  pythonOnly: true,
  starter,
  solution,
  requiredExports: ['totals_by_country'],
  harness,
  needsSqlite: false,
  sizes: [100, 300, 1000, 3000, 10000, 30000, 100000],
  sizeUnit: 'orders (lines in the file)',
  checkCorrectness: true,
  budget: { maxMemoryClass: 'O(1)' },
  counters: [],
  prediction: {
    question:
      'Before you run it: the file with 30,000 orders is about 480 KB. At its peak, how much memory will ' +
      'one call of the starter hold?',
    options: [
      { id: 'piece', label: 'Far less than the file: it is read a piece at a time', range: [0, 240_000] },
      { id: 'file', label: 'About the size of the file', range: [240_000, 960_000] },
      {
        id: 'several',
        label: 'Several times the size of the file',
        range: [960_000, Number.MAX_SAFE_INTEGER],
      },
    ],
    answer: 'several',
    measure: { kind: 'memory', n: 30000 },
    explain:
      '`read()` builds one string as large as the file, and `splitlines()` then makes a second copy of ' +
      'the text, cut into a hundred thousand separate string objects (each with its own header of a few ' +
      'dozen bytes) held in a list. Both are alive at once, before the loop starts.',
  },
  hints: [
    'Look at the memory chart: the starter’s peak climbs with the file, while the time per order stays the same. What is held while the loop runs?',
    '`f.read()` returns the whole file as one string; `splitlines()` then returns every line at once. How many lines are in memory when the loop starts?',
    'A file object is an iterator: `for line in f:` reads the next line only when the loop asks for it.',
    'Skip the header with `next(f)` before the loop, and keep only the totals: a dict with one entry per country.',
  ],
  prose: {
    why:
      'The starter reads the whole export into one string, then splits it into a list of every line, and ' +
      'only then starts adding. Each line becomes its own string object with a few dozen bytes of ' +
      'overhead, so at its peak one call holds several times the file. Tested on a small export this is ' +
      'invisible; on a night’s export of millions of orders it is gigabytes, and the process is killed.',
    see:
      'The memory verdict: the starter’s peak per call grows as O(n), about as many bytes per order as a ' +
      'line and its string object take, while the reference’s stays flat at its read buffer. The time ' +
      'chart shows no difference at all: both are O(n) in time. Memory has to be measured to be seen.',
    fix:
      'Iterate the open file (`for line in f:`) instead of reading it whole: Python reads it in fixed-size ' +
      'blocks and hands out one line at a time, so the peak stays at one block (128 KB in Python 3.14) ' +
      'whatever the file’s size. Keep only what the answer needs, the running totals. The budget asks ' +
      'for peak memory per call that does not grow with n.',
    contract:
      'Define `totals_by_country(path)`: `path` names a text file whose first line is the header ' +
      '`order_id,country,amount_cents`, followed by one order per line, e.g. `100042,DE,1999`. Return a ' +
      'dict of country code → total amount in cents (an int) over all the orders.',
  },
  tests: {
    starterFails: 'memory',
    starterReason: 'grows as O\\(n',
    // Without the largest size (time), and with enough sizes that a memory pass stopped early by a busy
    // machine still names a class.
    sizes: [100, 300, 1000, 3000, 10000, 30000],
  },
};
