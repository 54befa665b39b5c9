# `db` is a read-only sqlite3 connection; each row comes back as a sqlite3.Row: row["name"].

MAX_LIMIT = 100


def check_request(request):
    limit = request["limit"]
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit must be a whole number from 1 to {MAX_LIMIT}")


def list_products(db, request):
    """GET /products: the shop's catalogue, newest product first."""
    check_request(request)
    rows = db.execute("SELECT id, name, price_cents FROM products ORDER BY id DESC").fetchall()
    return {"items": [dict(row) for row in rows], "next": None}
