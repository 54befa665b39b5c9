/**
 * Database helpers shared by the SQL labs' harnesses (bundled into each harness at build time; runs in the
 * measuring worker with real SQLite from sql.js). Never shown as the learner's code.
 *
 * Each table is stored as `<name>_t` and read through a view `<name>` whose WHERE calls `hp_scan(rowid)`:
 * SQLite calls it once for every row it visits (checked with EXPLAIN QUERY PLAN: full scans visit every
 * row, index searches only the rows they find, OFFSET visits the rows it skips). That is the "rows
 * scanned" counter. The wrapper counts queries issued and rows handed to JavaScript ("rows fetched").
 * Databases are built once per size inside SQLite (recursive CTEs), then made read-only.
 */
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import type { HarnessEnv } from '@/lib/measure/load-series';

/** The database the learner's code receives. */
export interface Db {
  all<Row>(sql: string, params?: unknown[]): Row[];
  get<Row>(sql: string, params?: unknown[]): Row | undefined;
}

type SqlModule = SqlJsStatic & { __hotpathSerial?: number; __hotpathDbs?: Record<string, Database> };

const counts = { queries: 0, rowsScanned: 0, rowsFetched: 0 };
const wrapped: Record<string, Db> = {};

export function resetCounters(): void {
  counts.queries = 0;
  counts.rowsScanned = 0;
  counts.rowsFetched = 0;
}

export function counters(): Record<string, number> {
  return { ...counts };
}

/** (Re)binds the row counter to this harness instance's counters. */
function countRows(raw: Database): void {
  // sql.js registers a function with as many SQL arguments as the JavaScript function declares: one.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  raw.create_function('hp_scan', (rowid: number) => {
    counts.rowsScanned++;
    return 1;
  });
}

function open(SQL: SqlModule, schemaSql: string): Database {
  // sql.js names each database's in-memory file from Math.random, which the worker seeds per size: two
  // databases could get the same file. A serial kept on the module gives every one its own name.
  const serial = (SQL.__hotpathSerial = (SQL.__hotpathSerial ?? 0) + 1);
  const random = Math.random;
  Math.random = () => serial / 4294967296;
  let raw: Database;
  try {
    raw = new SQL.Database();
  } finally {
    Math.random = random;
  }
  countRows(raw);
  raw.run('BEGIN');
  raw.run(schemaSql);
  raw.run('COMMIT');
  raw.run('PRAGMA query_only = 1');
  return raw;
}

/** A table `<name>_t` and the counting view `<name>` the learner's queries read. */
export function table(name: string, columnsSql: string): string {
  return (
    `CREATE TABLE ${name}_t (${columnsSql});` +
    `CREATE VIEW ${name} AS SELECT * FROM ${name}_t WHERE hp_scan(rowid);`
  );
}

/** A recursive CTE `c(i)` counting 1..n, to fill a table inside SQLite. */
export function series(n: number): string {
  return `WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < ${Math.floor(n)}) `;
}

/**
 * The read-only database for `key`, built once. Built databases are kept on the sql.js module itself, so
 * a later run in the same worker reuses them (one per lab and size: bounded).
 */
export function cachedDb(env: HarnessEnv, key: string, schemaSql: string): Db {
  const hit = wrapped[key];
  if (hit) return hit;
  const SQL = env.SQL as SqlModule | undefined;
  if (!SQL) throw new Error('This lab needs SQLite, but it was not loaded.');
  const store = (SQL.__hotpathDbs ??= {});
  let raw = store[key];
  if (raw) countRows(raw);
  else raw = store[key] = open(SQL, schemaSql);
  return (wrapped[key] = wrap(raw));
}

/**
 * A database of its own for a behaviour check, built fresh and not cached: `raw` can change it between
 * the learner's calls (after `PRAGMA query_only = 0`). The caller closes it with `raw.close()`.
 */
export function scratchDb(env: HarnessEnv, schemaSql: string): { db: Db; raw: Database } {
  const SQL = env.SQL as SqlModule | undefined;
  if (!SQL) throw new Error('This lab needs SQLite, but it was not loaded.');
  const raw = open(SQL, schemaSql);
  return { db: wrap(raw), raw };
}

function wrap(raw: Database): Db {
  function query<Row>(sql: string, params: unknown, one: boolean): Row[] {
    if (typeof sql !== 'string') throw new TypeError('db.all(sql, params): sql must be a string of SQL.');
    if (params !== undefined && params !== null && !Array.isArray(params)) {
      throw new TypeError('db.all(sql, params): params must be an array, e.g. [42].');
    }
    if (!/^\s*(SELECT|WITH|VALUES|EXPLAIN)\b/i.test(sql)) {
      throw new Error('The lab database is read-only: db.all and db.get run SELECT queries only.');
    }
    counts.queries++;
    const st = raw.prepare(sql);
    try {
      if (Array.isArray(params) && params.length) st.bind(params as SqlValue[]);
      const out: Row[] = [];
      let cols: string[] | null = null;
      while (st.step()) {
        cols ??= st.getColumnNames();
        const vals = st.get();
        const row: Record<string, unknown> = {};
        for (let i = 0; i < cols.length; i++) row[cols[i]!] = vals[i];
        counts.rowsFetched++;
        out.push(row as Row);
        if (one) break;
      }
      return out;
    } finally {
      st.free();
    }
  }
  return Object.freeze({
    all: <Row>(sql: string, params?: unknown[]) => query<Row>(sql, params, false),
    get: <Row>(sql: string, params?: unknown[]) => query<Row>(sql, params, true)[0],
  });
}
