/**
 * Python fixes someone might write for the refund queue, run by python-labs-N.test.ts through the worker
 * path with the real Pyodide. Never shipped to a page.
 */
import type { LabFix } from '@/lib/labs/types';

export const halfFixes: LabFix[] = [
  {
    name: 'the condition moved into SQL as lower(status) = ? (the index cannot help)',
    source: `def refund_queue(db):
    sql = "SELECT id, customer_id, total_cents FROM orders WHERE lower(status) = ? ORDER BY id"
    return [dict(r) for r in db.execute(sql, ("refund_requested",))]
`,
    fails: 'counter:rowsScanned',
    reason: 'SQLite still visits every row',
    sizes: [1000, 3000, 10000],
  },
  {
    name: 'three columns and tuples, but every row still fetched and filtered in Python',
    source: `def refund_queue(db):
    db.row_factory = None
    rows = db.execute("SELECT id, customer_id, total_cents, status FROM orders ORDER BY id").fetchall()
    return [
        {"id": order_id, "customer_id": customer, "total_cents": cents}
        for order_id, customer, cents, status in rows
        if status == "refund_requested"
    ]
`,
    fails: 'counter:rowsFetched',
    reason: 'Rows the caller never sees still leave the database',
    sizes: [1000, 3000, 10000],
  },
  {
    name: "WHERE status LIKE 'refund%' (a LIKE the index cannot serve)",
    source: `def refund_queue(db):
    cur = db.execute("SELECT id, customer_id, total_cents FROM orders WHERE status LIKE 'refund%' ORDER BY id")
    return [{"id": a, "customer_id": b, "total_cents": c} for a, b, c in cur]
`,
    fails: 'counter:rowsScanned',
    reason: 'SQLite still visits every row',
    sizes: [1000, 3000, 10000],
  },
  {
    name: 'a generator over the cursor, filtered in Python as rows stream by',
    source: `def pending(db):
    for order in db.execute("SELECT id, customer_id, total_cents, status FROM orders"):
        if order["status"] == "refund_requested":
            yield {"id": order["id"], "customer_id": order["customer_id"], "total_cents": order["total_cents"]}


def refund_queue(db):
    return list(pending(db))
`,
    fails: 'counter:rowsFetched',
    reason: 'Rows the caller never sees still leave the database',
    sizes: [1000, 3000, 10000],
  },
  {
    name: 'LIMIT 10 (fast, wrong)',
    source: `def refund_queue(db):
    sql = "SELECT id, customer_id, total_cents FROM orders WHERE status = 'refund_requested' ORDER BY id LIMIT 10"
    return [dict(r) for r in db.execute(sql)]
`,
    fails: 'correct',
    reason: 'the output differs',
    sizes: [1000, 3000, 10000],
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'WHERE with a literal, no ORDER BY, a cursor of its own',
    source: `def refund_queue(db):
    cur = db.cursor()
    cur.execute("SELECT id, customer_id, total_cents FROM orders WHERE status = 'refund_requested'")
    keys = [d[0] for d in cur.description]
    return [dict(zip(keys, row)) for row in cur.fetchall()]
`,
    sizes: [1000, 3000, 10000],
  },
  {
    name: 'WHERE status IN (?) with every column, trimmed in Python',
    source: `import sqlite3


def refund_queue(db):
    db.row_factory = sqlite3.Row
    rows = db.execute("SELECT * FROM orders WHERE status IN (?)", ["refund_requested"]).fetchall()
    return [{k: r[k] for k in ("id", "customer_id", "total_cents")} for r in rows]
`,
    sizes: [1000, 3000, 10000],
  },
];
