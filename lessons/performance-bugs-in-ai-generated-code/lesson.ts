import type { Lesson } from '@/lib/lesson/types';

export const lesson: Lesson = {
  slug: 'performance-bugs-in-ai-generated-code',
  number: 334,
  total: 2116,
  track: 'Creators',
  title: 'Performance Bugs in AI-Generated Code',
  summary:
    'Assistant-written code tends to pass its tests on a handful of rows and then stall on real data. ' +
    'Meet the six patterns behind most of these slowdowns, find them with a profiler instead of guessing, ' +
    'and write prompts, benchmarks and tests that keep them out of production.',
  readingMinutes: 28,
  covers: [
    'Recognise the six slow patterns assistants write most often, in JavaScript and in Python, with the fix and the cost of each.',
    'Count the queries an N+1 loop really sends and collapse them into a JOIN or one batched IN query.',
    'Write prompts that state the data size, a time budget and a complexity target.',
    'Profile before fixing: hand the assistant real hot spots, change one thing, measure again.',
    'Catch four quiet memory bugs: kept references, whole-file reads, caches that never evict, greedy closures.',
    'Turn a speed requirement into a benchmark and a test that fails when the requirement is broken.',
  ],
  path: [
    {
      title: 'Works on my machine, crawls in production',
      sectionId: 'works-on-my-machine',
      summary: 'See why code that is fine on ten rows can fall over on ten million.',
    },
    {
      title: 'Complexity',
      sectionId: 'six-patterns',
      summary: 'Learn the six slow shapes and how the cost of each grows with the input.',
    },
    {
      title: 'The N+1 query',
      sectionId: 'n-plus-one',
      summary: 'Count the queries a loop really sends, then replace them with one.',
    },
    {
      title: 'Profiling',
      sectionId: 'profile-then-fix',
      summary: 'Measure, find the hot spot, fix only that, and measure again.',
    },
  ],
  terms: [
    {
      id: 'big-o',
      term: 'Big-O (complexity)',
      definition:
        'A way to say how the work a piece of code does grows as its input grows, ignoring constant factors. ' +
        'O(n) grows in step with the input; O(n²) grows with its square.',
      sectionId: 'six-patterns',
    },
    {
      id: 'quadratic-time',
      term: 'Quadratic time',
      definition:
        'Work that grows with the square of the input, O(n²), usually from a loop inside a loop. ' +
        'Ten times more data means about a hundred times more work.',
      sectionId: 'six-patterns',
    },
    {
      id: 'set-lookup',
      term: 'Set lookup (hash set)',
      definition:
        'Checking membership in a Set (or the keys of a Map), which hashes the value and jumps to it. ' +
        'It takes about the same time however many items the set holds, unlike Array.includes, which scans.',
      sectionId: 'six-patterns',
    },
    {
      id: 'event-loop',
      term: 'Event loop',
      definition:
        'The scheduler on the one thread that runs JavaScript in a Node process or a browser tab (and Python coroutines under asyncio): ' +
        'it takes the next ready callback from a queue and runs it to the end. While one runs, everything else waits.',
      sectionId: 'six-patterns',
    },
    {
      id: 'blocking-call',
      term: 'Blocking call in async code',
      definition:
        'A synchronous call, such as fs.readFileSync, requests.get inside an async def, or a long CPU loop, made in async code. ' +
        'It keeps the one thread busy until it returns, so the event loop runs nothing else and every other request stalls.',
      sectionId: 'six-patterns',
    },
    {
      id: 'filter-at-source',
      term: 'Filter at source',
      definition:
        'Applying a condition where the data lives (a SQL WHERE, a LIMIT, a narrower column list) ' +
        'instead of fetching everything and discarding most of it in application code.',
      sectionId: 'six-patterns',
    },
    {
      id: 'pagination',
      term: 'Pagination (offset vs cursor)',
      definition:
        'Returning a large result one page at a time. Offset pagination skips N rows and slows down deep in the list; ' +
        'cursor (keyset) pagination continues after the last key seen and stays fast.',
      sectionId: 'six-patterns',
    },
    {
      id: 'hot-loop',
      term: 'Hot loop (and hoisting)',
      definition:
        'The loop where a program spends most of its time. Work in it that gives the same result on every pass ' +
        'should be hoisted: moved above the loop so it runs once.',
      sectionId: 'six-patterns',
    },
    {
      id: 'n-plus-one',
      term: 'N+1 query',
      definition:
        'One query to fetch a list, then one more query for each of its N items. ' +
        'The number of database round trips grows with the data instead of staying constant.',
      sectionId: 'n-plus-one',
    },
    {
      id: 'eager-loading',
      term: 'Eager loading (JOIN or IN batch)',
      definition:
        'Fetching related rows up front, with a JOIN or one IN (...) query for all the ids, ' +
        'instead of lazily one row at a time inside a loop.',
      sectionId: 'n-plus-one',
    },
    {
      id: 'profiler',
      term: 'Profiler',
      definition:
        'A tool that records where a running program spends its time, usually by sampling the call stack many times a second. ' +
        'It points at the functions that actually cost the most.',
      sectionId: 'profile-then-fix',
    },
    {
      id: 'flame-graph',
      term: 'Flame graph',
      definition:
        'A picture of profiler samples: each bar is a function, stacked on its caller, with width proportional to the time spent in it. ' +
        'Wide bars are where to look first.',
      sectionId: 'profile-then-fix',
    },
    {
      id: 'memory-leak',
      term: 'Memory leak (unbounded cache, LRU eviction)',
      definition:
        'Memory a program keeps holding after it has stopped needing it, so usage only grows. ' +
        'A cache with no eviction rule is the classic case; LRU eviction caps it by dropping the least recently used entry.',
      sectionId: 'memory',
    },
    {
      id: 'streaming',
      term: 'Streaming',
      definition:
        'Processing data piece by piece as it arrives, such as a file line by line or a query row by row, ' +
        'so memory use stays flat whatever the total size.',
      sectionId: 'memory',
    },
    {
      id: 'microbenchmark',
      term: 'Microbenchmark',
      definition:
        'A small program that times one function on prepared inputs of known sizes, with warm-up and repeated runs, ' +
        'to show how its cost grows.',
      sectionId: 'benchmark-habit',
    },
    {
      id: 'performance-budget',
      term: 'Performance budget',
      definition:
        'A limit written down as a requirement, such as "10,000 inputs in under 50 ms" or "at most 2 queries", ' +
        'and checked automatically so a regression fails the build.',
      sectionId: 'perf-test-first',
    },
  ],
  sections: [
    {
      id: 'works-on-my-machine',
      title: 'Green in review, red in production',
      file: '01-works-on-my-machine.mdx',
      summary: 'Why assistant-written code passes small tests and then stalls on real data.',
    },
    {
      id: 'six-patterns',
      title: 'Six slow patterns assistants keep writing',
      file: '02-six-patterns.mdx',
      summary: 'What each pattern looks like in JavaScript and in Python, how to fix it, and what it costs.',
      labs: [
        'quadratic-lookup',
        'blocking-in-async',
        'filter-at-source',
        'pagination',
        'hot-loop-allocation',
      ],
    },
    {
      id: 'n-plus-one',
      title: 'The N+1 query, up close',
      file: '03-n-plus-one.mdx',
      summary: 'One query per row hides behind a tidy loop; a JOIN or one batch replaces it.',
      labs: ['n-plus-one'],
    },
    {
      id: 'prompts',
      title: 'Prompts that state the scale',
      file: '04-prompts.mdx',
      summary: 'Give the model numbers (rows, milliseconds, complexity) and its defaults change.',
    },
    {
      id: 'profile-then-fix',
      title: 'Profile first, then ask for the fix',
      file: '05-profile-then-fix.mdx',
      summary: 'A five-step loop that puts real hot spots in front of the assistant.',
      labs: ['find-the-hot-spot'],
    },
    {
      id: 'memory',
      title: 'Memory bugs: slow to show, hard to trace',
      file: '06-memory.mdx',
      summary: 'Four leaks that pass every short test, each with a fix.',
      labs: ['unbounded-cache', 'stream-not-slurp'],
    },
    {
      id: 'benchmark-habit',
      title: 'Ask for a benchmark with every function',
      file: '07-benchmark-habit.mdx',
      summary: 'Time it at 100, 10k and 1M items before it ships.',
    },
    {
      id: 'perf-test-first',
      title: 'Make the speed requirement a test',
      file: '08-perf-test-first.mdx',
      summary: 'Write the budget down as a failing test, then let the assistant make it pass.',
      labs: ['perf-test-first'],
    },
    {
      id: 'big-idea',
      title: 'The big idea',
      file: '09-big-idea.mdx',
      summary: 'The model cannot see speed unless you hand it a signal.',
    },
  ],
  patterns: [
    {
      id: 'n-plus-one',
      lab: 'n-plus-one',
      pattern: 'N+1 queries',
      symptom: 'A loop that awaits `db.query(...)` once per row, e.g. to look up each order’s customer',
      fix: 'Fetch the related rows in one go: a JOIN, or a single `IN (...)` / `= ANY($1)` query for all ids',
      cost: 'N+1 round trips → 1–2',
    },
    {
      id: 'quadratic-lookup',
      lab: 'quadratic-lookup',
      pattern: 'Quadratic lookups in arrays',
      symptom: '`items.filter(x => other.includes(x))`: every item scans the whole second array',
      fix: 'Build `new Set(other)` once, then test with `set.has(x)`',
      cost: 'O(n·m) → O(n + m)',
    },
    {
      id: 'blocking-in-async',
      lab: 'blocking-in-async',
      pattern: 'Blocking calls in async code',
      symptom: '`fs.readFileSync` or a heavy synchronous loop inside an `async` request handler',
      fix: 'Use the async API (`await fs.promises.readFile`), stream, or move CPU work to a worker thread',
      cost: 'Every request waits its turn → requests overlap',
    },
    {
      id: 'filter-at-source',
      lab: 'filter-at-source',
      pattern: 'Fetching everything, then filtering',
      symptom: '`SELECT *` over the whole table, then `.filter()` in JavaScript',
      fix: 'Move the condition into SQL (`WHERE`, `LIMIT`, only the needed columns) or filter while streaming',
      cost: 'All rows read and sent → only matching rows',
    },
    {
      id: 'pagination',
      lab: 'pagination',
      pattern: 'No pagination',
      symptom: 'An endpoint that returns all 50,000 records in one JSON response',
      fix: 'Return pages: `LIMIT`/`OFFSET` for small tables, a cursor (`WHERE id > $1`) for large ones',
      cost: 'O(table size) per request → O(page size)',
    },
    {
      id: 'hot-loop-allocation',
      lab: 'hot-loop-allocation',
      pattern: 'Allocating in a hot loop',
      symptom: '`new Intl.NumberFormat()` built again for every item, or a `new Date()` per iteration',
      fix: 'Create it once above the loop and reuse it',
      cost: 'n constructions → 1',
    },
  ],
  closingLine: 'The model codes for the data it can picture; production is full of data it never pictured.',
  profileExampleLab: 'find-the-hot-spot',
  related: [
    {
      title: 'Do Not Guess At Performance',
      track: 'Creators',
      minutes: 14,
      summary:
        'Before asking an agent to speed anything up, measure where the time goes: rendering, network, queries, bundle.',
    },
    {
      title: 'Using AI to Triage Performance Suspects',
      track: 'Creators',
      minutes: 11,
      summary:
        'Give an assistant the code and a profile, and get back a ranked shortlist of probable hot paths.',
    },
    {
      // Another lesson's title, listed as a comma series rather than the original's "X vs. Y" chain.
      title: 'The Landscape: Copilot, Cursor, Windsurf and Claude Code',
      track: 'Creators',
      minutes: 50,
      summary:
        'An honest map of the 2026 AI coding tools: autocomplete or agent, what each costs, and the trade-offs in daily use.',
    },
  ],
};
