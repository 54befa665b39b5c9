/**
 * Fixes someone might write for the user directory, run by the lab's tests through the worker path
 * (labs.test.ts, fixes.test.ts, e2e/labs.spec.ts). Never shipped to a page.
 */
import type { LabFix } from '@/lib/labs/types';

export const halfFixes: LabFix[] = [
  {
    name: 'a cache of teams already looked up (still one query per distinct team)',
    source: `interface Db { all<R>(sql: string, p?: unknown[]): R[]; get<R>(sql: string, p?: unknown[]): R | undefined }
export function usersWithTeams(db: Db) {
  const users = db.all<{ id: number; email: string; team_id: number | null }>('SELECT id, email, team_id FROM users ORDER BY id');
  const teamNames = new Map<number | null, string | null>();
  return users.map((user) => {
    if (!teamNames.has(user.team_id)) {
      const team = db.get<{ name: string }>('SELECT name FROM teams WHERE id = ?', [user.team_id]);
      teamNames.set(user.team_id, team ? team.name : null);
    }
    return { id: user.id, email: user.email, team: teamNames.get(user.team_id) ?? null };
  });
}`,
    fails: 'counter:queries',
    reason: 'the budget allows at most 2 queries',
    sizes: [100, 300, 1000],
  },
  {
    name: 'an inner JOIN (fast, but drops the users who have no team)',
    source: `export function usersWithTeams(db) {
  return db.all('SELECT u.id, u.email, t.name AS team FROM users u JOIN teams t ON t.id = u.team_id ORDER BY u.id');
}`,
    fails: 'correct',
    reason: 'the output differs',
    sizes: [100, 300, 1000],
  },
  {
    name: 'teams fetched with IN (...) in chunks of 100 users',
    source: `export function usersWithTeams(db) {
  const users = db.all('SELECT id, email, team_id FROM users ORDER BY id');
  const names = new Map();
  for (let i = 0; i < users.length; i += 100) {
    const ids = users.slice(i, i + 100).map((u) => u.team_id).filter((id) => id !== null);
    if (ids.length === 0) continue;
    const rows = db.all('SELECT id, name FROM teams WHERE id IN (' + ids.map(() => '?').join(', ') + ')', ids);
    for (const t of rows) names.set(t.id, t.name);
  }
  return users.map((u) => ({ id: u.id, email: u.email, team: names.get(u.team_id) ?? null }));
}`,
    fails: 'counter:queries',
    reason: 'the budget allows at most 2 queries',
    sizes: [100, 300, 1000],
  },
  {
    name: 'tries to change the database (refused: it is read-only)',
    source: `export function usersWithTeams(db) {
  db.all('DELETE FROM users');
  return [];
}`,
    fails: 'runs',
    reason: 'read-only',
    sizes: [100, 300],
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'users, then one IN query for their teams, matched with a Map',
    source: `export function usersWithTeams(db) {
  const users = db.all('SELECT id, email, team_id FROM users');
  const ids = [...new Set(users.map((u) => u.team_id).filter((id) => id !== null))];
  const teams = db.all('SELECT id, name FROM teams WHERE id IN (' + ids.map(() => '?').join(',') + ')', ids);
  const byId = new Map(teams.map((t) => [t.id, t.name]));
  return users.map((u) => ({ id: u.id, email: u.email, team: byId.get(u.team_id) ?? null }));
}`,
    sizes: [100, 300, 1000, 3000],
  },
  {
    name: 'a subquery in the SELECT list',
    source: `export function usersWithTeams(db) {
  return db.all(
    'SELECT u.id, u.email, (SELECT name FROM teams t WHERE t.id = u.team_id) AS team FROM users u ORDER BY u.id',
  );
}`,
    sizes: [100, 300, 1000, 3000],
  },
];
