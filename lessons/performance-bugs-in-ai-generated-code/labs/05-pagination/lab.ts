import type { Lab } from '@/lib/labs/types';
import { DB_COUNTERS, ROWS_RETURNED } from '../shared/db-counters';
import { labSources, pythonSources } from '../lab-sources';

const { starter, solution, harness } = labSources('05-pagination');

export const lab: Lab = {
  id: 'pagination',
  number: 5,
  title: 'The product listing',
  summary:
    'The shop’s catalogue page calls `GET /products`. With the launch catalogue it was instant; with 50,000 ' +
    'products every visit is slow and heavy, and scrolling must keep working while new products go live. ' +
    'Measure what one request costs and make it cheap.',
  sectionId: 'six-patterns',
  pattern: 'pagination',
  finding: 'unbounded-result',
  patternNote:
    'The endpoint checked `limit` and then ignored it: every request read and sent the whole catalogue, ' +
    'though the client shows one page at a time.',
  kind: 'fix',
  starter,
  solution,
  requiredExports: ['listProducts'],
  harness,
  needsSqlite: true,
  sizes: [500, 1000, 3000, 10000, 30000, 50000],
  sizeUnit: 'products in the catalogue',
  // The starter's first "page" is the whole table, so outputs differ by design: the checks judge
  // behaviour (every record exactly once, newest first, stable under inserts, flat cost with depth).
  checkCorrectness: false,
  budget: {
    counters: [
      {
        counter: 'rowsReturned',
        kind: 'max',
        value: 100,
        hint: 'Return one page: at most `request.limit` items (the client asks for 50).',
      },
      {
        counter: 'rowsScanned',
        kind: 'max',
        value: 200,
        hint: 'SQLite still reads the whole table for one page: let it stop after the page (`LIMIT`) instead of slicing in JavaScript.',
      },
    ],
  },
  counters: [...DB_COUNTERS, ROWS_RETURNED],
  prediction: {
    question:
      'Before you run it: a phone asks for the first 50 products of a 1,000-product catalogue. How many products will the starter send back?',
    options: [
      { id: 'page', label: '50', range: [0, 50] },
      { id: 'some', label: 'About 100', range: [51, 999] },
      { id: 'all', label: 'All 1,000', range: [1000, 1000] },
    ],
    answer: 'all',
    measure: { kind: 'counter', counter: 'rowsReturned', n: 1000 },
    explain:
      'The query has no LIMIT and the response never uses `request.limit`: every product is read, ' +
      'serialised and sent on every request, and `next` is always null.',
  },
  hints: [
    'Look at **Rows returned** for the largest catalogue: the client asked for 50 products. How many did it get?',
    'Use `request.limit` with SQL `LIMIT`, and give the client something in `next` to ask for the page after.',
    '`LIMIT 50 OFFSET 5000` works until products are added between requests (new ones push older ones down a page), and it still steps over the 5,000 skipped rows. Check the last two checklist items.',
    'Keyset pagination: remember the last id sent and continue with `WHERE id < ? ORDER BY id DESC LIMIT ?`. Ask for one extra row to know whether a next page exists.',
  ],
  prose: {
    why:
      'The endpoint reads, serialises and sends the whole catalogue on every request: time, memory and ' +
      'response size all grow with the table, though a client shows fifty products at a time. With 50,000 ' +
      'products every visit pays for 50,000.',
    see:
      'The timed call was one request for the first page. **Rows returned** and **Rows fetched** equalled the ' +
      'whole table. The checks then walked every page of fresh catalogues (reading the rows-scanned counter ' +
      'for each page) and, in one of them, added products between requests the way a live shop does.',
    fix:
      'Return at most `request.limit` items and a cursor. With `OFFSET`, page 100 makes SQLite step over ' +
      '4,950 rows first, and inserts shift rows between pages, so some come back twice. A keyset cursor ' +
      '(`WHERE id < last_id ORDER BY id DESC LIMIT n`) uses the primary key to start right where the last ' +
      'page ended: every page costs the same, and inserts cannot shift it.',
    contract:
      'Export `listProducts(db, request)`. `request` is `{ cursor, limit }`: `cursor` is null for the first ' +
      'page, otherwise the `next` you returned last time (a number or string, your choice). Return ' +
      '`{ items, next }`: items `{ id, name, price_cents }`, newest (highest id) first, and `next: null` on ' +
      'the last page. Table: `products(id, name, price_cents)`.',
  },
  tests: {
    starterFails: 'check:walk',
    starterReason: 'the client asked for 50',
    teachingCounter: 'rowsReturned',
    teachingAt: 10000,
    sizes: [500, 1000, 3000, 10000],
  },
  python: {
    ...pythonSources('05-pagination'),
    requiredExports: ['list_products'],
    // The same limits; only the hint of the second names code ("slicing in Python").
    budget: {
      counters: [
        {
          counter: 'rowsReturned',
          kind: 'max',
          value: 100,
          hint: 'Return one page: at most `request["limit"]` items (the client asks for 50).',
        },
        {
          counter: 'rowsScanned',
          kind: 'max',
          value: 200,
          hint: 'SQLite still reads the whole table for one page: let it stop after the page (`LIMIT`) instead of slicing in Python.',
        },
      ],
    },
    predictionExplain:
      'The query has no LIMIT and the function never reads `request["limit"]` past its check: every ' +
      'product is read, turned into a dict and sent on every request, and `"next"` is always `None`.',
    prose: {
      fix:
        'Return at most `request["limit"]` items and a cursor. With `OFFSET`, page 100 makes SQLite step ' +
        'over 4,950 rows first, and inserts shift rows between pages, so some come back twice. A keyset ' +
        'cursor (`WHERE id < ? ORDER BY id DESC LIMIT ?` with the last id sent) uses the primary key to ' +
        'start right where the last page ended: every page costs the same, and inserts cannot shift it.',
      contract:
        'Define `list_products(db, request)`. `request` is a dict `{"cursor": ..., "limit": ...}`: ' +
        '`"cursor"` is `None` for the first page, otherwise the `"next"` you returned last time (an int or ' +
        'a str, your choice). Return a dict `{"items": [...], "next": ...}`: items are dicts ' +
        '`{"id", "name", "price_cents"}`, newest (highest id) first, and `"next"` is `None` on the last ' +
        'page. `db` is a read-only `sqlite3` connection: `db.execute(sql, params)` gives a cursor whose rows ' +
        'are `sqlite3.Row` (`dict(row)` makes one a dict). Table: `products(id, name, price_cents)`.',
    },
    hints: [
      'Look at **Rows returned** for the largest catalogue: the client asked for 50 products. How many did it get?',
      'Use `request["limit"]` with SQL `LIMIT`, and give the client something in `"next"` to ask for the page after.',
      '`LIMIT 50 OFFSET 5000` works until products are added between requests (new ones push older ones down a page), and it still steps over the 5,000 skipped rows. Check the last two checklist items.',
      'Keyset pagination: remember the last id sent and continue with `WHERE id < ? ORDER BY id DESC LIMIT ?`. Ask for one extra row to know whether a next page exists.',
    ],
    tests: {
      starterFails: 'check:walk',
      starterReason: 'the client asked for 50',
      teachingCounter: 'rowsReturned',
      teachingAt: 10000,
      sizes: [500, 1000, 3000, 10000],
    },
  },
};
