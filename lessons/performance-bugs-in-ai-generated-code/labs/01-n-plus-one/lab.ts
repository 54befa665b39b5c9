import type { Lab } from '@/lib/labs/types';
import { DB_COUNTERS } from '../shared/db-counters';
import { labSources, pythonSources } from '../lab-sources';

const { starter, solution, harness } = labSources('01-n-plus-one');

export const lab: Lab = {
  id: 'n-plus-one',
  number: 1,
  title: 'The user directory',
  summary:
    'The user directory lists every user with the name of their team. It felt fine on the demo workspace ' +
    'and crawls on a large customer’s. Measure it, find what grows with the users, and make it fast.',
  sectionId: 'n-plus-one',
  pattern: 'n-plus-one',
  finding: 'query-per-item',
  patternNote:
    'A query sat inside the per-user step (in `findTeam`), so the page sent one query per user on top of ' +
    'the first: n + 1 where one JOIN does the work.',
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
        hint: 'The number of queries still depends on the data. Fetch the teams with one JOIN, or with one IN (...) query for all the team ids.',
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
  prediction: {
    question: 'Before you run it: how many queries will the starter send to list 100 users?',
    options: [
      { id: 'one', label: '1', range: [1, 1] },
      { id: 'two', label: '2', range: [2, 2] },
      { id: 'teams', label: 'About 5, one per team', range: [3, 50] },
      { id: 'users', label: 'About 100, one per user', range: [51, 1000] },
    ],
    answer: 'users',
    measure: { kind: 'counter', counter: 'queries', n: 100 },
    explain:
      'One query reads the users, then `findTeam` sends one more for every user, even when two users share ' +
      'a team: 100 users cost 101 queries, and 10,000 users would cost 10,001.',
  },
  hints: [
    'Look at the Queries counter: how does it change when the number of users grows 10×?',
    'Follow one user through the loop in `usersWithTeams`: which line talks to the database, and how often does it run?',
    'The database can match users to teams itself if you ask once: a JOIN on `teams.id = users.team_id`.',
    'Some users have no team (`team_id` is NULL). An inner JOIN drops them; a LEFT JOIN keeps them with a NULL name.',
  ],
  prose: {
    why:
      'The starter reads the users with one query, then, inside the loop, `findTeam` asks for each user’s ' +
      'team with another query. ' +
      'With 10,000 users that is 10,001 queries for one page. Here SQLite runs inside the same thread, so ' +
      'each query costs only microseconds; against a real database server every query also pays a network ' +
      'round trip and the server’s own per-query work, and the loop waits for each one in turn.',
    see:
      'The **Queries** column grew in step with the users (n + 1) while the reference stayed at 1. The ' +
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
  tests: {
    starterFails: 'counter:queries',
    starterReason: 'queries at n = [\\d,]+; the budget allows at most 2 queries',
    teachingCounter: 'queries',
    sizes: [100, 300, 1000, 3000],
  },
  python: {
    ...pythonSources('01-n-plus-one'),
    requiredExports: ['users_with_teams'],
    // The same ladder: the reference's one query takes about 0.2 s at 30,000 users in CPython-in-wasm,
    // and the starter stops early on the time limit, its larger sizes left to prediction.
    sizes: [100, 300, 1000, 3000, 10000, 30000],
    patternNote:
      'The query hid in an attribute: reading `user.team` ran a SELECT the first time, as a Django foreign ' +
      'key does, so the loop sent one query per user on top of the first. One JOIN (select_related) does the work.',
    predictionExplain:
      'One query reads the users, then the first read of `user.team` sends one more for every user who has a ' +
      'team, even when two users share it: 100 users (2 without a team) cost 99 queries, and 10,000 would ' +
      'cost about 10,000.',
    prose: {
      why:
        'The starter reads the users with one query, then, inside the loop, `user.team` runs another query ' +
        'for that user’s team: the model layer’s `team` property loads it lazily, as a Django foreign key ' +
        'does, and nothing on the line in the loop looks like a database call. With 10,000 users that is ' +
        'about 10,000 queries for one page. Here SQLite runs inside the same thread, so each query costs ' +
        'microseconds; against a real database server every one also pays a network round trip.',
      fix:
        'Ask once. Django’s answer is `select_related("team")`: one query with a LEFT JOIN that loads each ' +
        'user’s team along with the user. Give the model layer such a function (fill `user._team` from the ' +
        'joined row, so `user.team` has nothing left to fetch), or write the JOIN in `users_with_teams`; or ' +
        'read the users, then their teams with one `IN (...)` query, and match them with a dict. The budget ' +
        'allows at most 2 queries whatever the number of users.',
      contract:
        'Define `users_with_teams(db)`. It returns a list with one dict per user, `{"id": ..., "email": ..., ' +
        '"team": ...}`, where `"team"` is the team’s name or `None` for users without a team, ordered by ' +
        'user id. `db` is a read-only `sqlite3` connection: `db.execute(sql, params)` gives a cursor whose ' +
        'rows are `sqlite3.Row` (`row["email"]`, or unpack it). Tables: `users(id, email, team_id)` and ' +
        '`teams(id, name)`. The top of the file is the app’s model layer (`User`, `Team`, `all_users`): ' +
        'read how `user.team` gets its value; you may use it, change it or write SQL of your own.',
    },
    hints: [
      'Look at the Queries counter: how does it change when the number of users grows 10×?',
      'Follow one user through the loop in `users_with_teams`: `user.team` looks like reading a field. Read the `team` property in the model layer: what does its first read do?',
      'The database can match users to teams itself if you ask once: a JOIN on `teams.id = users.team_id`, as Django’s `select_related("team")` sends.',
      'Some users have no team (`team_id` is NULL). An inner JOIN drops them; a LEFT JOIN keeps them with a NULL (None) name.',
    ],
    tests: {
      starterFails: 'counter:queries',
      starterReason: 'queries at n = [\\d,]+; the budget allows at most 2 queries',
      teachingCounter: 'queries',
      sizes: [100, 300, 1000, 3000],
    },
  },
};
