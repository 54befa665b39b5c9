import { DB_HARNESS, DB_INTERFACE } from '../shared/db-harness';

const TYPES = String.raw`interface Product {
  id: number;
  name: string;
  price_cents: number;
}

/** What the client sends: the cursor from the previous page (null for the first page) and a page size. */
interface PageRequest {
  cursor: number | string | null;
  limit: number;
}

/** One page, newest product first, and the cursor for the next page (null on the last page). */
interface Page {
  items: Product[];
  next: number | string | null;
}`;

export const starter = String.raw`${DB_INTERFACE}

${TYPES}

/** GET /products: the catalogue, newest first. */
export function listProducts(db: Db, request: PageRequest): Page {
  // Every product in one response, whatever the client asked for.
  const items = db.all<Product>('SELECT id, name, price_cents FROM products ORDER BY id DESC');
  return { items, next: null };
}
`;

export const solution = String.raw`${DB_INTERFACE}

${TYPES}

/** GET /products: the catalogue, newest first, one page at a time. */
export function listProducts(db: Db, request: PageRequest): Page {
  const limit = Math.min(Math.max(1, Math.floor(request.limit)), 100);
  // Keyset (cursor) pagination: continue below the last id the client saw. The primary key takes
  // SQLite straight there, so a deep page costs the same as the first, and rows added meanwhile
  // (they get higher ids) cannot shift what comes next. One extra row tells whether a next page exists.
  const rows =
    request.cursor === null
      ? db.all<Product>('SELECT id, name, price_cents FROM products ORDER BY id DESC LIMIT ?', [limit + 1])
      : db.all<Product>('SELECT id, name, price_cents FROM products WHERE id < ? ORDER BY id DESC LIMIT ?', [
          Number(request.cursor),
          limit + 1,
        ]);
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? last.id : null };
}
`;

export const harness = String.raw`${DB_HARNESS}
var PAGE = 50;
var returned = 0;
function schema(n) {
  return hpTable('products', 'id INTEGER PRIMARY KEY, name TEXT NOT NULL, price_cents INTEGER NOT NULL') +
    hpSeries(n) + "INSERT INTO products_t SELECT i, 'Product ' || i, ((i * 7919) % 20000) + 99 FROM c;";
}
function itemsOf(page) {
  return page && Array.isArray(page.items) ? page.items : null;
}
exports.makeInput = function (n, env) {
  return { db: hpCached(env, 'products:' + n, schema(n)) };
};
// The timed call: one request for the first page, as a client opening the catalogue sends it.
exports.run = function (learner, input) {
  var page = learner.listProducts(input.db, { cursor: null, limit: PAGE });
  var items = itemsOf(page);
  returned = items ? items.length : 0;
  return page;
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

// Walks every page. between(pageNumber) runs after each page (e.g. to insert rows). Returns what it saw.
function walk(learner, db, between) {
  var seen = [];
  var scans = [];
  var cursor = null;
  for (var p = 1; p <= 2000; p++) {
    hpReset();
    var page = learner.listProducts(db, { cursor: cursor, limit: PAGE });
    scans.push(hp.rowsScanned);
    var items = itemsOf(page);
    if (!items) return { error: 'page ' + p + ' has no items array', seen: seen, scans: scans };
    if (items.length > PAGE) {
      return { error: 'page ' + p + ' has ' + items.length + ' items; the client asked for ' + PAGE, seen: seen, scans: scans };
    }
    for (var i = 0; i < items.length; i++) seen.push(items[i] && items[i].id);
    if (page.next === null || page.next === undefined) return { seen: seen, scans: scans };
    cursor = page.next;
    if (between) between(p);
  }
  return { error: 'still not on the last page after 2,000 pages (does next ever become null?)', seen: seen, scans: scans };
}
function coverage(seen, total) {
  var counts = {};
  var dup = 0;
  for (var i = 0; i < seen.length; i++) {
    var id = seen[i];
    if (id >= 1 && id <= total) {
      counts[id] = (counts[id] || 0) + 1;
      if (counts[id] === 2) dup++;
    }
  }
  var missing = 0;
  for (var k = 1; k <= total; k++) if (!counts[k]) missing++;
  return { missing: missing, dup: dup };
}
function withDb(env, n, fn) {
  var raw = hpOpen(env.SQL, schema(n), true);
  try {
    return fn(raw);
  } finally {
    raw.close();
  }
}
function fmt(x) {
  return Number(x).toLocaleString('en-US');
}
exports.checks = function (learner, env) {
  var out = [];
  var n1 = 1234;
  var w1 = withDb(env, n1, function (raw) {
    return walk(learner, hpWrap(raw), null);
  });
  var c1 = coverage(w1.seen, n1);
  out.push({
    id: 'walk',
    label: 'Walking every page returns each record exactly once',
    pass: !w1.error && c1.missing === 0 && c1.dup === 0,
    detail: w1.error ? 'Stopped: ' + w1.error + '.' :
      fmt(n1) + ' products, ' + fmt(w1.scans.length) + ' pages: ' + fmt(c1.missing) + ' missing, ' + fmt(c1.dup) + ' repeated.',
  });
  var n2 = 1000;
  var next = n2;
  var w2 = withDb(env, n2, function (raw) {
    raw.run('PRAGMA query_only = 0');
    return walk(learner, hpWrap(raw), function () {
      for (var j = 0; j < 3; j++) {
        next++;
        raw.run('INSERT INTO products_t VALUES (?, ?, ?)', [next, 'Product ' + next, 499]);
      }
    });
  });
  var c2 = coverage(w2.seen, n2);
  out.push({
    id: 'walk-inserts',
    label: 'Still exactly once when new products are added between pages',
    pass: !w2.error && c2.missing === 0 && c2.dup === 0,
    detail: w2.error ? 'Stopped: ' + w2.error + '.' :
      '3 new products were added after each page; of the ' + fmt(n2) + ' that existed at the start, ' +
      fmt(c2.missing) + ' were missed and ' + fmt(c2.dup) + ' came back twice.',
  });
  var n3 = 5000;
  var w3 = withDb(env, n3, function (raw) {
    return walk(learner, hpWrap(raw), null);
  });
  var first = w3.scans[0] || 0;
  var lastFull = w3.scans.length > 1 ? w3.scans[w3.scans.length - 2] : first;
  out.push({
    id: 'deep-pages',
    kind: 'performance',
    label: 'A deep page costs no more than the first',
    pass: !w3.error && w3.scans.length > 2 && lastFull <= 2 * first + 10,
    detail: w3.error ? 'Stopped: ' + w3.error + '.' : w3.scans.length <= 2 ? 'Only ' + w3.scans.length + ' page(s): everything came back at once.' :
      'Page 1 scanned ' + fmt(first) + ' rows; page ' + fmt(w3.scans.length - 1) + ' scanned ' + fmt(lastFull) + ' rows.',
  });
  hpReset();
  return out;
};
`;
