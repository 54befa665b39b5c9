# `db` is a read-only sqlite3 connection; each row comes back as a sqlite3.Row: row["status"].

REFUND_REQUESTED = "refund_requested"


def refund_queue(db):
    """The support team's refund queue: the orders waiting for a refund, oldest order first."""
    # The WHERE runs inside SQLite, on the bare column, so the index on status finds the matching rows
    # without visiting the others; and only the three columns the caller needs come out of the database.
    rows = db.execute(
        "SELECT id, customer_id, total_cents FROM orders WHERE status = ? ORDER BY id",
        (REFUND_REQUESTED,),
    )
    return [dict(row) for row in rows]
