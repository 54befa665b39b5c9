import { DB_HARNESS, DB_INTERFACE } from '../shared/db-harness';

export const starter = String.raw`${DB_INTERFACE}

interface User {
  id: number;
  email: string;
  team_id: number | null;
}

interface Team {
  id: number;
  name: string;
}

/** Every user with the name of their team (null when they have none), ordered by user id. */
export function usersWithTeams(db: Db) {
  const users = db.all<User>('SELECT id, email, team_id FROM users ORDER BY id');
  return users.map((user) => {
    // One more query for every user: the N in N+1.
    const team = db.get<Team>('SELECT id, name FROM teams WHERE id = ?', [user.team_id]);
    return { id: user.id, email: user.email, team: team ? team.name : null };
  });
}
`;

export const solution = String.raw`${DB_INTERFACE}

interface UserWithTeam {
  id: number;
  email: string;
  team: string | null;
}

/** Every user with the name of their team (null when they have none), ordered by user id. */
export function usersWithTeams(db: Db) {
  // One query: SQLite matches each user to its team through the teams primary key.
  // LEFT JOIN keeps the users who have no team.
  return db.all<UserWithTeam>(
    'SELECT u.id, u.email, t.name AS team FROM users u LEFT JOIN teams t ON t.id = u.team_id ORDER BY u.id',
  );
}
`;

export const harness = String.raw`${DB_HARNESS}
function schema(n) {
  var teams = Math.max(5, Math.round(n / 20));
  return hpTable('teams', 'id INTEGER PRIMARY KEY, name TEXT NOT NULL') +
    hpTable('users', 'id INTEGER PRIMARY KEY, email TEXT NOT NULL, team_id INTEGER') +
    hpSeries(teams) + 'INSERT INTO teams_t SELECT i, ' + "'Team ' || i" + ' FROM c;' +
    hpSeries(n) + 'INSERT INTO users_t SELECT i, ' + "'user' || i || '@example.com'" +
    ', CASE WHEN i % 50 = 7 THEN NULL ELSE ((i * 7919) % ' + teams + ') + 1 END FROM c;';
}
exports.makeInput = function (n, env) {
  return { db: hpCached(env, 'users:' + n, schema(n)) };
};
exports.run = function (learner, input) {
  var rows = learner.usersWithTeams(input.db);
  if (!Array.isArray(rows)) return rows;
  // Compare what matters: each user once, with id, email and team, in id order.
  var out = new Array(rows.length);
  for (var i = 0; i < rows.length; i++) {
    var r = rows[i] || {};
    out[i] = { id: r.id, email: r.email, team: r.team === undefined ? '(no team field)' : r.team };
  }
  return out.sort(function (a, b) { return a.id - b.id; });
};
exports.counters = hpCounters;
exports.resetCounters = hpReset;
`;
