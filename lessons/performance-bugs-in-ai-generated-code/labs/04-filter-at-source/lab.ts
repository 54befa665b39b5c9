import type { Lab } from '@/lib/labs/types';
import { DB_COUNTERS, ROWS_RETURNED } from '../shared/db-counters';
import { labSources, pythonSources } from '../lab-sources';

const { starter, solution, harness } = labSources('04-filter-at-source');

export const lab: Lab = {
  id: 'filter-at-source',
  number: 4,
  title: 'The refund queue',
  summary:
    'The support team’s refund queue gets slower to open every month, though only a few dozen orders wait ' +
    'for a refund at any time. Measure what it reads and make it fast.',
  sectionId: 'six-patterns',
  pattern: 'filter-at-source',
  finding: 'over-read',
  patternNote:
    '`SELECT * FROM orders` brought every order into JavaScript so that `filter` could keep 1 in 250: the ' +
    'condition belonged in the query, where the index on `status` can find the rows.',
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
        hint: 'Rows the caller never sees still leave the database: put the condition in SQL (`WHERE status = ?`).',
      },
      {
        counter: 'rowsScanned',
        kind: 'max',
        value: 0.01,
        perN: true,
        hint: 'SQLite still visits every row. A function around the column (`lower(status)`) or a `LIKE` keeps it from using the index: compare `status` itself.',
      },
    ],
  },
  counters: [...DB_COUNTERS, ROWS_RETURNED],
  prediction: {
    question:
      'Before you run it: the table holds 1,000 orders and 1 in 250 waits for a refund. How many rows will the starter fetch out of the database?',
    options: [
      { id: 'matching', label: 'About 4: just the refund requests', range: [0, 10] },
      { id: 'some', label: 'About 250', range: [11, 999] },
      { id: 'all', label: 'All 1,000', range: [1000, 1000] },
    ],
    answer: 'all',
    measure: { kind: 'counter', counter: 'rowsFetched', n: 1000 },
    explain:
      'The query has no WHERE, so every order (with its long note) is read, copied out of SQLite and turned ' +
      'into an object before `filter` throws 249 in 250 of them away.',
  },
  hints: [
    'Compare **Rows fetched** with **Rows returned**: how many rows come out of the database for each one the caller keeps?',
    'JavaScript’s `.filter()` can only throw rows away after SQLite has read them and the wrapper has turned each into an object.',
    "Move the condition into the query (`WHERE status = ?` with `['refund_requested']`) and select only the three columns you return.",
    'There is an index on `status`. Keep the condition on the bare column (not `lower(status) = ?`, not `LIKE`) so SQLite can use it, and watch **Rows scanned** drop.',
  ],
  prose: {
    why:
      'The starter asks for every column of every order, and only then keeps the refund requests: 1 order ' +
      'in 250. Every other row is still read by SQLite, copied out of it, turned into a JavaScript object ' +
      'and thrown away. The cost follows the size of the table, not the size of the answer.',
    see:
      'Three counters tell the story: **Rows scanned** (rows SQLite visited), **Rows fetched** (rows handed ' +
      'to JavaScript) and **Rows returned** (rows the function gave back). For the starter the first two ' +
      'equalled the whole table while the last was 250 times smaller.',
    fix:
      'Filter where the data lives. A `WHERE status = ?` clause lets SQLite use the index on `status` to ' +
      'jump straight to the matching orders, and a short column list keeps the rows small. The statuses are ' +
      'stored in lower case, so there is nothing to lower-case. The budget allows at most 1% of the table to ' +
      'be scanned or fetched.',
    contract:
      "Export `refundQueue(db)`: the orders whose `status` is `'refund_requested'`, each as " +
      '`{ id, customer_id, total_cents }`, ordered by id. Table: `orders(id, customer_id, status, ' +
      'total_cents, note)`, statuses in lower case, with an index on `status`.',
  },
  tests: {
    starterFails: 'counter:rowsFetched',
    starterReason: 'rows at n = [\\d,]+; the budget allows at most',
    teachingCounter: 'rowsFetched',
    sizes: [1000, 3000, 10000, 30000],
  },
  python: {
    ...pythonSources('04-filter-at-source'),
    requiredExports: ['refund_queue'],
    patternNote:
      '`SELECT * FROM orders` brought every order into Python so that a list comprehension could keep 1 in ' +
      '250: the condition belonged in the query, where the index on `status` can find the rows.',
    predictionExplain:
      'The query has no WHERE, so every order (with its long note) is read, copied out of SQLite and made ' +
      'into a `sqlite3.Row` before the comprehension throws 249 in 250 of them away.',
    prose: {
      why:
        'The starter asks for every column of every order, and only then keeps the refund requests: 1 order ' +
        'in 250. Every other row is still read by SQLite, copied out of it, made into a Python object and ' +
        'thrown away. The cost follows the size of the table, not the size of the answer.',
      see:
        'Three counters tell the story: **Rows scanned** (rows SQLite visited), **Rows fetched** (rows handed ' +
        'to Python) and **Rows returned** (rows the function gave back). For the starter the first two ' +
        'equalled the whole table while the last was 250 times smaller.',
      fix:
        'Filter where the data lives. A `WHERE status = ?` clause (with `("refund_requested",)` as the ' +
        'parameters) lets SQLite use the index on `status` to jump straight to the matching orders, and a ' +
        'short column list keeps the rows small. The statuses are stored in lower case, so there is nothing ' +
        'to lower-case. The budget allows at most 1% of the table to be scanned or fetched.',
      contract:
        'Define `refund_queue(db)`: the orders whose `status` is `"refund_requested"`, as a list of dicts ' +
        '`{"id": ..., "customer_id": ..., "total_cents": ...}`, ordered by id. `db` is a read-only `sqlite3` ' +
        'connection: `db.execute(sql, params)` gives a cursor whose rows are `sqlite3.Row` (`row["id"]`, ' +
        '`dict(row)`, or unpack it). Table: `orders(id, customer_id, status, total_cents, note)`, statuses ' +
        'in lower case, with an index on `status`.',
    },
    hints: [
      'Compare **Rows fetched** with **Rows returned**: how many rows come out of the database for each one the caller keeps?',
      'The `if` in the list comprehension can only throw rows away after SQLite has read them and sqlite3 has made each into a row object.',
      'Move the condition into the query (`WHERE status = ?` with `("refund_requested",)`) and select only the three columns you return.',
      'There is an index on `status`. Keep the condition on the bare column (not `lower(status) = ?`, not `LIKE`) so SQLite can use it, and watch **Rows scanned** drop.',
    ],
    tests: {
      starterFails: 'counter:rowsFetched',
      starterReason: 'rows at n = [\\d,]+; the budget allows at most',
      teachingCounter: 'rowsFetched',
      sizes: [1000, 3000, 10000, 30000],
    },
  },
};
