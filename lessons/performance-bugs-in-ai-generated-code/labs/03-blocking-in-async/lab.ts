import type { Lab } from '@/lib/labs/types';
import { harness, solution, starter } from './code';

export const lab: Lab = {
  id: 'blocking-in-async',
  number: 3,
  title: 'Blocking calls in async code',
  summary:
    'Requests arrive together, but a synchronous read makes each one wait for the last. Let them overlap.',
  sectionId: 'six-patterns',
  pattern: 'blocking-in-async',
  finding: 'blocking-calls',
  kind: 'fix',
  starter,
  solution,
  requiredExports: ['serveAll'],
  harness,
  needsSqlite: false,
  sizes: [100, 200, 500, 1000, 2000, 5000],
  sizeUnit: 'requests in one burst',
  checkCorrectness: true,
  budget: {
    counters: [
      {
        counter: 'blockingCalls',
        kind: 'max',
        value: 0,
        hint: 'Every `loadProfileSync` call holds the thread; use the async `loadProfile` and await it.',
      },
    ],
    minSpeedup: 10,
  },
  counters: [
    { id: 'blockingCalls', label: 'Blocking calls', unit: 'calls', better: 'lower', role: 'blocking' },
    { id: 'asyncCalls', label: 'Async reads', unit: 'reads', better: 'lower' },
    { id: 'maxInFlight', label: 'Most reads in flight at once', unit: 'reads', better: 'higher' },
  ],
  hints: [
    'Compare the time for a burst with the number of requests: about 1 ms per request means they run one after another.',
    '`serveAll` already uses `Promise.all`, yet nothing overlaps. What does `loadProfileSync` do to the thread while it waits?',
    'Switch the handler to `await deps.loadProfile(req.userId)`: the thread is free while the read is pending.',
    'Awaiting inside a `for` loop one request at a time is correct but still serial. Start every read, then wait for them together.',
  ],
  prose: {
    why:
      'An `async` function still runs on the one JavaScript thread until it reaches an `await`. The handler ' +
      'calls a synchronous read, which holds that thread for the whole read, so the burst of requests is ' +
      'served strictly one after another: n requests take about n reads’ worth of time, and nothing else ' +
      'on the server can run meanwhile.',
    see:
      'Read the time per burst against its size: about 1 ms per request. The **Blocking calls** counter ' +
      'equals the number of requests, and **Most reads in flight at once** stays at 0. The reads here are ' +
      'simulated (about 1 ms each, a spin for the blocking one and a timer for the async one), so the times ' +
      'show the shape, not a real disk.',
    fix:
      'Use the async read and await it. Because `serveAll` starts every handler before waiting, all the reads ' +
      'are then in flight together and the burst takes about as long as one read. The budget allows no ' +
      'blocking calls and asks for at least 10× the starter’s speed.',
    contract:
      'Export `serveAll(requests, deps)` (async), answering each `{ id, userId }` with ' +
      '`{ id, body: "Hello, <name> (<plan>)" }`, in request order. `deps.loadProfileSync(userId)` blocks; ' +
      '`deps.loadProfile(userId)` returns a promise of the same profile.',
  },
};
