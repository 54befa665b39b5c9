# The refund queue in Python: n orders in a real SQLite database (Python's own sqlite3), one in 250
# waiting for a refund, with an index on `status`: the same data as the JavaScript lab. The timed call is
# the learner's `refund_queue(db)`. Besides the shared SQL counters (queries, rows scanned, rows fetched,
# included below at build time) it counts the rows the function hands back, to set beside the rows fetched.

# include: shared/python/db.py

_returned = [0]


def reset_counters():
    reset_db_counters()
    _returned[0] = 0


def counters():
    return {**db_counters(), "rowsReturned": _returned[0]}


def _schema(n):
    return (
        table(
            "orders",
            "id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, status TEXT NOT NULL, "
            "total_cents INTEGER NOT NULL, note TEXT NOT NULL",
        )
        + "CREATE INDEX orders_status ON orders_t (status);"
        + f"{series(n)}INSERT INTO orders_t SELECT i, ((i * 7919) % 5000) + 1, "
        + "CASE WHEN i % 250 = 7 THEN 'refund_requested' WHEN i % 3 = 0 THEN 'paid' "
        + "WHEN i % 3 = 1 THEN 'shipped' ELSE 'delivered' END, "
        + "((i * 104729) % 50000) + 100, "
        + "'Order ' || i || ': leave the parcel with the neighbour if nobody is home' FROM c;"
    )


def make_input(n, env):
    return {"db": cached_db(env, f"orders:{n}", _schema(n))}


def run(learner, inp):
    rows = learner.refund_queue(fresh(inp["db"]))
    if not is_rows(rows):
        return rows
    rows = list(rows)
    _returned[0] = len(rows)
    # Compare what matters: each order once, with its three fields, in id order.
    entries = [{key: field(row, key) for key in ("id", "customer_id", "total_cents")} for row in rows]
    return sorted(entries, key=by_id)
