/**
 * Python fixes someone might write for the user directory, run by python-labs-N.test.ts through the worker
 * path with the real Pyodide. Never shipped to a page.
 */
import type { LabFix } from '@/lib/labs/types';

export const halfFixes: LabFix[] = [
  {
    name: 'a dict of teams already looked up (still one query per distinct team)',
    source: `def users_with_teams(db):
    names = {}
    directory = []
    for user in db.execute("SELECT id, email, team_id FROM users ORDER BY id").fetchall():
        team_id = user["team_id"]
        if team_id not in names:
            row = db.execute("SELECT name FROM teams WHERE id = ?", (team_id,)).fetchone()
            names[team_id] = row["name"] if row else None
        directory.append({"id": user["id"], "email": user["email"], "team": names[team_id]})
    return directory
`,
    fails: 'counter:queries',
    reason: 'the budget allows at most 2 queries',
    sizes: [100, 300, 1000],
  },
  {
    name: 'an inner JOIN (one query, but the users without a team are gone)',
    source: `def users_with_teams(db):
    rows = db.execute(
        "SELECT u.id, u.email, t.name AS team FROM users u JOIN teams t ON t.id = u.team_id ORDER BY u.id"
    )
    return [dict(row) for row in rows]
`,
    fails: 'correct',
    reason: 'the output differs',
    sizes: [100, 300, 1000],
  },
  {
    name: 'a select_related-style JOIN whose team is never stored (user.team still queries)',
    source: `class User:
    def __init__(self, db, id, email, team_id):
        self.db, self.id, self.email, self.team_id = db, id, email, team_id

    @property
    def team(self):
        if self.team_id is None:
            return None
        return self.db.execute("SELECT id, name FROM teams WHERE id = ?", (self.team_id,)).fetchone()


def users_with_teams(db):
    rows = db.execute(
        "SELECT u.id, u.email, u.team_id, t.name FROM users u LEFT JOIN teams t ON t.id = u.team_id ORDER BY u.id"
    ).fetchall()
    people = [User(db, r["id"], r["email"], r["team_id"]) for r in rows]
    return [{"id": p.id, "email": p.email, "team": p.team["name"] if p.team else None} for p in people]
`,
    fails: 'counter:queries',
    reason: 'the budget allows at most 2 queries',
    sizes: [100, 300, 1000],
  },
  {
    name: 'team ids fetched with IN (...) in chunks of 100 users',
    source: `def users_with_teams(db):
    users = db.execute("SELECT id, email, team_id FROM users ORDER BY id").fetchall()
    names = {}
    for start in range(0, len(users), 100):
        ids = [u["team_id"] for u in users[start:start + 100] if u["team_id"] is not None]
        if ids:
            marks = ", ".join("?" for _ in ids)
            for t in db.execute(f"SELECT id, name FROM teams WHERE id IN ({marks})", ids):
                names[t["id"]] = t["name"]
    return [{"id": r["id"], "email": r["email"], "team": names.get(r["team_id"])} for r in users]
`,
    fails: 'counter:queries',
    reason: 'the budget allows at most 2 queries',
    sizes: [100, 300, 1000],
  },
  {
    name: 'tries to change the database (refused: it is read-only)',
    source: `def users_with_teams(db):
    db.execute("DELETE FROM users_t")
    return []
`,
    fails: 'runs',
    reason: 'readonly|read-only',
    sizes: [100, 300],
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'users, then one IN query for their teams, matched with a dict',
    source: `def users_with_teams(db):
    users = db.execute("SELECT id, email, team_id FROM users").fetchall()
    ids = sorted({u["team_id"] for u in users if u["team_id"] is not None})
    marks = ",".join("?" * len(ids))
    teams = {t["id"]: t["name"] for t in db.execute(f"SELECT id, name FROM teams WHERE id IN ({marks})", ids)}
    return [{"id": r["id"], "email": r["email"], "team": teams.get(r["team_id"])} for r in users]
`,
    sizes: [100, 300, 1000, 3000],
  },
  {
    name: 'a LEFT JOIN, rows unpacked as tuples',
    source: `def users_with_teams(db):
    sql = "SELECT u.id, u.email, t.name FROM users u LEFT JOIN teams t ON t.id = u.team_id ORDER BY u.id"
    return [{"id": i, "email": e, "team": name} for i, e, name in db.execute(sql)]
`,
    sizes: [100, 300, 1000, 3000],
  },
  {
    name: 'a subquery in the SELECT list',
    source: `def users_with_teams(db):
    cur = db.execute(
        "SELECT u.id AS id, u.email AS email, (SELECT name FROM teams t WHERE t.id = u.team_id) AS team "
        "FROM users u ORDER BY u.id"
    )
    return [{k: row[k] for k in row.keys()} for row in cur]
`,
    sizes: [100, 300, 1000, 3000],
  },
];
