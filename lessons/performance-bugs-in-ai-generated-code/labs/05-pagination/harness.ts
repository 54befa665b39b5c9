/**
 * Product-listing lab harness: n products in real SQLite. The timed call is one request for the first
 * page, as a client opening the catalogue sends it. The checks then walk every page of fresh catalogues
 * (reading the rows-scanned counter for each page) and, in one of them, add products between requests
 * the way a live shop does. They judge behaviour, so outputs are not compared with the reference's.
 */
import type { Database } from 'sql.js';
import type { HarnessEnv } from '@/lib/measure/load-series';
import {
  cachedDb,
  counters as dbCounters,
  resetCounters as resetDb,
  scratchDb,
  series,
  table,
  type Db,
} from '../shared/db';

const PAGE = 50;
const MAX_PAGES = 2000;

interface PageLike {
  items?: unknown;
  next?: unknown;
}

interface Learner {
  listProducts(db: Db, request: { cursor: unknown; limit: number }): unknown;
}

let returned = 0;

function schema(n: number): string {
  return (
    table('products', 'id INTEGER PRIMARY KEY, name TEXT NOT NULL, price_cents INTEGER NOT NULL') +
    `${series(n)}INSERT INTO products_t SELECT i, 'Product ' || i, ((i * 7919) % 20000) + 99 FROM c;`
  );
}

function itemsOf(page: unknown): unknown[] | null {
  const items = (page as PageLike | null)?.items;
  return Array.isArray(items) ? items : null;
}

export function makeInput(n: number, env: HarnessEnv) {
  return { db: cachedDb(env, `products:${n}`, schema(n)) };
}

export function run(learner: Learner, input: { db: Db }) {
  const page = learner.listProducts(input.db, { cursor: null, limit: PAGE });
  returned = itemsOf(page)?.length ?? 0;
  return page;
}

export function counters(): Record<string, number> {
  return { ...dbCounters(), rowsReturned: returned };
}

export function resetCounters(): void {
  resetDb();
  returned = 0;
}

interface Walk {
  error?: string;
  seen: unknown[];
  scans: number[];
  /** The first page whose ids were not all below the previous id (newest first means descending). */
  outOfOrder?: number;
}

/** Walks every page; `between(page)` runs after each one (e.g. to insert rows). */
function walk(learner: Learner, db: Db, between?: () => void): Walk {
  const w: Walk = { seen: [], scans: [] };
  let cursor: unknown = null;
  let previous = Infinity;
  for (let p = 1; p <= MAX_PAGES; p++) {
    resetDb();
    const page = learner.listProducts(db, { cursor, limit: PAGE });
    w.scans.push(dbCounters().rowsScanned ?? 0);
    const items = itemsOf(page);
    if (!items) return { ...w, error: `page ${p} has no items array` };
    if (items.length > PAGE) {
      return { ...w, error: `page ${p} has ${fmt(items.length)} items; the client asked for ${PAGE}` };
    }
    for (const item of items) {
      const id = Number((item as { id?: unknown } | null)?.id);
      if (!(id < previous) && w.outOfOrder === undefined) w.outOfOrder = p;
      previous = id;
      w.seen.push(id);
    }
    const next = (page as PageLike).next;
    if (next === null || next === undefined) return w;
    cursor = next;
    between?.();
  }
  return { ...w, error: 'still not on the last page after 2,000 pages (does next ever become null?)' };
}

function coverage(seen: unknown[], total: number): { missing: number; dup: number } {
  const counts = new Map<number, number>();
  let dup = 0;
  for (const id of seen) {
    if (typeof id !== 'number' || id < 1 || id > total) continue;
    const c = (counts.get(id) ?? 0) + 1;
    counts.set(id, c);
    if (c === 2) dup++;
  }
  return { missing: total - counts.size, dup };
}

function withDb<T>(env: HarnessEnv, n: number, fn: (db: Db, raw: Database) => T): T {
  const { db, raw } = scratchDb(env, schema(n));
  try {
    return fn(db, raw);
  } finally {
    raw.close();
  }
}

function fmt(x: number): string {
  return x.toLocaleString('en-US');
}

export function checks(learner: Learner, env: HarnessEnv) {
  const out = [];
  const n1 = 1234;
  const w1 = withDb(env, n1, (db) => walk(learner, db));
  const c1 = coverage(w1.seen, n1);
  out.push({
    id: 'walk',
    label: 'Walking every page returns each product exactly once, newest first',
    pass: !w1.error && c1.missing === 0 && c1.dup === 0 && w1.outOfOrder === undefined,
    detail: w1.error
      ? `Stopped: ${w1.error}.`
      : `${fmt(n1)} products, ${fmt(w1.scans.length)} pages: ${fmt(c1.missing)} missing, ${fmt(c1.dup)} repeated` +
        (w1.outOfOrder === undefined ? '.' : `; from page ${fmt(w1.outOfOrder)} the ids no longer go down.`),
  });
  const n2 = 1000;
  let next = n2;
  const w2 = withDb(env, n2, (db, raw) => {
    raw.run('PRAGMA query_only = 0');
    return walk(learner, db, () => {
      for (let j = 0; j < 3; j++) {
        next++;
        raw.run('INSERT INTO products_t VALUES (?, ?, ?)', [next, `Product ${next}`, 499]);
      }
    });
  });
  const c2 = coverage(w2.seen, n2);
  out.push({
    id: 'walk-inserts',
    label: 'Still exactly once when new products are added between pages',
    pass: !w2.error && c2.missing === 0 && c2.dup === 0,
    detail: w2.error
      ? `Stopped: ${w2.error}.`
      : `3 new products were added after each page; of the ${fmt(n2)} that existed at the start, ` +
        `${fmt(c2.missing)} were missed and ${fmt(c2.dup)} came back twice.` +
        (c2.dup > 0 || c2.missing > 0
          ? ' Positions shift when rows are added; a cursor on the id does not.'
          : ''),
  });
  const n3 = 5000;
  const w3 = withDb(env, n3, (db) => walk(learner, db));
  const first = w3.scans[0] ?? 0;
  const lastFull = w3.scans.length > 1 ? (w3.scans[w3.scans.length - 2] ?? first) : first;
  out.push({
    id: 'deep-pages',
    kind: 'performance',
    label: 'A deep page costs no more than the first',
    pass: !w3.error && w3.scans.length > 2 && lastFull <= 2 * first + 10,
    detail: w3.error
      ? `Stopped: ${w3.error}.`
      : w3.scans.length <= 2
        ? `Only ${w3.scans.length} page(s): everything came back at once.`
        : `Page 1 scanned ${fmt(first)} rows; page ${fmt(w3.scans.length - 1)} scanned ${fmt(lastFull)} rows.`,
  });
  resetDb();
  return out;
}
