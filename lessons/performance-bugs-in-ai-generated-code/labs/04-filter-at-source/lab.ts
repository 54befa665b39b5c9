import type { Lab } from '@/lib/labs/types';
import { DB_COUNTERS } from '../shared/db-counters';
import { harness, solution, starter } from './code';

export const lab: Lab = {
  id: 'filter-at-source',
  number: 4,
  title: 'Fetch everything, then filter',
  summary:
    'The refund queue reads every order into JavaScript to keep 1 in 250. Let SQLite do the filtering.',
  sectionId: 'six-patterns',
  pattern: 'filter-at-source',
  finding: 'over-read',
  kind: 'fix',
  starter,
  solution,
  requiredExports: ['refundQueue'],
  harness,
  needsSqlite: true,
  sizes: [1000, 3000, 10000, 30000, 50000],
  sizeUnit: 'orders in the table',
  checkCorrectness: true,
  budget: {
    counters: [
      {
        counter: 'rowsFetched',
        kind: 'max',
        value: 0.01,
        perN: true,
        hint: 'Put the condition in SQL (`WHERE status = ?`) so only matching rows leave the database.',
      },
      {
        counter: 'rowsScanned',
        kind: 'max',
        value: 0.01,
        perN: true,
        hint: 'SQLite still visits every row: compare `status` directly so the index on it can be used.',
      },
    ],
  },
  counters: [
    ...DB_COUNTERS,
    { id: 'rowsReturned', label: 'Rows returned', unit: 'rows', better: 'lower', role: 'rowsReturned' },
  ],
  hints: [
    'Compare **Rows fetched** with **Rows returned**: how many rows come out of the database for each one the caller keeps?',
    'JavaScript’s `.filter()` can only throw rows away after SQLite has read them and the wrapper has turned each into an object.',
    "Move the condition into the query: `WHERE status = ?` with `['refund_requested']`, and select only the three columns you return.",
    'There is an index on `status`. Keep the condition simple (`status = ?`, not `lower(status) = ?`) so SQLite can use it, and watch **Rows scanned** drop.',
  ],
  prose: {
    why:
      'The starter asks for every column of every order, and only then keeps the refund requests: 1 order ' +
      'in 250. Every other row is still read by SQLite, copied out of it, turned into a JavaScript object ' +
      'and thrown away. The cost follows the size of the table, not the size of the answer.',
    see:
      'Three counters tell the story: **Rows scanned** (rows SQLite visited), **Rows fetched** (rows handed ' +
      'to JavaScript) and **Rows returned** (rows the function gives back). In the starter the first two ' +
      'equal the whole table while the last is 250 times smaller.',
    fix:
      'Filter where the data lives. A `WHERE status = ?` clause lets SQLite use the index on `status` to ' +
      'jump straight to the matching orders, and a short column list keeps the rows small. The budget ' +
      'allows at most 1% of the table to be scanned or fetched.',
    contract:
      "Export `refundQueue(db)`: the orders whose `status` is `'refund_requested'`, each as " +
      '`{ id, customer_id, total_cents }`, ordered by id. Table: `orders(id, customer_id, status, ' +
      'total_cents, note)`, with an index on `status`.',
  },
};
