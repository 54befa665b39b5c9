/**
 * Fixes someone might write for the refund queue, run by the lab's tests through the worker path
 * (labs.test.ts, fixes.test.ts, e2e/labs.spec.ts). Never shipped to a page.
 */
import type { LabFix } from '@/lib/labs/types';

export const halfFixes: LabFix[] = [
  {
    name: 'the condition moved into SQL as lower(status) = ? (the index cannot help)',
    source: `export function refundQueue(db) {
  return db.all(
    'SELECT id, customer_id, total_cents FROM orders WHERE lower(status) = ? ORDER BY id',
    ['refund_requested'],
  );
}`,
    fails: 'counter:rowsScanned',
    reason: 'SQLite still visits every row',
    sizes: [1000, 3000, 10000],
  },
  {
    name: 'fewer columns, but every row still fetched and filtered in JavaScript',
    source: `export function refundQueue(db) {
  return db
    .all('SELECT id, customer_id, total_cents, status FROM orders ORDER BY id')
    .filter((o) => o.status === 'refund_requested')
    .map((o) => ({ id: o.id, customer_id: o.customer_id, total_cents: o.total_cents }));
}`,
    fails: 'counter:rowsFetched',
    reason: 'Rows the caller never sees still leave the database',
    sizes: [1000, 3000, 10000],
  },
  {
    name: "WHERE status LIKE 'refund%' (a LIKE the index cannot serve)",
    source: `export function refundQueue(db) {
  return db.all("SELECT id, customer_id, total_cents FROM orders WHERE status LIKE 'refund%' ORDER BY id");
}`,
    fails: 'counter:rowsScanned',
    reason: 'SQLite still visits every row',
    sizes: [1000, 3000, 10000],
  },
  {
    name: 'the table read in chunks of 1,000 and filtered as it streams',
    source: `export function refundQueue(db) {
  const out = [];
  for (let offset = 0; ; offset += 1000) {
    const chunk = db.all('SELECT id, customer_id, total_cents, status FROM orders ORDER BY id LIMIT 1000 OFFSET ?', [offset]);
    for (const o of chunk) if (o.status === 'refund_requested') out.push({ id: o.id, customer_id: o.customer_id, total_cents: o.total_cents });
    if (chunk.length < 1000) return out;
  }
}`,
    fails: 'counter:rowsFetched',
    reason: 'Rows the caller never sees still leave the database',
    sizes: [1000, 3000, 10000],
  },
  {
    name: 'LIMIT 10 (fast, wrong)',
    source: `export function refundQueue(db) {
  return db.all("SELECT id, customer_id, total_cents FROM orders WHERE status = 'refund_requested' ORDER BY id LIMIT 10");
}`,
    fails: 'correct',
    reason: 'the output differs',
    sizes: [1000, 3000, 10000],
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'WHERE with a literal, no ORDER BY',
    source: `export function refundQueue(db) {
  return db.all("SELECT id, customer_id, total_cents FROM orders WHERE status = 'refund_requested'");
}`,
    sizes: [1000, 3000, 10000],
  },
  {
    name: 'WHERE status IN (?) with every column, trimmed in JavaScript',
    source: `export function refundQueue(db) {
  const rows = db.all('SELECT * FROM orders WHERE status IN (?)', ['refund_requested']);
  return rows.map(({ id, customer_id, total_cents }) => ({ id, customer_id, total_cents }));
}`,
    sizes: [1000, 3000, 10000],
  },
];
