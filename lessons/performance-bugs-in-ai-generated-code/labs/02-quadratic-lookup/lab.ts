import type { Lab } from '@/lib/labs/types';
import { harness, solution, starter } from './code';

export const lab: Lab = {
  id: 'quadratic-lookup',
  number: 2,
  title: 'Quadratic lookups: includes() inside filter()',
  summary: 'Each invite scans the whole list of registered users. Build a Set once and look it up instead.',
  sectionId: 'six-patterns',
  pattern: 'quadratic-lookup',
  finding: 'superlinear-time',
  kind: 'fix',
  starter,
  solution,
  requiredExports: ['pendingInvites'],
  harness,
  needsSqlite: false,
  sizes: [100, 200, 500, 1000, 2000, 5000, 10000, 30000, 100000, 300000],
  sizeUnit: 'invites (and as many registered users)',
  checkCorrectness: true,
  budget: { maxClass: 'O(n log n)', minSpeedup: 10 },
  counters: [],
  hints: [
    'Watch the chart: when n grows 10×, how much longer does the starter take? Linear code takes about 10× longer.',
    '`registered.includes(email)` looks at registered users one by one until it finds a match, so n invites cost up to n × n comparisons.',
    'A `Set` answers "is this in here?" without scanning. Build it once, before the loop, not inside it.',
    '`const known = new Set(registered)`, then `!known.has(email)` inside the filter.',
  ],
  prose: {
    why:
      '`filter` visits every invite, and for each one `includes` walks the registered list until it finds ' +
      'the email or reaches the end. Half the invites are not registered, so those walks go all the way: ' +
      'about n²/2 string comparisons. On 100 invites nobody notices; on 100,000 it is billions.',
    see:
      'Run it and watch the learner line on the log–log chart: its slope is twice the reference’s, and the ' +
      'verdict says O(n²). The starter stops early because its larger sizes would blow the time limit; those ' +
      'sizes are drawn as predictions, not measurements.',
    fix:
      'Turn the list you search into a `Set` once, then test membership with `has`, which costs about the ' +
      'same whatever the set’s size. The budget asks for O(n log n) or better and at least 10× the ' +
      'starter’s speed at the largest size both ran.',
    contract:
      'Export `pendingInvites(invited, registered)`: both are arrays of email strings. Return the invited ' +
      'emails that are not in `registered`, in their original order (duplicates kept).',
  },
};
