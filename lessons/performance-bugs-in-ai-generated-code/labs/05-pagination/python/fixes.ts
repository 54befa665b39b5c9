/**
 * Python fixes someone might write for the product listing, run by python-labs-N.test.ts through the worker
 * path with the real Pyodide. Never shipped to a page.
 */
import type { LabFix } from '@/lib/labs/types';

export const halfFixes: LabFix[] = [
  {
    name: 'LIMIT/OFFSET pages (duplicates under inserts, deep pages slow)',
    source: `def list_products(db, request):
    offset = 0 if request["cursor"] is None else int(request["cursor"])
    rows = db.execute(
        "SELECT id, name, price_cents FROM products ORDER BY id DESC LIMIT ? OFFSET ?",
        (request["limit"], offset),
    ).fetchall()
    items = [dict(r) for r in rows]
    return {"items": items, "next": None if len(items) < request["limit"] else offset + len(items)}
`,
    fails: 'check:walk-inserts',
    reason: 'came back twice',
    sizes: [500, 1000, 3000],
  },
  {
    name: 'the whole table fetched, then one page sliced out in Python',
    source: `def list_products(db, request):
    everything = [dict(r) for r in db.execute("SELECT id, name, price_cents FROM products ORDER BY id DESC")]
    ids = [p["id"] for p in everything]
    start = 0 if request["cursor"] is None else ids.index(request["cursor"]) + 1
    page = everything[start:start + request["limit"]]
    more = start + request["limit"] < len(everything)
    return {"items": page, "next": page[-1]["id"] if more else None}
`,
    fails: 'counter:rowsScanned',
    reason: 'SQLite still reads the whole table',
    sizes: [500, 1000, 3000],
  },
  {
    name: 'the cursor skipped to by stepping through the rows before it (deep pages read them all)',
    source: `def list_products(db, request):
    cur = db.execute("SELECT id, name, price_cents FROM products ORDER BY id DESC")
    if request["cursor"] is not None:
        for row in cur:
            if row["id"] == request["cursor"]:
                break
    items = [dict(r) for r in cur.fetchmany(request["limit"])]
    return {"items": items, "next": items[-1]["id"] if len(items) == request["limit"] else None}
`,
    fails: 'check:deep-pages',
    reason: 'page [\\d,]+ scanned [\\d,]+ rows',
    sizes: [500, 1000, 3000],
  },
  {
    name: 'the first page only, never a next cursor',
    source: `def list_products(db, request):
    rows = db.execute("SELECT id, name, price_cents FROM products ORDER BY id DESC LIMIT ?", (request["limit"],))
    return {"items": [dict(r) for r in rows], "next": None}
`,
    fails: 'check:walk',
    reason: 'missing',
    sizes: [500, 1000, 3000],
  },
  {
    name: 'a keyset cursor with <= (the last product of each page comes back)',
    source: `def list_products(db, request):
    cursor, limit = request["cursor"], request["limit"]
    if cursor is None:
        rows = db.execute("SELECT id, name, price_cents FROM products ORDER BY id DESC LIMIT ?", (limit,))
    else:
        rows = db.execute(
            "SELECT id, name, price_cents FROM products WHERE id <= ? ORDER BY id DESC LIMIT ?", (cursor, limit)
        )
    items = [dict(r) for r in rows]
    return {"items": items, "next": items[-1]["id"] if len(items) == limit else None}
`,
    fails: 'check:walk',
    reason: 'repeated|2,000 pages',
    sizes: [500, 1000, 3000],
  },
  {
    name: 'a keyset cursor without ORDER BY (pages come oldest first)',
    source: `def list_products(db, request):
    limit = request["limit"]
    rows = db.execute(
        "SELECT id, name, price_cents FROM products WHERE id > ? LIMIT ?", (request["cursor"] or 0, limit)
    )
    items = [dict(r) for r in rows]
    return {"items": items, "next": items[-1]["id"] if len(items) == limit else None}
`,
    fails: 'check:walk',
    reason: 'the ids no longer go down',
    sizes: [500, 1000, 3000],
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'keyset with an opaque string cursor and no look-ahead row',
    source: `def list_products(db, request):
    cursor, limit = request["cursor"], request["limit"]
    if cursor is None:
        cur = db.execute("SELECT id, name, price_cents FROM products ORDER BY id DESC LIMIT ?", (limit,))
    else:
        after = int(cursor.removeprefix("id:"))
        cur = db.execute(
            "SELECT id, name, price_cents FROM products WHERE id < ? ORDER BY id DESC LIMIT ?", (after, limit)
        )
    items = [{"id": i, "name": name, "price_cents": cents} for i, name, cents in cur]
    return {"items": items, "next": f"id:{items[-1]['id']}" if len(items) == limit else None}
`,
    sizes: [500, 1000, 3000],
  },
  {
    name: 'keyset through fetchmany on a cursor of its own',
    source: `def list_products(db, request):
    limit = request["limit"]
    below = request["cursor"] if request["cursor"] is not None else 2**62
    cur = db.cursor()
    cur.execute("SELECT id, name, price_cents FROM products WHERE id < ? ORDER BY id DESC", (below,))
    rows = cur.fetchmany(limit + 1)
    items = [dict(r) for r in rows[:limit]]
    return {"items": items, "next": items[-1]["id"] if len(rows) > limit else None}
`,
    sizes: [500, 1000, 3000],
  },
];
