# ---- The app's model layer: a tiny ORM in the manner of Django's --------------------------------------
# `db` is a sqlite3 connection (read-only); each row comes back as a sqlite3.Row: row["email"].

_NOT_LOADED = object()


class Team:
    def __init__(self, id, name):
        self.id = id
        self.name = name


class User:
    def __init__(self, db, id, email, team_id):
        self._db = db
        self.id = id
        self.email = email
        self.team_id = team_id
        self._team = _NOT_LOADED

    @property
    def team(self):
        """The user's Team, or None. Like a Django foreign key, the first read runs a query."""
        if self._team is _NOT_LOADED:
            self._team = None
            if self.team_id is not None:
                row = self._db.execute("SELECT id, name FROM teams WHERE id = ?", (self.team_id,)).fetchone()
                if row is not None:
                    self._team = Team(row["id"], row["name"])
        return self._team


def all_users(db):
    """Every user, in id order."""
    rows = db.execute("SELECT id, email, team_id FROM users ORDER BY id")
    return [User(db, row["id"], row["email"], row["team_id"]) for row in rows]


# ---- The page --------------------------------------------------------------------------------------------


def users_with_teams(db):
    """One line per user for the admin directory: id, email and team name (None without a team)."""
    directory = []
    for user in all_users(db):
        directory.append({
            "id": user.id,
            "email": user.email,
            "team": user.team.name if user.team else None,
        })
    return directory
