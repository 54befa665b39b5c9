# `db` is a read-only sqlite3 connection; each row comes back as a sqlite3.Row: row["name"].

MAX_LIMIT = 100


def check_request(request):
    limit = request["limit"]
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit must be a whole number from 1 to {MAX_LIMIT}")


def list_products(db, request):
    """GET /products: the shop's catalogue, newest product first, one page at a time."""
    check_request(request)
    limit = request["limit"]
    # Keyset (cursor) pagination: carry on below the last id the client saw. The primary key takes SQLite
    # straight there, so a deep page costs what the first does, and products added meanwhile (they get
    # higher ids) cannot shift what comes next. One row more than the page tells whether there is a next.
    if request["cursor"] is None:
        rows = db.execute(
            "SELECT id, name, price_cents FROM products ORDER BY id DESC LIMIT ?", (limit + 1,)
        ).fetchall()
    else:
        rows = db.execute(
            "SELECT id, name, price_cents FROM products WHERE id < ? ORDER BY id DESC LIMIT ?",
            (int(request["cursor"]), limit + 1),
        ).fetchall()
    items = [dict(row) for row in rows[:limit]]
    return {"items": items, "next": items[-1]["id"] if len(rows) > limit else None}
