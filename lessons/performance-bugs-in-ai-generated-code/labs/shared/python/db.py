# ---- The SQL labs' database (lessons/.../labs/shared/python/db.py, copied into each harness.py that
# includes it when the lab sources are built) -------------------------------------------------------------
# A real SQLite database from Python's own sqlite3 module, built once per size inside SQLite (recursive
# CTEs), kept in the harness's `env` and made read-only. The learner's code gets the connection itself and
# may use it as any sqlite3 connection (`execute`, cursors, `row_factory`, `set_trace_callback`); the
# counters are taken on the connection, so every statement and row is seen whichever way it is asked for:
#   queries      statements SQLite runs (the connection's trace callback)
#   rowsScanned  rows SQLite visits: each table `<name>_t` is read through a view `<name>` whose WHERE
#                calls `hp_scan(rowid)`, once for every row visited (as the JavaScript labs' database does:
#                full scans visit every row, index searches only the rows they find, OFFSET the rows it skips)
#   rowsFetched  rows handed to Python (a row factory that counts, wrapped around whichever one is set)
import sqlite3

_db_counts = {"queries": 0, "rowsScanned": 0, "rowsFetched": 0}


def db_counters():
    return dict(_db_counts)


def reset_db_counters():
    for key in _db_counts:
        _db_counts[key] = 0


def _scan(rowid):
    _db_counts["rowsScanned"] += 1
    return 1


def _counting(factory):
    def row(cursor, values):
        _db_counts["rowsFetched"] += 1
        return factory(cursor, values) if factory is not None else values

    return row


class _Cursor(sqlite3.Cursor):
    @property
    def row_factory(self):
        return self._hp_factory

    @row_factory.setter
    def row_factory(self, factory):
        self._hp_factory = factory
        sqlite3.Cursor.row_factory.__set__(self, _counting(factory))


class _Connection(sqlite3.Connection):
    """sqlite3.Connection with the lab's counting kept in place whatever the learner's code sets."""

    _hp_factory = sqlite3.Row
    _hp_trace = None

    @property
    def row_factory(self):
        return self._hp_factory

    @row_factory.setter
    def row_factory(self, factory):
        self._hp_factory = factory

    def cursor(self, factory=_Cursor):
        cur = super().cursor(factory)
        if isinstance(cur, _Cursor):
            cur.row_factory = self._hp_factory
        else:
            sqlite3.Cursor.row_factory.__set__(cur, _counting(self._hp_factory))
        return cur

    def execute(self, sql, parameters=()):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters):
        return self.cursor().executemany(sql, parameters)

    def set_trace_callback(self, trace):
        """Your own callback sees every statement too; the lab's count goes on."""
        self._hp_trace = trace

    def _hp_statement(self, sql):
        _db_counts["queries"] += 1
        if self._hp_trace is not None:
            self._hp_trace(sql)

    def close(self):
        """The lab's database stays open: the other series measure on it too."""


def fresh(conn):
    """The connection as the lab hands it out: rows as sqlite3.Row, no trace callback of the learner's.
    Called before each call of the learner's function, as one series' settings must not reach the next."""
    conn._hp_factory = sqlite3.Row
    conn._hp_trace = None
    return conn


def table(name, columns):
    """A table `<name>_t` and the counting view `<name>` the learner's queries read."""
    return (
        f"CREATE TABLE {name}_t ({columns});"
        f"CREATE VIEW {name} AS SELECT * FROM {name}_t WHERE hp_scan(rowid);"
    )


def series(n):
    """A recursive CTE `c(i)` counting 1..n, to fill a table inside SQLite."""
    return f"WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < {int(n)}) "


def open_db(schema_sql):
    # Autocommit (isolation_level=None): sqlite3 adds no BEGIN of its own, so the count is the learner's.
    conn = sqlite3.connect(":memory:", isolation_level=None, factory=_Connection)
    conn.create_function("hp_scan", 1, _scan)
    conn.executescript(schema_sql)
    conn.execute("PRAGMA query_only = 1")
    sqlite3.Connection.set_trace_callback(conn, conn._hp_statement)
    return conn


def cached_db(env, key, schema_sql):
    """The read-only database for `key`, built once per harness (one per size)."""
    if not hasattr(env, "dbs"):
        env.dbs = {}
    if key not in env.dbs:
        env.dbs[key] = open_db(schema_sql)
    return env.dbs[key]


def field(row, key):
    """A returned row's field (a dict or a sqlite3.Row), or a marker that it has none."""
    try:
        return row[key]
    except (KeyError, IndexError, TypeError):
        return "(no %s field)" % key


def by_id(entry):
    i = entry["id"]
    return (0, i) if isinstance(i, (int, float)) and not isinstance(i, bool) else (1, 0)


def is_rows(value):
    return not isinstance(value, (str, bytes, dict)) and hasattr(value, "__iter__")


# ---- end of the shared database -----------------------------------------------------------------------------
