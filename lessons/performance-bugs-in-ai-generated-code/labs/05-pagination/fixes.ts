/**
 * Fixes someone might write for the product listing, run by the lab's tests through the worker path
 * (labs.test.ts, fixes.test.ts, e2e/labs.spec.ts). Never shipped to a page.
 */
import type { LabFix } from '@/lib/labs/types';

export const halfFixes: LabFix[] = [
  {
    name: 'LIMIT/OFFSET pages (duplicates under inserts, deep pages slow)',
    source: `export function listProducts(db, request) {
  const offset = request.cursor === null ? 0 : Number(request.cursor);
  const items = db.all('SELECT id, name, price_cents FROM products ORDER BY id DESC LIMIT ? OFFSET ?', [request.limit, offset]);
  return { items, next: items.length < request.limit ? null : offset + items.length };
}`,
    fails: 'check:walk-inserts',
    reason: 'came back twice',
    sizes: [500, 1000, 3000],
  },
  {
    name: 'the whole table fetched, then one page sliced out in JavaScript',
    source: `export function listProducts(db, request) {
  const all = db.all('SELECT id, name, price_cents FROM products ORDER BY id DESC');
  const start = request.cursor === null ? 0 : all.findIndex((p) => p.id === Number(request.cursor)) + 1;
  const items = all.slice(start, start + request.limit);
  return { items, next: start + request.limit < all.length ? items[items.length - 1].id : null };
}`,
    fails: 'counter:rowsScanned',
    reason: 'SQLite still reads the whole table',
    sizes: [500, 1000, 3000],
  },
  {
    name: 'the first page only, never a next cursor',
    source: `export function listProducts(db, request) {
  return { items: db.all('SELECT id, name, price_cents FROM products ORDER BY id DESC LIMIT ?', [request.limit]), next: null };
}`,
    fails: 'check:walk',
    reason: 'missing',
    sizes: [500, 1000, 3000],
  },
  {
    name: 'a keyset cursor with <= (the last product of each page comes back)',
    source: `export function listProducts(db, { cursor, limit }) {
  const items = cursor === null
    ? db.all('SELECT id, name, price_cents FROM products ORDER BY id DESC LIMIT ?', [limit])
    : db.all('SELECT id, name, price_cents FROM products WHERE id <= ? ORDER BY id DESC LIMIT ?', [cursor, limit]);
  return { items, next: items.length === limit ? items[items.length - 1].id : null };
}`,
    fails: 'check:walk',
    reason: 'repeated|2,000 pages',
    sizes: [500, 1000, 3000],
  },
  {
    name: 'a keyset cursor without ORDER BY (pages come oldest first)',
    source: `export function listProducts(db, { cursor, limit }) {
  const items = db.all('SELECT id, name, price_cents FROM products WHERE id > ? LIMIT ?', [cursor ?? 0, limit]);
  return { items, next: items.length === limit ? items[items.length - 1].id : null };
}`,
    fails: 'check:walk',
    reason: 'the ids no longer go down',
    sizes: [500, 1000, 3000],
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'keyset with an opaque string cursor and no look-ahead row',
    source: `export function listProducts(db, { cursor, limit }) {
  const items = cursor === null
    ? db.all('SELECT id, name, price_cents FROM products ORDER BY id DESC LIMIT ?', [limit])
    : db.all('SELECT id, name, price_cents FROM products WHERE id < ? ORDER BY id DESC LIMIT ?', [Number(cursor.slice(3)), limit]);
  return { items, next: items.length === limit ? 'id:' + items[items.length - 1].id : null };
}`,
    sizes: [500, 1000, 3000],
  },
];
