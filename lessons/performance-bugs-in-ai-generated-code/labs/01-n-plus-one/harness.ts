/**
 * N+1 lab harness: n users spread over about n / 20 teams (one user in 50 has none), in real SQLite. The
 * timed call is the learner's `usersWithTeams(db)`; its rows are compared with the reference's.
 */
import type { HarnessEnv } from '@/lib/measure/load-series';
import { cachedDb, series, table, type Db } from '../shared/db';

export { counters, resetCounters } from '../shared/db';

interface Learner {
  usersWithTeams(db: Db): unknown;
}

function schema(n: number): string {
  const teams = Math.max(5, Math.round(n / 20));
  return (
    table('teams', 'id INTEGER PRIMARY KEY, name TEXT NOT NULL') +
    table('users', 'id INTEGER PRIMARY KEY, email TEXT NOT NULL, team_id INTEGER') +
    `${series(teams)}INSERT INTO teams_t SELECT i, 'Team ' || i FROM c;` +
    `${series(n)}INSERT INTO users_t SELECT i, 'user' || i || '@example.com', ` +
    `CASE WHEN i % 50 = 7 THEN NULL ELSE ((i * 7919) % ${teams}) + 1 END FROM c;`
  );
}

export function makeInput(n: number, env: HarnessEnv) {
  return { db: cachedDb(env, `users:${n}`, schema(n)) };
}

export function run(learner: Learner, input: { db: Db }) {
  const rows = learner.usersWithTeams(input.db);
  if (!Array.isArray(rows)) return rows;
  // Compare what matters: each user once, with id, email and team, in id order.
  return rows
    .map((raw: unknown) => {
      const r = (raw ?? {}) as { id?: unknown; email?: unknown; team?: unknown };
      return { id: r.id, email: r.email, team: r.team === undefined ? '(no team field)' : r.team };
    })
    .sort((a, b) => Number(a.id) - Number(b.id));
}
