import type { Lab } from '@/lib/labs/types';
import { labSources, pythonSources } from '../lab-sources';

const { starter, solution, harness } = labSources('02-quadratic-lookup');

export const lab: Lab = {
  id: 'quadratic-lookup',
  number: 2,
  title: 'Invite reminders',
  summary:
    'A nightly job reminds everyone who was invited but never signed up. It handled the first customers ' +
    'in a blink; on a large company’s invite list it runs for minutes. Measure how it grows and make it scale.',
  sectionId: 'six-patterns',
  pattern: 'quadratic-lookup',
  finding: 'superlinear-time',
  patternNote:
    'For every invite, `users.some(...)` walked the whole user list: a search through an array inside a ' +
    'loop over another array, n × n comparisons where a Set needs n lookups.',
  kind: 'fix',
  starter,
  solution,
  requiredExports: ['pendingInvites'],
  harness,
  needsSqlite: false,
  sizes: [100, 200, 500, 1000, 2000, 5000, 10000, 30000, 100000],
  sizeUnit: 'invites (and as many users)',
  checkCorrectness: true,
  budget: { maxClass: 'O(n log n)', minSpeedup: 10 },
  counters: [],
  prediction: {
    question:
      'Before you run it: when the invites and the users both grow 10×, how much longer will the starter take?',
    options: [
      { id: 'same', label: 'About the same time', range: [0, 3] },
      { id: 'ten', label: 'About 10× longer', range: [3, 30] },
      { id: 'hundred', label: 'About 100× longer', range: [30, 300] },
      { id: 'thousand', label: 'About 1,000× longer or more', range: [300, Number.MAX_SAFE_INTEGER] },
    ],
    answer: 'hundred',
    measure: { kind: 'growth' },
    explain:
      'Each invite is compared with the users one by one until a match turns up, and the half that never ' +
      'signed up are compared with all of them: 10× the invites times 10× the users is 100× the work.',
  },
  hints: [
    'Watch the chart: when n grows 10×, how much longer does the starter take? Linear code takes about 10× longer.',
    'Count the comparisons for one invite that nobody signed up with. Then multiply by the number of invites.',
    'A `Set` answers "is this in here?" without walking through it. Build it once, before the loop, not inside it.',
    'Put the lower-case form of every user’s address in the Set, and look up the lower-case form of each invite.',
  ],
  prose: {
    why:
      '`filter` visits every invite, and for each one `isRegistered` walks the user list until it finds the ' +
      'address or reaches the end. Half the invites belong to nobody, so those walks go all the way: about ' +
      'n²/2 comparisons, each lower-casing two strings. On 100 invites nobody notices; on 100,000 it is ' +
      'billions.',
    see:
      'The starter’s line on the log–log chart climbs twice as steeply as the reference’s, and its verdict ' +
      'says O(n²). It stopped early because its larger sizes would blow the time limit; those sizes are ' +
      'drawn as predictions, not measurements.',
    fix:
      'Turn the list you search into a `Set` once (of lower-case addresses), then test membership with ' +
      '`has`, which costs about the same whatever the set’s size. The budget asks for O(n log n) or better ' +
      'and at least 10× the starter’s speed at the largest size both ran.',
    contract:
      'Export `pendingInvites(invited, users)`: `invited` is an array of email addresses, `users` an array of ' +
      '`{ id, email }`. Return the invited addresses that no user has (ignoring letter case), as written and ' +
      'in their original order, duplicates kept.',
  },
  tests: {
    starterFails: 'class',
    starterReason: 'O\\(n²\\) is worse than|Too slow',
  },
  python: {
    ...pythonSources('02-quadratic-lookup'),
    requiredExports: ['pending_invites'],
    sizes: [100, 200, 500, 1000, 2000, 5000, 10000, 30000],
    prose: {
      contract:
        'Define `pending_invites(invited, users)`: `invited` is a list of email addresses, `users` a list of ' +
        'dicts `{"id": ..., "email": ...}`. Return the invited addresses that no user has (ignoring letter ' +
        'case), as written and in their original order, duplicates kept.',
      fix:
        'Build a `set` of the lower-case addresses once, then test membership with `in` on the set, which ' +
        'costs about the same whatever its size (on a list, `in` walks every element). The budget asks for ' +
        'O(n log n) or better and at least 10× the starter’s speed at the largest size both ran.',
    },
    hints: [
      'Look at the chart: how does the starter’s time change each time the invites double?',
      'For each invite, `is_registered` walks the users until it finds a match. How many steps is that for n invites?',
      '`x in some_list` is a walk; `x in some_set` is a hash lookup. Which one can you build once, before the loop?',
      'Letter case: put `email.lower()` in the set, and look up `email.lower()`.',
    ],
    tests: {
      starterFails: 'class',
      starterReason: 'O\\(n²\\) is worse than|Too slow',
    },
  },
};
