/**
 * Refund-queue lab harness: n orders in real SQLite, one in 250 waiting for a refund, with an index on
 * `status`. The timed call is the learner's `refundQueue(db)`; besides the shared SQL counters it counts
 * the rows the function hands back, to set beside the rows it fetched.
 */
import type { HarnessEnv } from '@/lib/measure/load-series';
import {
  cachedDb,
  counters as dbCounters,
  resetCounters as resetDb,
  series,
  table,
  type Db,
} from '../shared/db';

interface Learner {
  refundQueue(db: Db): unknown;
}

let returned = 0;

function schema(n: number): string {
  return (
    table(
      'orders',
      'id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, status TEXT NOT NULL, total_cents INTEGER NOT NULL, note TEXT NOT NULL',
    ) +
    'CREATE INDEX orders_status ON orders_t (status);' +
    `${series(n)}INSERT INTO orders_t SELECT i, ((i * 7919) % 5000) + 1, ` +
    "CASE WHEN i % 250 = 7 THEN 'refund_requested' WHEN i % 3 = 0 THEN 'paid' WHEN i % 3 = 1 THEN 'shipped' ELSE 'delivered' END, " +
    "((i * 104729) % 50000) + 100, 'Order ' || i || ': leave the parcel with the neighbour if nobody is home' FROM c;"
  );
}

export function makeInput(n: number, env: HarnessEnv) {
  return { db: cachedDb(env, `orders:${n}`, schema(n)) };
}

export function run(learner: Learner, input: { db: Db }) {
  const rows = learner.refundQueue(input.db);
  if (!Array.isArray(rows)) return rows;
  returned = rows.length;
  // Compare what matters: each order once, with its three fields, in id order.
  return rows
    .map((raw: unknown) => {
      const r = (raw ?? {}) as { id?: unknown; customer_id?: unknown; total_cents?: unknown };
      return { id: r.id, customer_id: r.customer_id, total_cents: r.total_cents };
    })
    .sort((a, b) => Number(a.id) - Number(b.id));
}

export function counters(): Record<string, number> {
  return { ...dbCounters(), rowsReturned: returned };
}

export function resetCounters(): void {
  resetDb();
  returned = 0;
}
