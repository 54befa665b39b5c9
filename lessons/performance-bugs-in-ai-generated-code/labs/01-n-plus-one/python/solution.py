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


def all_users_with_team(db):
    """Every user, in id order, each with their team already loaded: Django's select_related("team").

    One query whatever the number of users. The LEFT JOIN keeps the users who have no team (their team
    columns come back as NULL), and filling `_team` here means reading `user.team` runs no query.
    """
    rows = db.execute(
        "SELECT u.id, u.email, u.team_id, t.id AS t_id, t.name AS t_name "
        "FROM users u LEFT JOIN teams t ON t.id = u.team_id ORDER BY u.id"
    )
    users = []
    for row in rows:
        user = User(db, row["id"], row["email"], row["team_id"])
        user._team = Team(row["t_id"], row["t_name"]) if row["t_id"] is not None else None
        users.append(user)
    return users


# ---- The page --------------------------------------------------------------------------------------------


def users_with_teams(db):
    """One line per user for the admin directory: id, email and team name (None without a team)."""
    directory = []
    for user in all_users_with_team(db):
        directory.append({
            "id": user.id,
            "email": user.email,
            "team": user.team.name if user.team else None,
        })
    return directory
