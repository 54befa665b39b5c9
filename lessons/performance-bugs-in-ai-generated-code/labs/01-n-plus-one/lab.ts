import type { Lab } from '@/lib/labs/types';
import { DB_COUNTERS } from '../shared/db-counters';
import { labSources } from '../lab-sources';

const { starter, solution, harness } = labSources('01-n-plus-one');

export const lab: Lab = {
  id: 'n-plus-one',
  number: 1,
  title: 'N+1 queries: one query per user',
  summary: 'A tidy loop asks the database for each user’s team, one query at a time. Make it one query.',
  sectionId: 'n-plus-one',
  pattern: 'n-plus-one',
  finding: 'query-per-item',
  kind: 'fix',
  starter,
  solution,
  requiredExports: ['usersWithTeams'],
  harness,
  needsSqlite: true,
  sizes: [100, 300, 1000, 3000, 10000, 30000],
  sizeUnit: 'users',
  checkCorrectness: true,
  budget: {
    counters: [
      {
        counter: 'queries',
        kind: 'max',
        value: 2,
        hint: 'Fetch the teams with one JOIN, or with one IN (...) query for all the team ids.',
      },
    ],
  },
  counters: DB_COUNTERS,
  model: {
    roundTripMs: 1,
    label:
      'Modelled production time = measured time + queries × 1 ms. The 1 ms per query is a stated model of a ' +
      'database on the same network, not a measurement: SQLite here runs in the same thread, so each query ' +
      'costs microseconds instead.',
  },
  hints: [
    'Look at the Queries counter: how does it change when the number of users grows 10×?',
    'The loop asks for one team per user. The database can match users to teams itself if you ask once.',
    'A JOIN on `teams.id = users.team_id` returns each user together with their team’s name in one query.',
    'Some users have no team (`team_id` is NULL). An inner JOIN drops them; a LEFT JOIN keeps them with a NULL name.',
  ],
  prose: {
    why:
      'The starter reads the users with one query, then asks for each user’s team with another. With 10,000 ' +
      'users that is 10,001 queries for one call. Here SQLite runs inside the same thread, so each query ' +
      'costs only microseconds; against a real database server every query also pays a network round trip ' +
      'and the server’s own per-query work, and the loop waits for each one in turn.',
    see:
      'Run the starter and read the **Queries** column: it grows in step with the users (n + 1). The ' +
      '**modelled production time** adds a stated 1 ms per query to the measured time, to show what the same ' +
      'loop would cost against a database across a network.',
    fix:
      'Ask once. Either join the two tables in SQL, or fetch the users, collect their team ids, fetch those ' +
      'teams with one `IN (...)` query and match them in memory with a `Map`. The budget allows at most ' +
      '2 queries whatever the number of users.',
    contract:
      'Export `usersWithTeams(db)`. It returns one object per user, `{ id, email, team }`, where `team` is ' +
      'the team’s name or `null` for users without a team, ordered by user id. `db.all(sql, params)` returns ' +
      'all rows, `db.get(sql, params)` the first row. Tables: `users(id, email, team_id)` and `teams(id, name)`.',
  },
};
