import { DB_HARNESS, DB_INTERFACE } from '../shared/db-harness';

const TYPES = String.raw`interface Order {
  id: number;
  customer_id: number;
  status: 'paid' | 'shipped' | 'delivered' | 'refund_requested';
  total_cents: number;
  note: string;
}`;

export const starter = String.raw`${DB_INTERFACE}

${TYPES}

/** The refund queue: orders whose status is 'refund_requested', as { id, customer_id, total_cents }, by id. */
export function refundQueue(db: Db) {
  const orders = db.all<Order>('SELECT * FROM orders');
  return orders
    .filter((o) => o.status === 'refund_requested')
    .map((o) => ({ id: o.id, customer_id: o.customer_id, total_cents: o.total_cents }));
}
`;

export const solution = String.raw`${DB_INTERFACE}

/** The refund queue: orders whose status is 'refund_requested', as { id, customer_id, total_cents }, by id. */
export function refundQueue(db: Db) {
  // The WHERE runs inside SQLite and can use the index on status: only matching rows are read,
  // and only the three columns the caller needs leave the database.
  return db.all<{ id: number; customer_id: number; total_cents: number }>(
    'SELECT id, customer_id, total_cents FROM orders WHERE status = ? ORDER BY id',
    ['refund_requested'],
  );
}
`;

export const harness = String.raw`${DB_HARNESS}
var returned = 0;
function schema(n) {
  return hpTable(
      'orders',
      'id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, status TEXT NOT NULL, total_cents INTEGER NOT NULL, note TEXT NOT NULL',
    ) +
    'CREATE INDEX orders_status ON orders_t (status);' +
    hpSeries(n) + 'INSERT INTO orders_t SELECT i, ((i * 7919) % 5000) + 1, ' +
    "CASE WHEN i % 250 = 7 THEN 'refund_requested' WHEN i % 3 = 0 THEN 'paid' WHEN i % 3 = 1 THEN 'shipped' ELSE 'delivered' END, " +
    "((i * 104729) % 50000) + 100, 'Order ' || i || ': leave the parcel with the neighbour if nobody is home' FROM c;";
}
exports.makeInput = function (n, env) {
  return { db: hpCached(env, 'orders:' + n, schema(n)) };
};
exports.run = function (learner, input) {
  var rows = learner.refundQueue(input.db);
  if (!Array.isArray(rows)) return rows;
  returned = rows.length;
  var out = new Array(rows.length);
  for (var i = 0; i < rows.length; i++) {
    var r = rows[i] || {};
    out[i] = { id: r.id, customer_id: r.customer_id, total_cents: r.total_cents };
  }
  return out.sort(function (a, b) { return a.id - b.id; });
};
exports.counters = function () {
  var c = hpCounters();
  c.rowsReturned = returned;
  return c;
};
exports.resetCounters = function () {
  hpReset();
  returned = 0;
};
`;
