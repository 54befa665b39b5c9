/** The lesson as a slide deck for classroom mode: one idea per slide, speaker notes on each. Content only. */
import type { Deck } from '@/lib/present/slide-types';
import { lesson } from './lesson';

export const deck: Deck = {
  lessonSlug: lesson.slug,
  lessonTitle: lesson.title,
  slides: [
    {
      kind: 'title',
      id: 'title',
      title: lesson.title,
      sectionId: 'works-on-my-machine',
      eyebrow: `Lesson ${lesson.number} of ${lesson.total} · ${lesson.track}`,
      subtitle: 'Fine on ten rows, stuck on ten million: find it, measure it, keep it out.',
      notes:
        'Welcome. Today is about code an assistant wrote that passes every test and still falls over on real data. ' +
        'We will race slow code against its fix live, so keep an eye on the charts.',
    },
    {
      kind: 'path',
      id: 'path',
      title: 'The learning path',
      sectionId: 'works-on-my-machine',
      steps: lesson.path.map((p) => ({ title: p.title, summary: p.summary })),
      notes:
        'Four moves: see why small tests hide the problem, learn the six shapes, take the N+1 apart, then profile ' +
        'before fixing. Prompts, memory, benchmarks and budget tests hang off those.',
    },
    {
      kind: 'points',
      id: 'green-red',
      title: 'Green in review, red in production',
      sectionId: 'works-on-my-machine',
      points: [
        'The function reads cleanly and its tests pass.',
        'Nobody asked how much data those tests used.',
        'Usually it was five rows.',
      ],
      notes:
        'Ask the room: when did you last check the size of the data in a unit test? Most fixtures are tiny, and tiny inputs make every algorithm look instant.',
    },
    {
      kind: 'points',
      id: 'why-slow',
      title: 'Why the model writes slow code',
      sectionId: 'works-on-my-machine',
      points: [
        'It never runs what it writes.',
        'It learned from small examples where anything is instant.',
        'On ten items, O(n²) and O(n) both take microseconds.',
      ],
      notes:
        'A model predicts likely code. Tutorials and answers work on toy inputs, so the simplest shape wins. The difference only appears as the input grows, and that is what Big-O describes.',
    },
    {
      kind: 'points',
      id: 'outage',
      title: 'A Monday-morning outage (a made-up story)',
      sectionId: 'works-on-my-machine',
      points: [
        'Friday: a dashboard ships; 300 staging orders load at once.',
        'Monday, 9:00: hundreds open it against the real table.',
        'One customer query per order drains the connection pool.',
        'Checkout shares the database, so checkout times out too.',
      ],
      notes:
        'Stress that this is illustrative, not a real incident. The logic was right; the code was correct and slow at a size nobody tried.',
    },
    {
      kind: 'points',
      id: 'a-million',
      title: 'Ask: what happens at a million?',
      sectionId: 'works-on-my-machine',
      points: [
        'For every loop over data: how many times does the body run?',
        'What does each pass do: a query, a scan, a new object?',
        'The same half-dozen shapes repeat, each with a known fix.',
      ],
      notes:
        'This one question finds most of the patterns we are about to see. The good news is that the bugs repeat.',
    },
    {
      kind: 'points',
      id: 'six-a',
      title: 'Six slow shapes (1–3)',
      sectionId: 'six-patterns',
      points: [
        'N+1 queries: N+1 round trips → 1–2',
        'Array lookups in a loop: O(n·m) → O(n + m)',
        'Blocking calls in async code: requests queue → overlap',
      ],
      notes:
        'Walk through the cost column: N+1 round trips collapse to one or two; includes inside filter is O(n·m) and becomes O(n + m) with a Set; a blocking call makes every request wait its turn.',
    },
    {
      kind: 'points',
      id: 'six-b',
      title: 'Six slow shapes (4–6)',
      sectionId: 'six-patterns',
      points: [
        'Fetch all, then filter: every row read → only matches',
        'No pagination: whole table per request → one page',
        'Allocating in a hot loop: n constructions → 1',
      ],
      notes:
        'Fetching everything and filtering in JavaScript reads the whole table; no pagination ships the whole table per request; rebuilding a formatter in a hot loop pays n constructions instead of one.',
    },
    {
      kind: 'points',
      id: 'cost-column',
      title: 'Reading the cost column',
      sectionId: 'six-patterns',
      points: [
        'O(n): twice the input, about twice the time.',
        'O(n²): twice the input, about four times the time.',
        'Ten times the data: a hundred times the work.',
      ],
      notes:
        'Big-O ignores constant factors; it only says how the work grows. That growth is what the races show.',
    },
    {
      kind: 'code',
      id: 'quadratic-code',
      title: 'A scan inside a loop',
      sectionId: 'six-patterns',
      caption: 'includes() walks the whole blocklist for every order; a Set answers in one hop.',
      code: [
        '// slow: O(n·m)',
        'const hits = orders.filter((o) => blocked.includes(o.customerId));',
        '',
        '// fix: O(n + m), build the Set once',
        'const blockedSet = new Set(blocked);',
        'const hits2 = orders.filter((o) => blockedSet.has(o.customerId));',
      ].join('\n'),
      notes:
        'Same output, different growth. Array.includes scans from the start each time; Set.has hashes the value and jumps to it.',
    },
    {
      kind: 'race',
      id: 'race-quadratic-lookup',
      title: 'Race: includes() vs a Set',
      sectionId: 'six-patterns',
      lab: 'quadratic-lookup',
      race: { sizes: [20, 50, 100, 200, 500, 1000, 2000], predictAt: 1_000_000 },
      lede: 'The starter scans an array per item; the fix builds a Set once.',
      notes:
        'Press Start. Both versions get identical inputs at each size. Watch the red line bend upward while the green one stays straight: that slope is the growth class.',
    },
    {
      kind: 'race',
      id: 'race-blocking-in-async',
      title: 'Race: blocking call vs async read',
      sectionId: 'six-patterns',
      lab: 'blocking-in-async',
      race: { sizes: [1, 2, 5, 10, 20, 50, 100], counter: 'blockingCalls', predictAt: 10_000 },
      lede: 'The starter reads synchronously inside async code; the fix lets reads overlap.',
      notes:
        'A synchronous read inside an async function keeps the one JavaScript thread busy, so the event loop cannot run any other callback and requests queue up behind each other. The counters show how many reads were in flight at once.',
    },
    {
      kind: 'race',
      id: 'race-filter-at-source',
      title: 'Race: filter in JavaScript vs WHERE',
      sectionId: 'six-patterns',
      lab: 'filter-at-source',
      race: { sizes: [100, 300, 1000, 3000, 10000], counter: 'rowsFetched', predictAt: 1_000_000 },
      lede: 'The starter fetches every row and filters; the fix filters in SQL.',
      notes:
        'Look at rows read and rows returned. Moving the condition to where the data lives means the database sends only what you need.',
    },
    {
      kind: 'race',
      id: 'race-pagination',
      title: 'Race: whole table vs one page',
      sectionId: 'six-patterns',
      lab: 'pagination',
      race: { sizes: [300, 1000, 3000, 10000, 30000], counter: 'rowsReturned', predictAt: 1_000_000 },
      lede: 'The starter returns every record; the fix returns one page after a cursor.',
      notes:
        'Without paging, each request costs the size of the table. With a cursor it costs the size of a page, however deep you go.',
    },
    {
      kind: 'race',
      id: 'race-hot-loop-allocation',
      title: 'Race: a formatter per item vs one formatter',
      sectionId: 'six-patterns',
      lab: 'hot-loop-allocation',
      race: {
        sizes: [10, 30, 100, 300, 1000],
        counter: 'formattersBuilt',
        predictAt: 1_000_000,
      },
      lede: 'The starter builds Intl.NumberFormat inside the loop; the fix hoists it.',
      notes:
        'Both are O(n), so the big figure is the count of formatters built. The constant factor is large: building a formatter is far dearer than using one.',
    },
    {
      kind: 'code',
      id: 'six-in-python',
      title: 'The same six shapes in Python',
      sectionId: 'six-patterns',
      caption: 'What you see, then the usual fix.',
      code: [
        '# N+1:      user.team in a loop     -> select_related("team")',
        '# Lookup:   x in a_list in a loop   -> a_set = set(a_list) once',
        '# Async:    requests.get in async   -> await client.get (httpx)',
        '# Filter:   read_csv(...).query()   -> SQL WHERE, or chunksize',
        '# Paging:   list(Order.objects...)  -> Paginator, or keyset',
        '# Hot loop: datetime.now() per row  -> create it once',
      ].join('\n'),
      notes:
        'The shapes do not depend on the language. Django hides the N+1 in an attribute, `in` on a list scans it, ' +
        'requests never awaits, pandas parses the whole file before query() runs, and a datetime per row is the ' +
        'twin of a new Date() per iteration in JavaScript.',
    },
    {
      kind: 'points',
      id: 'n1-trap',
      title: 'The N+1 query',
      sectionId: 'n-plus-one',
      points: [
        'One query for the list, then one more per item.',
        '10 rows in development: 11 quick queries.',
        '10,000 rows in production: 10,001 queries per page view.',
      ],
      notes:
        'Probably the slowdown assistants write most often. It hides behind an ordinary-looking await in a loop, and every ORM has a standard cure the model rarely reaches for unasked.',
    },
    {
      kind: 'code',
      id: 'n1-before',
      title: 'Before: a query per user',
      sectionId: 'n-plus-one',
      caption: 'Tidy, correct, and one round trip per row.',
      code: [
        "const users = await db.query('SELECT id, email, team_id FROM users');",
        'for (const user of users) {',
        '  const [team] = await db.query(',
        "    'SELECT name FROM teams WHERE id = $1', [user.team_id]);",
        '  rows.push({ ...user, team: team?.name ?? null });',
        '}',
      ].join('\n'),
      notes: 'Count the awaits inside the loop. Each one is a round trip to the database.',
    },
    {
      kind: 'code',
      id: 'n1-after',
      title: 'After: one JOIN',
      sectionId: 'n-plus-one',
      caption: 'Or one IN (...) query for all the ids: one or two round trips in total.',
      code: [
        'const rows = await db.query(',
        "  'SELECT u.id, u.email, t.name AS team' +",
        "  ' FROM users u LEFT JOIN teams t ON t.id = u.team_id');",
      ].join('\n'),
      notes:
        'Eager loading: fetch the related rows up front. The number of queries no longer depends on the data.',
    },
    {
      kind: 'code',
      id: 'n1-django',
      title: 'The same trap in Django',
      sectionId: 'n-plus-one',
      caption: 'user.team looks like a field and runs a query; select_related makes it a JOIN.',
      code: [
        '# Before: 1 query for the users, then 1 per user with a team',
        'for user in User.objects.all():',
        '    print(user.email, user.team)',
        '',
        '# After: 1 query in total (a LEFT OUTER JOIN on team)',
        'for user in User.objects.select_related("team"):',
        '    print(user.email, user.team)',
      ].join('\n'),
      notes:
        '10,000 users in teams means 10,001 queries before and 1 after. The original lesson calls the fix about ' +
        '10,000 times faster on large data; that is its claim, and the real factor depends on the network and the rows sent.',
    },
    {
      kind: 'race',
      id: 'race-n-plus-one',
      title: 'Race: N+1 vs one query',
      sectionId: 'n-plus-one',
      lab: 'n-plus-one',
      race: { sizes: [10, 30, 100, 300, 1000], counter: 'queries', predictAt: 1_000_000 },
      lede: 'Real SQLite in the worker: a query per user against one JOIN.',
      notes:
        'The queries counter is exact and the same on every machine. Times are measured here, on this laptop; a real network would add a round trip per query on top.',
    },
    {
      kind: 'points',
      id: 'prompts',
      title: 'Prompts that state the scale',
      sectionId: 'prompts',
      points: [
        'The model fills every gap with the most common choice.',
        '"Fast" gives it nothing to check; numbers do.',
        'Name rows, calls per second, time and memory limits.',
      ],
      notes:
        '"Find duplicate users" gets the tutorial answer. "1.2 million users, on every sign-up" changes the default. It costs one sentence.',
    },
    {
      kind: 'code',
      id: 'preamble',
      title: 'A preamble to paste',
      sectionId: 'prompts',
      caption: 'Put your own numbers in; keep the complexity comment line.',
      code: [
        'Production input: 100k+ rows, and growing.',
        'Budget: under 200 ms per call at that size.',
        'Aim for O(n log n) or better, or explain why not.',
        'No queries inside loops: one JOIN or one IN (...).',
        'Stream data that may not fit in memory.',
        'Comment the time and memory complexity above the function.',
      ].join('\n'),
      notes:
        'The stated complexity is a claim you can check in review: an O(n) comment above a nested loop is a question to ask.',
    },
    {
      kind: 'points',
      id: 'profile-loop',
      title: 'Profile first, then ask for the fix',
      sectionId: 'profile-then-fix',
      points: [
        'Measure on a realistic input; write the number down.',
        'Profile it; take the top hot spots by self time.',
        'Give the assistant those, plus the size and the budget.',
        'Apply one change at a time; measure again.',
      ],
      notes:
        'Without a profile the assistant is a guesser and rewrites whatever looks suspicious. Handed real profile data it works like a junior performance engineer: it reads the hot spots and proposes targeted changes for you to check. The next hot spot often hides behind the first.',
    },
    {
      kind: 'points',
      id: 'where-how-much',
      title: 'Profiler for where, stopwatch for how much',
      sectionId: 'profile-then-fix',
      points: [
        'Flame graph: wide bars are where the time goes.',
        'Profilers add overhead and sampling noise.',
        'Judge a change with a plain timing, same input, same machine.',
      ],
      notes:
        'Chrome DevTools for the browser, node --cpu-prof for Node, cProfile for a Python script you can rerun, py-spy for a process you cannot restart. Read self time (tottime in cProfile), not cumulative time: the top cumulative rows are the entry points.',
    },
    {
      kind: 'race',
      id: 'race-find-the-hot-spot',
      title: 'Race: the line nobody suspected',
      sectionId: 'profile-then-fix',
      lab: 'find-the-hot-spot',
      race: { sizes: [20, 50, 100, 200, 500, 1000, 2000], predictAt: 40_000 },
      lede: 'The starter copies every total for each order; the fix updates one object and keeps the regex and the sort.',
      notes:
        'Before Start, show the revenue report and ask which line the room would rewrite: most pick the regular expression or the localeCompare sort. The profiler puts nearly all the time on the reduce that spreads its accumulator, and the fix changes only that. The starter may measure steeper than O(n²): the copies are orders × customers, and each one gets dearer as the object grows.',
    },
    {
      kind: 'points',
      id: 'memory',
      title: 'Four quiet memory bugs',
      sectionId: 'memory',
      points: [
        'References kept in a long-lived array.',
        'A whole file read instead of streamed.',
        'A cache that never evicts.',
        'Closures that hold more than they use.',
      ],
      notes:
        'A slow function shows itself on the first big input; a leak passes every short test and grows for hours. The fixes: ring buffers, streaming, LRU eviction, and capturing only what you need.',
    },
    {
      kind: 'race',
      id: 'race-unbounded-cache',
      title: 'Race: a cache with no limit vs LRU',
      sectionId: 'memory',
      lab: 'unbounded-cache',
      race: {
        sizes: [1000, 3000, 10000, 30000, 100000],
        counter: 'retained',
        predictAt: 10_000_000,
      },
      lede: 'Same lookups; the starter keeps every entry, the fix caps them.',
      notes:
        'Here the headline is the number of entries retained, not time. Memory that only grows is the bug, even when every call is quick.',
    },
    {
      kind: 'points',
      id: 'benchmark',
      title: 'Ask for a benchmark with every function',
      sectionId: 'benchmark-habit',
      points: [
        '100 items: warm-up, ignore the numbers.',
        '10,000 items: a typical workload.',
        '1,000,000 items: production scale.',
      ],
      notes:
        'Each size a hundred times the last. Report the median time per call and the peak memory at each size: in Python, timeit and tracemalloc; in Node, process.resourceUsage().maxRSS.',
    },
    {
      kind: 'points',
      id: 'growth-classes',
      title: 'What a class looks like, 10k → 1M',
      sectionId: 'benchmark-habit',
      points: [
        'O(n): about 100× the time.',
        'O(n log n): about 150× the time.',
        'O(n²): about 10,000×, so a 3 ms call takes 30 s. Skip 1M.',
        'Far above 100× for linear code? Time the sizes in between.',
      ],
      notes:
        'The ratio of the 1M time to the 10k time names the class. n log n is 100 × log(1,000,000) / log(10,000) = 150. Caches and the garbage collector can push even linear code past 100× at a million items, so treat one ratio as a hint. The original lesson claims a minute of this habit surfaces 80% of performance bugs; that is its estimate, not a measurement.',
    },
    {
      kind: 'points',
      id: 'budget-test',
      title: 'Make the speed requirement a test',
      sectionId: 'perf-test-first',
      points: [
        'Write the budget down before the code exists.',
        '"10,000 inputs in under 50 ms" fails now, passes later.',
        'Check correctness first, then time the median of a few runs.',
      ],
      notes:
        'This is test-first for speed. The failing test is the signal the assistant can work against, and it stops regressions later.',
    },
    {
      kind: 'code',
      id: 'budget-code',
      title: 'The lab’s budget, declared first',
      sectionId: 'perf-test-first',
      caption: 'Written before the fix: the starter’s higherCounts must fail it, the fix must pass.',
      code: [
        'export const perfBudget: PerfBudget = {',
        "  maxClass: 'O(n log n)', // growth: the same on any machine",
        '  size: 50000, // median time of one call at 50,000 players',
        '  maxMs: 100,',
        '};',
        '',
        '// higherCounts(scores): for each score, how many are higher.',
        '// The starter compares every player with every other: O(n²).',
      ].join('\n'),
      notes:
        'In the lab you declare the budget, run it against the slow leaderboard, see it fail, then fix the code. In your own suite the same budget is an assertion on a median time: assert duration_ms < 50 in pytest, expect(ms).toBeLessThan(50) in Vitest. Leave headroom so it does not flake on a busy CI machine.',
    },
    {
      kind: 'race',
      id: 'race-perf-test-first',
      title: 'Race: the scan the test catches',
      sectionId: 'perf-test-first',
      lab: 'perf-test-first',
      race: {
        sizes: [20, 50, 100, 200, 500, 1000, 2000],
        predictAt: 1_000_000,
      },
      lede: 'The starter a budget test would fail, against a fix that meets it.',
      notes:
        'This is the function the budget test is written for. The measured growth is what a "no worse than O(n log n)" budget would check.',
    },
    {
      kind: 'points',
      id: 'big-idea',
      title: 'The big idea',
      sectionId: 'big-idea',
      points: [
        'State the scale in the prompt.',
        'Benchmark at 100, 10k and 1M items.',
        'Profile instead of guessing.',
        'Change one thing, measure again, keep the budget in a test.',
      ],
      notes:
        'A model cannot feel how long its code takes; it never sees your data or your traffic. Each of these signals replaces a guess with a number you and the model can both act on.',
    },
    {
      kind: 'quote',
      id: 'closing',
      title: 'To take away',
      sectionId: 'big-idea',
      quote: lesson.closingLine,
      notes: 'End here. Point them to the labs to do the races themselves, and the quiz.',
    },
  ],
};
