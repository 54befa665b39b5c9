# The product listing in Python: n products in a real SQLite database (Python's own sqlite3), the same
# data as the JavaScript lab. The timed call is one request for the first page, as a client opening the
# catalogue sends it. The checks then walk every page of fresh catalogues (reading the rows-scanned
# counter for each page) and, in one of them, add products between requests the way a live shop does.
# They judge behaviour, so outputs are not compared with the reference's. The database and its counters
# (queries, rows scanned, rows fetched) are the SQL labs' shared ones, included here at build time:

# include: shared/python/db.py

PAGE = 50
MAX_PAGES = 2000

_returned = [0]


def reset_counters():
    reset_db_counters()
    _returned[0] = 0


def counters():
    return {**db_counters(), "rowsReturned": _returned[0]}


def _schema(n):
    return (
        table("products", "id INTEGER PRIMARY KEY, name TEXT NOT NULL, price_cents INTEGER NOT NULL")
        + f"{series(n)}INSERT INTO products_t SELECT i, 'Product ' || i, ((i * 7919) % 20000) + 99 FROM c;"
    )


def _items(page):
    items = page.get("items") if isinstance(page, dict) else None
    return items if isinstance(items, (list, tuple)) else None


def make_input(n, env):
    return {"db": cached_db(env, f"products:{n}", _schema(n))}


def run(learner, inp):
    page = learner.list_products(fresh(inp["db"]), {"cursor": None, "limit": PAGE})
    items = _items(page)
    _returned[0] = len(items) if items is not None else 0
    return page


def _fmt(x):
    return f"{x:,}"


def _id_of(item):
    try:
        value = item["id"]
    except (KeyError, IndexError, TypeError):
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _walk(learner, db, between=None):
    """Walks every page; `between()` runs after each one (e.g. to insert rows)."""
    w = {"error": None, "seen": [], "scans": [], "out_of_order": None}
    cursor = None
    previous = float("inf")
    for p in range(1, MAX_PAGES + 1):
        reset_db_counters()
        page = learner.list_products(fresh(db), {"cursor": cursor, "limit": PAGE})
        w["scans"].append(db_counters()["rowsScanned"])
        items = _items(page)
        if items is None:
            w["error"] = f"page {p} has no list of items (return a dict with \"items\" and \"next\")"
            return w
        if len(items) > PAGE:
            w["error"] = f"page {p} has {_fmt(len(items))} items; the client asked for {PAGE}"
            return w
        for item in items:
            i = _id_of(item)
            if (i is None or not i < previous) and w["out_of_order"] is None:
                w["out_of_order"] = p
            previous = i if i is not None else previous
            w["seen"].append(i)
        cursor = page.get("next")
        if cursor is None:
            return w
        if between:
            between()
    w["error"] = "still not on the last page after 2,000 pages (does next ever become None?)"
    return w


def _coverage(seen, total):
    counts = {}
    dup = 0
    for i in seen:
        if i is None or not 1 <= i <= total:
            continue
        counts[i] = counts.get(i, 0) + 1
        if counts[i] == 2:
            dup += 1
    return total - len(counts), dup


def _scratch(n):
    """A database of its own for one check, not cached: the check may add rows to it."""
    return open_db(_schema(n))


def _close(conn):
    sqlite3.Connection.close(conn)


def checks(learner, env):
    out = []
    n1 = 1234
    db = _scratch(n1)
    try:
        w1 = _walk(learner, db)
    finally:
        _close(db)
    missing, dup = _coverage(w1["seen"], n1)
    out.append({
        "id": "walk",
        "label": "Walking every page returns each product exactly once, newest first",
        "pass": not w1["error"] and missing == 0 and dup == 0 and w1["out_of_order"] is None,
        "detail": f"Stopped: {w1['error']}." if w1["error"] else (
            f"{_fmt(n1)} products, {_fmt(len(w1['scans']))} pages: {_fmt(missing)} missing, {_fmt(dup)} repeated"
            + ("." if w1["out_of_order"] is None
               else f"; from page {_fmt(w1['out_of_order'])} the ids no longer go down.")
        ),
    })

    n2 = 1000
    added = [n2]
    db = _scratch(n2)

    def add_three():
        # Straight to the table, past the lab's read-only switch and the learner's counters.
        sqlite3.Connection.execute(db, "PRAGMA query_only = 0")
        for _ in range(3):
            added[0] += 1
            sqlite3.Connection.execute(
                db, "INSERT INTO products_t VALUES (?, ?, ?)", (added[0], f"Product {added[0]}", 499)
            )
        sqlite3.Connection.execute(db, "PRAGMA query_only = 1")

    try:
        w2 = _walk(learner, db, add_three)
    finally:
        _close(db)
    missing, dup = _coverage(w2["seen"], n2)
    out.append({
        "id": "walk-inserts",
        "label": "Still exactly once when new products are added between pages",
        "pass": not w2["error"] and missing == 0 and dup == 0,
        "detail": f"Stopped: {w2['error']}." if w2["error"] else (
            f"3 new products were added after each page; of the {_fmt(n2)} that existed at the start, "
            f"{_fmt(missing)} were missed and {_fmt(dup)} came back twice."
            + (" Positions shift when rows are added; a cursor on the id does not." if missing or dup else "")
        ),
    })

    n3 = 5000
    db = _scratch(n3)
    try:
        w3 = _walk(learner, db)
    finally:
        _close(db)
    scans = w3["scans"]
    first = scans[0] if scans else 0
    last_full = scans[-2] if len(scans) > 1 else first
    if w3["error"]:
        detail = f"Stopped: {w3['error']}."
    elif len(scans) <= 2:
        detail = f"Only {len(scans)} page(s): everything came back at once."
    else:
        detail = f"Page 1 scanned {_fmt(first)} rows; page {_fmt(len(scans) - 1)} scanned {_fmt(last_full)} rows."
    out.append({
        "id": "deep-pages",
        "kind": "performance",
        "label": "A deep page costs no more than the first",
        "pass": not w3["error"] and len(scans) > 2 and last_full <= 2 * first + 10,
        "detail": detail,
    })
    reset_db_counters()
    return out
