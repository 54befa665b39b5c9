# The user directory in Python: n users over about n / 20 teams (one user in 50 has none), the same data
# as the JavaScript lab, in a real SQLite database from Python's own sqlite3 module. Each size's database is
# built once (inside SQLite, with recursive CTEs) and kept in `env`, then made read-only. The timed call is
# the learner's `users_with_teams(db)`; its rows are compared with the reference's.
#
# The counters, taken on the connection itself so that every statement the learner's code sends is seen,
# whichever way it sends it (the model layer, `db.execute`, a cursor):
#   queries      statements SQLite runs, from `conn.set_trace_callback`
#   rowsScanned  rows SQLite visits: each table `<name>_t` is read through a view `<name>` whose WHERE
#                calls `hp_scan(rowid)`, once for every row visited (as the JavaScript lab's database does)
#   rowsFetched  rows handed to Python, from the connection's `row_factory` (rows come as sqlite3.Row)
import sqlite3

_counts = {"queries": 0, "rowsScanned": 0, "rowsFetched": 0}


def reset_counters():
    for key in _counts:
        _counts[key] = 0


def counters():
    return dict(_counts)


def _statement(sql):
    _counts["queries"] += 1


def _scan(rowid):
    _counts["rowsScanned"] += 1
    return 1


def _row(cursor, row):
    _counts["rowsFetched"] += 1
    return sqlite3.Row(cursor, row)


def _table(name, columns):
    return (
        f"CREATE TABLE {name}_t ({columns});"
        f"CREATE VIEW {name} AS SELECT * FROM {name}_t WHERE hp_scan(rowid);"
    )


def _series(n):
    return f"WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < {int(n)}) "


def _schema(n):
    teams = max(5, int(n / 20 + 0.5))
    return (
        _table("teams", "id INTEGER PRIMARY KEY, name TEXT NOT NULL")
        + _table("users", "id INTEGER PRIMARY KEY, email TEXT NOT NULL, team_id INTEGER")
        + f"{_series(teams)}INSERT INTO teams_t SELECT i, 'Team ' || i FROM c;"
        + f"{_series(n)}INSERT INTO users_t SELECT i, 'user' || i || '@example.com', "
        + f"CASE WHEN i % 50 = 7 THEN NULL ELSE ((i * 7919) % {teams}) + 1 END FROM c;"
    )


def _open(schema_sql):
    # Autocommit (isolation_level=None): sqlite3 adds no BEGIN of its own, so the count is the learner's.
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.create_function("hp_scan", 1, _scan)
    conn.executescript(schema_sql)
    conn.execute("PRAGMA query_only = 1")
    conn.row_factory = _row
    conn.set_trace_callback(_statement)
    return conn


def make_input(n, env):
    if not hasattr(env, "dbs"):
        env.dbs = {}
    if n not in env.dbs:
        env.dbs[n] = _open(_schema(n))
    return {"db": env.dbs[n]}


def _field(row, key):
    try:
        return row[key]
    except (KeyError, IndexError, TypeError):
        return "(no %s field)" % key


def _id_order(entry):
    i = entry["id"]
    return (0, i) if isinstance(i, (int, float)) and not isinstance(i, bool) else (1, 0)


def run(learner, inp):
    rows = learner.users_with_teams(inp["db"])
    if isinstance(rows, (str, bytes, dict)) or not hasattr(rows, "__iter__"):
        return rows
    # Compare what matters: each user once, with id, email and team, in id order (a dict or a
    # sqlite3.Row per user both do).
    entries = [{key: _field(row, key) for key in ("id", "email", "team")} for row in rows]
    return sorted(entries, key=_id_order)
