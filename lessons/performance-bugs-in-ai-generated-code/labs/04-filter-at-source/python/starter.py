# `db` is a read-only sqlite3 connection; each row comes back as a sqlite3.Row: row["status"].

REFUND_REQUESTED = "refund_requested"


def is_refund_request(order):
    return order["status"].lower() == REFUND_REQUESTED


def as_queue_entry(order):
    return {"id": order["id"], "customer_id": order["customer_id"], "total_cents": order["total_cents"]}


def refund_queue(db):
    """The support team's refund queue: the orders waiting for a refund, oldest order first."""
    orders = db.execute("SELECT * FROM orders ORDER BY id").fetchall()
    return [as_queue_entry(order) for order in orders if is_refund_request(order)]
