/** The lab's database: real SQLite, synchronous. Every query and row is counted. */
interface Db {
  /** Runs one query and returns every row as an object. */
  all<Row>(sql: string, params?: unknown[]): Row[];
  /** Runs one query and returns its first row (or undefined). */
  get<Row>(sql: string, params?: unknown[]): Row | undefined;
}

interface UserRow {
  id: number;
  email: string;
  team_id: number | null;
}

interface TeamRow {
  id: number;
  name: string;
}

/** One line of the admin user directory. */
export interface DirectoryEntry {
  id: number;
  email: string;
  team: string | null;
}

function findTeam(db: Db, teamId: number | null): TeamRow | undefined {
  return db.get<TeamRow>('SELECT id, name FROM teams WHERE id = ?', [teamId]);
}

function toEntry(user: UserRow, team: TeamRow | undefined): DirectoryEntry {
  return { id: user.id, email: user.email, team: team?.name ?? null };
}

/** Every user with the name of their team (null when they have none), ordered by user id. */
export function usersWithTeams(db: Db): DirectoryEntry[] {
  const users = db.all<UserRow>('SELECT id, email, team_id FROM users ORDER BY id');
  return users.map((user) => toEntry(user, findTeam(db, user.team_id)));
}
