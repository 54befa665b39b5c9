import type { Lab } from '@/lib/labs/types';
import { DB_COUNTERS } from '../shared/db-counters';
import { harness, solution, starter } from './code';

export const lab: Lab = {
  id: 'pagination',
  number: 5,
  title: 'No pagination: the whole catalogue in one response',
  summary:
    'The endpoint sends every product on every request. Return pages with a cursor that stays fast at any depth.',
  sectionId: 'six-patterns',
  pattern: 'pagination',
  finding: 'unbounded-result',
  kind: 'fix',
  starter,
  solution,
  requiredExports: ['listProducts'],
  harness,
  needsSqlite: true,
  sizes: [500, 1000, 3000, 10000, 30000, 50000],
  sizeUnit: 'products in the catalogue',
  // The starter's first "page" is the whole table, so outputs differ by design: the checks below judge
  // behaviour (every record exactly once, stable under inserts, flat cost with depth) instead.
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
        hint: 'Let SQLite stop after one page (`LIMIT`) instead of reading the whole table.',
      },
    ],
  },
  counters: [
    ...DB_COUNTERS,
    { id: 'rowsReturned', label: 'Rows returned', unit: 'rows', better: 'lower', role: 'rowsReturned' },
  ],
  hints: [
    'Look at **Rows returned** for the largest catalogue: the client asked for 50 products. How many did it get?',
    'Use `request.limit` with SQL `LIMIT`, and give the client something in `next` to ask for the page after.',
    '`LIMIT 50 OFFSET 5000` works until products are added between requests (new ones push older ones down a page) and it still steps over the 5,000 skipped rows. Check the last two checklist items.',
    'Keyset pagination: remember the last id sent and continue with `WHERE id < ? ORDER BY id DESC LIMIT ?`. Ask for one extra row to know whether a next page exists.',
  ],
  prose: {
    why:
      'The endpoint reads, serialises and sends the whole catalogue on every request: time, memory and ' +
      'response size all grow with the table, though a client shows fifty products at a time. With 50,000 ' +
      'products every visit pays for 50,000.',
    see:
      'The timed call is one request for the first page. **Rows returned** and **Rows fetched** equal the ' +
      'whole table. The checks then walk every page of fresh catalogues (with the rows-scanned counter read ' +
      'for each page) and, in one of them, add products between requests the way a live shop does.',
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
};
