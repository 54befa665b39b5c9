/** The lab's database: real SQLite, synchronous. Every query and row is counted. */
interface Db {
  /** Runs one query and returns every row as an object. */
  all<Row>(sql: string, params?: unknown[]): Row[];
  /** Runs one query and returns its first row (or undefined). */
  get<Row>(sql: string, params?: unknown[]): Row | undefined;
}

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
