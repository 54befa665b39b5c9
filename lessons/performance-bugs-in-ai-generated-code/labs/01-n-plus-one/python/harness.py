# The user directory in Python: n users over about n / 20 teams (one user in 50 has none), the same data
# as the JavaScript lab, in a real SQLite database from Python's own sqlite3 module. The timed call is the
# learner's `users_with_teams(db)`; its rows are compared with the reference's. The database and its
# counters (queries, rows scanned, rows fetched) are the SQL labs' shared ones, included here at build time:

# include: shared/python/db.py


def reset_counters():
    reset_db_counters()


def counters():
    return db_counters()


def _schema(n):
    teams = max(5, int(n / 20 + 0.5))
    return (
        table("teams", "id INTEGER PRIMARY KEY, name TEXT NOT NULL")
        + table("users", "id INTEGER PRIMARY KEY, email TEXT NOT NULL, team_id INTEGER")
        + f"{series(teams)}INSERT INTO teams_t SELECT i, 'Team ' || i FROM c;"
        + f"{series(n)}INSERT INTO users_t SELECT i, 'user' || i || '@example.com', "
        + f"CASE WHEN i % 50 = 7 THEN NULL ELSE ((i * 7919) % {teams}) + 1 END FROM c;"
    )


def make_input(n, env):
    return {"db": cached_db(env, f"users:{n}", _schema(n))}


def run(learner, inp):
    rows = learner.users_with_teams(fresh(inp["db"]))
    if not is_rows(rows):
        return rows
    # Compare what matters: each user once, with id, email and team, in id order (a dict or a
    # sqlite3.Row per user both do).
    entries = [{key: field(row, key) for key in ("id", "email", "team")} for row in rows]
    return sorted(entries, key=by_id)
