import type { Lab } from '@/lib/labs/types';
import { labSources, pythonSources } from '../lab-sources';

const { starter, solution, harness } = labSources('03-blocking-in-async');

export const lab: Lab = {
  id: 'blocking-in-async',
  number: 3,
  title: 'The greeting batch',
  summary:
    'Greeting requests that queued up during a restart are answered in one batch. With a handful it is ' +
    'quick; with a thousand, every other request waits a long while. Measure the batch and make it fast.',
  sectionId: 'six-patterns',
  pattern: 'blocking-in-async',
  finding: 'blocking-calls',
  patternNote:
    '`loadProfile` is async, but it read the file with `readFileSync`, which holds the one JavaScript ' +
    'thread; and the batch awaited each request before starting the next, so nothing could overlap.',
  kind: 'fix',
  starter,
  solution,
  requiredExports: ['serveAll'],
  harness,
  needsSqlite: false,
  // Small first sizes: code that awaits one timer per request in turn (4 ms each once browsers clamp nested
  // timers) must still finish a size well within the watchdog's 1.4 s, so its run ends with a verdict.
  sizes: [10, 30, 100, 300, 1000, 3000],
  sizeUnit: 'queued requests',
  checkCorrectness: true,
  budget: {
    counters: [
      {
        counter: 'blockingCalls',
        kind: 'max',
        value: 0,
        hint: 'A synchronous read holds the thread for its whole duration, even inside an async function; use `files.readFile` and await it.',
      },
      {
        counter: 'maxInFlight',
        kind: 'min',
        value: 10,
        hint: 'The requests still wait for one another: start every request’s work before awaiting any (for example with `Promise.all`).',
      },
    ],
  },
  counters: [
    { id: 'blockingCalls', label: 'Blocking calls', unit: 'calls', better: 'lower', role: 'blocking' },
    { id: 'asyncCalls', label: 'Async reads', unit: 'reads', better: 'lower' },
    { id: 'asyncReads', label: 'Async reads', unit: 'reads', better: 'lower' },
    { id: 'maxInFlight', label: 'Most reads in flight at once', unit: 'reads', better: 'higher' },
  ],
  prediction: {
    question:
      'Before you run it: each profile read takes about 1 ms. How long will the starter take to answer a batch of 30 requests?',
    options: [
      { id: 'one-read', label: 'About 1 ms: the reads overlap', range: [0, 5] },
      { id: 'ten', label: 'About 10 ms', range: [5, 20] },
      { id: 'serial', label: 'About 30 ms: one read after another', range: [20, 1000] },
      { id: 'seconds', label: 'Several seconds', range: [1000, Number.MAX_SAFE_INTEGER] },
    ],
    answer: 'serial',
    measure: { kind: 'time', n: 30 },
    explain:
      'Every request’s read held the thread for its 1 ms, and the loop waited for each request before it ' +
      'started the next: 30 reads, one after another.',
  },
  hints: [
    'Compare the time for a batch with the number of requests: about 1 ms per request means they run one after another.',
    'Read **Blocking calls** and **Most reads in flight at once**. Which call in the handler holds the thread?',
    'An `async` function runs on the same thread until it reaches an `await`: a synchronous call inside it still blocks everything.',
    'Two changes: read with `await deps.files.readFile(...)`, and start all the requests before awaiting them (`Promise.all`).',
  ],
  prose: {
    why:
      'An `async` function still runs on the one JavaScript thread until it reaches an `await`. `loadProfile` ' +
      'calls `readFileSync`, which holds that thread for the whole read, and `serveAll` awaits each request ' +
      'before starting the next. So the batch is served strictly one read after another, and while it runs ' +
      'nothing else on the server can.',
    see:
      'The time per batch came to about 1 ms per request. **Blocking calls** equalled the number of requests, ' +
      'and **Most reads in flight at once** stayed at 0. The reads here are simulated (about 1 ms each, a ' +
      'spin for the blocking one and a timer for the async one), so the times show the shape, not a real disk.',
    fix:
      'Two steps, and both are needed. Read with `files.readFile` and await it, so the thread is free while ' +
      'the file is read; then start every request before waiting (`Promise.all` keeps the order), so the ' +
      'reads overlap and the batch takes about as long as one read. The budget allows no blocking calls and ' +
      'asks for at least 10 reads in flight at once.',
    contract:
      'Export `serveAll(requests, deps)` (async). Each request `{ id, token }` gets a response ' +
      '`{ id, status, body }`, in request order: 200 with `"Hello, <name> (<plan>)"` for a known session, ' +
      '401 otherwise. `deps` holds `sessions.get(token)`, `files.readFileSync(path)`, `files.readFile(path)` ' +
      '(a promise) and `metrics.increment(name)`; profiles are JSON files at `profiles/<userId>.json`.',
  },
  tests: {
    starterFails: 'counter:blockingCalls',
    starterReason: 'the budget allows at most 0 calls',
    teachingCounter: 'blockingCalls',
    teachingAt: 100,
    // The starter spends ~1 ms per request: 100 requests fit the time limit below, 300 would not.
    sizes: [50, 100],
    budgetMs: 2000,
  },
  python: {
    ...pythonSources('03-blocking-in-async'),
    requiredExports: ['serve_all'],
    // One size fewer than JavaScript: each asyncio task costs ~0.15 ms in CPython-in-wasm, so the
    // reference's 3,000-request batch would only be predicted, never measured, within the time limit.
    sizes: [10, 30, 100, 300, 1000],
    // The same limits as in JavaScript; only the hints, which name the calls to use, are Python's.
    budget: {
      counters: [
        {
          counter: 'blockingCalls',
          kind: 'max',
          value: 0,
          hint: 'A blocking read holds the event loop for its whole duration, even inside `async def`: await `deps.files.read_text_async(...)` instead.',
        },
        {
          counter: 'maxInFlight',
          kind: 'min',
          value: 10,
          hint: 'The requests still wait for one another: start every request’s work before awaiting any (for example with `asyncio.gather`).',
        },
      ],
    },
    patternNote:
      '`load_profile` is `async def`, but it read the file with the blocking `read_text`, which holds the ' +
      'event loop’s one thread; and the batch awaited each request before starting the next, so nothing ' +
      'could overlap.',
    prose: {
      why:
        'An `async def` still runs on the event loop’s one thread until it reaches an `await` that really ' +
        'waits. `load_profile` calls `deps.files.read_text`, which holds that thread for the whole read, and ' +
        '`serve_all` awaits each request before starting the next. So the batch is served strictly one read ' +
        'after another, and while it runs nothing else on the server can.',
      see:
        'The time per batch came to about 1 ms per request. **Blocking calls** equalled the number of ' +
        'requests, and **Most reads in flight at once** stayed at 0. The batch runs on real asyncio; the ' +
        'reads are simulated (about 1 ms each: a spin for the blocking one, `asyncio.sleep` for the async ' +
        'one), so the times show the shape, not a real disk.',
      fix:
        'Two steps, and both are needed. Read with `await deps.files.read_text_async(...)`, so the loop is ' +
        'free while the file is read; then start every request before waiting (`asyncio.gather` keeps the ' +
        'order, or tasks in an `asyncio.TaskGroup`), so the reads overlap and the batch takes about as long ' +
        'as one read. (`asyncio.to_thread(deps.files.read_text, path)` works too: here, with no threads in ' +
        'WebAssembly, the lab models it as a read that leaves the loop free.) The budget allows no blocking ' +
        'calls and asks for at least 10 reads in flight at once.',
      contract:
        'Define `async def serve_all(requests, deps)`. Each request `{"id": ..., "token": ...}` gets a ' +
        'response dict `{"id", "status", "body"}`, in request order: 200 with `"Hello, <name> (<plan>)"` ' +
        'for a known session, 401 with `"Please sign in again"` otherwise. `deps` holds ' +
        '`await deps.sessions.get(token)` (`{"user_id": ...}` or `None`), `deps.files.read_text(path)`, ' +
        '`await deps.files.read_text_async(path)` and `deps.metrics.increment(name)`; profiles are JSON ' +
        'files at `profiles/<user_id>.json`. The batch runs on a real asyncio event loop.',
    },
    hints: [
      'Compare the time for a batch with the number of requests: about 1 ms per request means they run one after another.',
      'Read **Blocking calls** and **Most reads in flight at once**. Which call in the handler holds the thread?',
      'An `async def` runs on the loop’s thread until it reaches an `await` that waits: a blocking call inside it still stops everything.',
      'Two changes: read with `await deps.files.read_text_async(...)`, and start all the requests before awaiting them (`asyncio.gather`).',
    ],
    tests: {
      starterFails: 'counter:blockingCalls',
      starterReason: 'the budget allows at most 0 calls',
      teachingCounter: 'blockingCalls',
      teachingAt: 100,
      // As in JavaScript: the starter spends ~1 ms per request, 100 requests fit the time limit below.
      sizes: [50, 100],
      budgetMs: 2000,
    },
  },
};
