/**
 * Database helpers shared by the SQL labs' harnesses (plain JavaScript, prepended to each harness; runs
 * in the measuring worker with real SQLite from sql.js). Never shown as the learner's code.
 *
 * Each table is stored as `<name>_t` and read through a view `<name>` whose WHERE calls `hp_scan(rowid)`:
 * SQLite calls it once for every row it visits (checked with EXPLAIN QUERY PLAN: full scans visit every
 * row, index searches only the rows they find, OFFSET visits the rows it skips). That is the "rows
 * scanned" counter. The wrapper counts queries issued and rows handed to JavaScript ("rows fetched").
 * Databases are built once per size inside SQLite (recursive CTEs), then made read-only.
 */
export const DB_HARNESS = String.raw`
var hp = { queries: 0, rowsScanned: 0, rowsFetched: 0 };
var hpDbs = {};
function hpReset() {
  hp.queries = 0;
  hp.rowsScanned = 0;
  hp.rowsFetched = 0;
}
function hpCounters() {
  return { queries: hp.queries, rowsScanned: hp.rowsScanned, rowsFetched: hp.rowsFetched };
}
function hpCount(raw) {
  // (Re)binds the row counter to this harness instance's counters.
  raw.create_function('hp_scan', function (rowid) {
    hp.rowsScanned++;
    return 1;
  });
}
function hpOpen(SQL, schemaSql, readOnly) {
  if (!SQL) throw new Error('This lab needs SQLite, but it was not loaded.');
  // sql.js names each database's in-memory file from Math.random, which the worker seeds per size: two
  // databases could get the same file. A serial kept on the module gives every one its own name.
  var serial = (SQL.__hotpathSerial = (SQL.__hotpathSerial || 0) + 1);
  var random = Math.random;
  Math.random = function () {
    return serial / 4294967296;
  };
  var raw;
  try {
    raw = new SQL.Database();
  } finally {
    Math.random = random;
  }
  hpCount(raw);
  raw.run('BEGIN');
  raw.run(schemaSql);
  raw.run('COMMIT');
  if (readOnly) raw.run('PRAGMA query_only = 1');
  return raw;
}
function hpTable(name, columnsSql) {
  return 'CREATE TABLE ' + name + '_t (' + columnsSql + ');' +
    'CREATE VIEW ' + name + ' AS SELECT * FROM ' + name + '_t WHERE hp_scan(rowid);';
}
function hpSeries(n) {
  return 'WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < ' + Math.floor(n) + ') ';
}
// Built databases are kept on the sql.js module itself, so a later run in the same worker reuses them
// (one per lab and size: bounded). They are read-only, and the wrapper only runs SELECT statements.
function hpCached(env, key, schemaSql) {
  if (hpDbs[key]) return hpDbs[key];
  var SQL = env.SQL;
  var store = SQL ? SQL.__hotpathDbs || (SQL.__hotpathDbs = {}) : {};
  var raw = store[key];
  if (raw) hpCount(raw);
  else raw = store[key] = hpOpen(SQL, schemaSql, true);
  hpDbs[key] = hpWrap(raw);
  return hpDbs[key];
}
function hpWrap(raw) {
  function query(sql, params, one) {
    if (typeof sql !== 'string') throw new TypeError('db.all(sql, params): sql must be a string of SQL.');
    if (params !== undefined && params !== null && !Array.isArray(params)) {
      throw new TypeError('db.all(sql, params): params must be an array, e.g. [42].');
    }
    if (!/^\s*(SELECT|WITH|VALUES|EXPLAIN)\b/i.test(sql)) {
      throw new Error('The lab database is read-only: db.all and db.get run SELECT queries only.');
    }
    hp.queries++;
    var st = raw.prepare(sql);
    try {
      if (params && params.length) st.bind(params);
      var out = [];
      var cols = null;
      while (st.step()) {
        if (!cols) cols = st.getColumnNames();
        var vals = st.get();
        var row = {};
        for (var i = 0; i < cols.length; i++) row[cols[i]] = vals[i];
        hp.rowsFetched++;
        out.push(row);
        if (one) break;
      }
      return out;
    } finally {
      st.free();
    }
  }
  return Object.freeze({
    all: function (sql, params) { return query(sql, params, false); },
    get: function (sql, params) { return query(sql, params, true)[0]; },
  });
}
`;

/** The `Db` interface as the learner sees it, pasted at the top of each SQL lab's starter. */
export const DB_INTERFACE = String.raw`/** The lab's database: real SQLite, synchronous. Every query and row is counted. */
interface Db {
  /** Runs one query and returns every row as an object. */
  all<Row>(sql: string, params?: unknown[]): Row[];
  /** Runs one query and returns its first row (or undefined). */
  get<Row>(sql: string, params?: unknown[]): Row | undefined;
}`;
