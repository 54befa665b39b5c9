/** The lab's database: real SQLite, synchronous. Every query and row is counted. */
interface Db {
  /** Runs one query and returns every row as an object. */
  all<Row>(sql: string, params?: unknown[]): Row[];
  /** Runs one query and returns its first row (or undefined). */
  get<Row>(sql: string, params?: unknown[]): Row | undefined;
}

/** One line of the admin user directory. */
export interface DirectoryEntry {
  id: number;
  email: string;
  team: string | null;
}

/** Every user with the name of their team (null when they have none), ordered by user id. */
export function usersWithTeams(db: Db): DirectoryEntry[] {
  // One query, whatever the number of users: SQLite matches each user to its team through the teams
  // primary key. LEFT JOIN keeps the users who have no team (their team comes back as NULL).
  return db.all<DirectoryEntry>(
    'SELECT u.id, u.email, t.name AS team FROM users u LEFT JOIN teams t ON t.id = u.team_id ORDER BY u.id',
  );
}
