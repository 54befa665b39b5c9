/**
 * Independent blind sets ZP1–ZP4 (40 in-scope + 20 out-of-scope each, at least 12 in-scope questions each
 * about Python or its tools), written on 2026-12-06 by helpers working apart from the tutor, after the
 * lesson gained its Python forms. They read only the lesson content, never the tutor, its code, word lists,
 * earlier sets or BENCHMARKS.md, and never ran it. No change to the tutor was made with sight of them; their
 * first run is the blind figure in BENCHMARKS.md. The writers' own notes follow. `section` null = the
 * lesson does not cover it.
 */
import { inScope, outOfScope, type BlindQuestion } from './blind';

// # Blind evaluation sets P1 and P2
//
// - Written by: a helper agent, started by a session of the project.
// - When: Sun Dec  6 16:55:37 UTC 2026
// - Files: `P1.json`, `P2.json`. Each is a JSON array of 60 `{ "q", "section" }` objects: 40 in scope, labelled with a section id from lesson.ts, and 20 out of scope, labelled `null`. The order within each file was shuffled with a fixed seed.
//
// ## What was read
//
// Only these files under /work/main/lessons/performance-bugs-in-ai-generated-code/:
// - `lesson.ts` (section ids and titles, key terms, patterns table, learning path)
// - `sections/01..09-*.mdx` (the lesson prose)
// - `labs/*/lab.ts` (titles, summaries, hints, prose)
// - `quiz.ts`, read only for which sections the quiz covers
//
// ## Working blind
//
// Nothing else in /work/main or /work/wt was read, searched or run. That includes lib/, eval/, components/, scripts/, BENCHMARKS.md, README.md, git history, earlier question sets (other files in this folder were not opened), the tutor's code and the tutor's word lists. The app and the tutor were not run, and the search tool was not used. The questions were written by hand from the lesson text and phrased the way a learner might ask, not copied from the lesson's sentences.
//
// ## Checks
//
// A small script confirmed that:
// - each file parses and has 60 entries, 40 of them in scope;
// - every non-null section id is one of lesson.ts's section ids;
// - no question repeats, within a set or across the two sets;
// - at least 12 in-scope questions per set name Python or one of the Python tools (P1: 14, P2: 16).
//
// # Blind question sets P3 and P4
//
// - **Written by:** a helper agent (started by a session of the project), not by the tutor's authors.
// - **When:** Sun Dec  6 16:55:15 UTC 2026
// - **Files:** `P3.json`, `P4.json`: each a JSON array of 60 `{ "q", "section" }` objects,
//   40 in scope (labelled with a section id from `lesson.ts` `sections[].id`) and 20 out of scope (`section: null`).
//
// ## What was read
//
// Only these files of the lesson `performance-bugs-in-ai-generated-code`, read-only:
//
// - `lessons/performance-bugs-in-ai-generated-code/lesson.ts` (section ids and titles, key terms, patterns table, learning path)
// - `lessons/performance-bugs-in-ai-generated-code/sections/01..09*.mdx` (the lesson prose)
// - `lessons/performance-bugs-in-ai-generated-code/labs/*/lab.ts` (titles, summaries, hints, prose)
// - `lessons/performance-bugs-in-ai-generated-code/quiz.ts` (only to see which topics exist)
//
// ## Worked blind
//
// Nothing else in /work/main or /work/wt was read, opened, grepped or run: not lib/, eval/, components/,
// scripts/, BENCHMARKS.md, README.md, git history, earlier question sets, the tutor's word lists or
// vocabulary, nor P1.json / P2.json. The app and the tutor were not run, and the search tool was not used.
//
// ## Checks
//
// A small `python3 -c` script confirmed: each file parses, has 60 entries, 40 non-null; every non-null
// section is one of lesson.ts's nine section ids; all 120 questions are distinct; in-scope questions that
// mention Python or a Python tool (pandas, Django, requests/httpx, asyncio, timeit, tracemalloc, cProfile,
// py-spy, datetime.now, pytest, SQLAlchemy, re.compile): P3 15, P4 14.
//
// In-scope counts per section:
//
// | Section | P3 | P4 |
// | --- | ---: | ---: |
// | works-on-my-machine | 3 | 2 |
// | six-patterns | 11 | 12 |
// | n-plus-one | 6 | 6 |
// | prompts | 4 | 4 |
// | profile-then-fix | 5 | 5 |
// | memory | 4 | 4 |
// | benchmark-habit | 3 | 3 |
// | perf-test-first | 3 | 3 |
// | big-idea | 1 | 1 |
// | **total** | **40** | **40** |

const BLIND_ZP1: BlindQuestion[] = [
  {
    q: 'whats a good sourdough starter ratio',
    section: null,
  },
  {
    q: 'How do I configure the Kubernetes horizontal pod autoscaler so our API scales up under load?',
    section: null,
  },
  {
    q: 'How do I use pprof to profile a Go service?',
    section: null,
  },
  {
    q: "In cProfile output, what's the difference between tottime and cumtime, and which one points at the actual hot spot?",
    section: 'profile-then-fix',
  },
  {
    q: 'When should I use select_related and when prefetch_related in Django?',
    section: 'n-plus-one',
  },
  {
    q: "How do I mock the database in my unit tests with unittest.mock so they don't hit a real DB?",
    section: null,
  },
  {
    q: 'What is an N+1 query?',
    section: 'n-plus-one',
  },
  {
    q: 'redis vs memcached for caching api responses — which one?',
    section: null,
  },
  {
    q: 'why does code from copilot pass all our tests and then fall over the moment it hits the real database?',
    section: 'works-on-my-machine',
  },
  {
    q: 'is calling datetime.now() for every row in a 100k-row export loop worth fixing?',
    section: 'six-patterns',
  },
  {
    q: 'In Rust, how do I avoid cloning Strings inside a loop?',
    section: null,
  },
  {
    q: 'If going from 10k to 1M items makes a function about 10,000 times slower, what complexity class is that?',
    section: 'benchmark-habit',
  },
  {
    q: 'As an engineering manager, is there one simple question my reviewers can ask about every loop in AI-written code to catch slowness early?',
    section: 'works-on-my-machine',
  },
  {
    q: 'Who owns the copyright on code that an AI assistant generates?',
    section: null,
  },
  {
    q: 'How do I make Prisma log the SQL it sends so I can count the queries a page makes?',
    section: 'n-plus-one',
  },
  {
    q: 'Can AI-generated code introduce SQL injection holes, and how do I audit for that?',
    section: null,
  },
  {
    q: 'how do you read a flame graph? which bars matter',
    section: 'profile-then-fix',
  },
  {
    q: 'should I create a new httpx.AsyncClient for every request or share one?',
    section: 'six-patterns',
  },
  {
    q: 'How much does Claude Code cost per month for a team of ten?',
    section: null,
  },
  {
    q: 'What is the Python GIL and why does it stop threads from running in parallel?',
    section: null,
  },
  {
    q: "Can I write a pytest test that fails if my function takes longer than 50 ms? Won't that be flaky on CI?",
    section: 'perf-test-first',
  },
  {
    q: "My script does pd.read_csv('orders.csv').query(\"status == 'open'\") on a 6 GB file and eats all the RAM. Is there a better way in pandas?",
    section: 'six-patterns',
  },
  {
    q: 'Which is better for a small team, Copilot or Cursor?',
    section: null,
  },
  {
    q: "What's a good step-by-step process for speeding up slow code with an AI assistant instead of letting it guess?",
    section: 'profile-then-fix',
  },
  {
    q: 'was the monday morning dashboard outage story a real incident?',
    section: 'works-on-my-machine',
  },
  {
    q: 'Is `orders.filter(o => flagged.includes(o.id))` really a problem? flagged has about 20k entries',
    section: 'six-patterns',
  },
  {
    q: 'Can git bisect help me find which commit made our endpoint slower? how do I run it?',
    section: null,
  },
  {
    q: 'Which input sizes should a microbenchmark use, and why throw away the results from the smallest one?',
    section: 'benchmark-habit',
  },
  {
    q: "How can I profile a Python worker that's already running in production? I can't restart it.",
    section: 'profile-then-fix',
  },
  {
    q: 'What JVM garbage collector settings should I use for a latency-sensitive Java service?',
    section: null,
  },
  {
    q: "Why is calling requests.get inside an async def a problem? The function is already async, so shouldn't it be non-blocking?",
    section: 'six-patterns',
  },
  {
    q: "is there a limit to how many ids I can put in one IN (...) list? we're on sqlite",
    section: 'n-plus-one',
  },
  {
    q: 'Django: looping over a queryset with a few million rows uses gigabytes of RAM. Anything better than a plain for loop over it?',
    section: 'memory',
  },
  {
    q: 'If you had to sum up this whole lesson in one idea for my team, what would it be?',
    section: 'big-idea',
  },
  {
    q: 'Why would I ask the model to add a comment with the time complexity above the function it writes?',
    section: 'prompts',
  },
  {
    q: 'How do I run Lighthouse in CI to track Core Web Vitals?',
    section: null,
  },
  {
    q: "How do I shrink my React app's bundle size with code splitting?",
    section: null,
  },
  {
    q: 'Python question: I have\n\nfor x in a:\n    if x in b:\n        ...\n\nwhere b is a list with ~50k ids. Is that slow, and what should I change?',
    section: 'six-patterns',
  },
  {
    q: 'Why does LIMIT 50 OFFSET 40000 get so slow, and what should I use instead?',
    section: 'six-patterns',
  },
  {
    q: 'How do I load test my API with k6 or Locust to see how many requests per second it can handle?',
    section: null,
  },
  {
    q: 'django: I loop over User.objects.all() and read u.team.name for each one. a colleague says this hits the db once per user?? how do I fix it',
    section: 'n-plus-one',
  },
  {
    q: 'if a nested loop takes 1 ms for 1,000 items, roughly how long will it take for 100,000?',
    section: 'six-patterns',
  },
  {
    q: 'My script ran about 3x slower under cProfile than it does normally. Can I use the profiled timings to decide whether my fix helped?',
    section: 'profile-then-fix',
  },
  {
    q: "What should I put in a prompt so the assistant doesn't hand me the toy-sized tutorial solution?",
    section: 'prompts',
  },
  {
    q: 'How do I add an index in Postgres without locking the table? is CREATE INDEX CONCURRENTLY the way?',
    section: null,
  },
  {
    q: 'How do I publish my Python library to PyPI using pyproject.toml?',
    section: null,
  },
  {
    q: 'How do I find out which objects are leaking in a Node app?',
    section: 'memory',
  },
  {
    q: "Can't I just wrap all the per-row queries in Promise.all so they run in parallel and the N+1 goes away?",
    section: 'n-plus-one',
  },
  {
    q: 'my node handler crunches numbers for about 2 seconds. I made it async but every other request still hangs while it runs. why, and where should that work go?',
    section: 'six-patterns',
  },
  {
    q: 'What is a performance budget?',
    section: 'perf-test-first',
  },
  {
    q: 'Should I bother hoisting `new RegExp(pattern)` out of a loop in Node? I heard V8 caches them',
    section: 'six-patterns',
  },
  {
    q: 'Why would a setInterval callback keep my huge report object alive in memory?',
    section: 'memory',
  },
  {
    q: 'why is my CSS animation janky on mobile? should I use will-change?',
    section: null,
  },
  {
    q: "What's the practical difference between O(n) and O(n²)? Like if my data doubles, what happens to the time?",
    section: 'six-patterns',
  },
  {
    q: "I cache prices in a Map keyed by SKU and the Node process keeps growing for weeks until it gets OOM-killed. Is that a leak? what's the fix?",
    section: 'memory',
  },
  {
    q: "Is writing 'make it fast and efficient' in the prompt enough to get performant code?",
    section: 'prompts',
  },
  {
    q: 'how do I measure the peak memory that one function call allocates in python?',
    section: 'benchmark-habit',
  },
  {
    q: 'Does building a new Intl.NumberFormat inside .map() actually cost much, or is that a micro-optimisation?',
    section: 'six-patterns',
  },
  {
    q: 'Any tips for writing good commit messages for changes the AI made?',
    section: null,
  },
  {
    q: "How do I assert in a Django test that a view runs exactly one query, so an N+1 can't sneak back in?",
    section: 'perf-test-first',
  },
];

export const BLIND_ZP1_IN_SCOPE = inScope(BLIND_ZP1);
export const BLIND_ZP1_OUT_OF_SCOPE = outOfScope(BLIND_ZP1);

const BLIND_ZP2: BlindQuestion[] = [
  {
    q: 'I ran the python list-vs-set example and doubling n made the list version about 4x slower but the set version only 2x. Is that expected?',
    section: 'six-patterns',
  },
  {
    q: 'does re.compile inside a loop hurt in python, or does the re module cache it anyway?',
    section: 'six-patterns',
  },
  {
    q: 'How can I see how many SQL queries a Django page actually runs?',
    section: 'n-plus-one',
  },
  {
    q: 'In pytest, can I check how the runtime grows from 10k to 20k inputs instead of asserting a fixed number of milliseconds?',
    section: 'perf-test-first',
  },
  {
    q: 'How do I track down a goroutine leak in a Go service?',
    section: null,
  },
  {
    q: 'The lesson mentions that a minute of benchmarking catches 80% of performance bugs. Is that from an actual study?',
    section: 'benchmark-habit',
  },
  {
    q: 'why is this slow? it\'s a set so lookups should be O(1)\n\n[r for r in rows if r["customer_id"] not in set(BLOCKED)]',
    section: 'six-patterns',
  },
  {
    q: 'The course this is based on says the Django select_related fix is about 10,000x faster. Is that number real?',
    section: 'n-plus-one',
  },
  {
    q: "Our Django view returns list(Order.objects.all()) as one JSON response, ~50k orders. What's the right way to paginate it?",
    section: 'six-patterns',
  },
  {
    q: 'Can you give me a preamble I can paste before asking the assistant to write data-processing code?',
    section: 'prompts',
  },
  {
    q: 'In C++, when should I use std::move to avoid copying vectors?',
    section: null,
  },
  {
    q: 'Are Java parallel streams worth it for processing big lists?',
    section: null,
  },
  {
    q: "what's wrong with fs.readFileSync inside an async express route handler?",
    section: 'six-patterns',
  },
  {
    q: 'How do I fire off lots of price lookups concurrently in asyncio? Right now I have:\n\nfor s in skus:\n    prices.append(requests.get(url(s)).json()["price"])',
    section: 'six-patterns',
  },
  {
    q: 'Our orders dashboard was fine in staging with a few hundred orders, but on Monday morning checkout started timing out too. How can a slow report take down a completely different feature?',
    section: 'works-on-my-machine',
  },
  {
    q: "How do we shard a Postgres database across several servers when one machine isn't enough?",
    section: null,
  },
  {
    q: 'I have CPU-heavy code inside an async def in Python. Will switching from requests to httpx make it stop blocking?',
    section: 'six-patterns',
  },
  {
    q: 'Should timing-based performance tests block every merge?',
    section: 'perf-test-first',
  },
  {
    q: 'Does garbage collection skew timeit results in Python?',
    section: 'benchmark-habit',
  },
  {
    q: 'Our timing tests fail randomly on CI. How can we keep a performance test without it being flaky?',
    section: 'perf-test-first',
  },
  {
    q: 'How do I fix layout shift caused by web fonts loading late?',
    section: null,
  },
  {
    q: 'How many queries does an N+1 loop send for 10,000 users, and how long would that take at 1 ms per round trip?',
    section: 'n-plus-one',
  },
  {
    q: 'Why does the Python budget test check that the first call is under 10x the budget before doing the timed runs?',
    section: 'perf-test-first',
  },
  {
    q: 'Is pd.read_sql with a WHERE clause really better than loading the whole table into a DataFrame and filtering it there?',
    section: 'six-patterns',
  },
  {
    q: "sqlalchemy: selectinload vs joinedload, what's the difference?",
    section: 'n-plus-one',
  },
  {
    q: 'why do AI assistants default to the simplest version of an algorithm rather than one that scales?',
    section: 'works-on-my-machine',
  },
  {
    q: "How should I word a request for an orders endpoint on a table that'll have tens of millions of rows?",
    section: 'prompts',
  },
  {
    q: 'How do I protect my LLM app against prompt injection?',
    section: null,
  },
  {
    q: 'As a manager, how do I measure whether Copilot actually made my team more productive?',
    section: null,
  },
  {
    q: 'Which profiler should I use for a Node.js server?',
    section: 'profile-then-fix',
  },
  {
    q: "cProfile says find_customer is 90% of the runtime; it scans the list of customers for every order. What's the usual fix?",
    section: 'profile-then-fix',
  },
  {
    q: "If my cache has to be capped, which entry should it throw out when it's full? Would clearing the whole thing be ok?",
    section: 'memory',
  },
  {
    q: 'How big is the context window of the current GPT and Claude models?',
    section: null,
  },
  {
    q: 'Besides sending fewer rows over the network, why does filtering in SQL beat .filter() in JavaScript?',
    section: 'six-patterns',
  },
  {
    q: "What's the capital of Australia?",
    section: null,
  },
  {
    q: 'poetry or uv for managing dependencies in a new python project?',
    section: null,
  },
  {
    q: 'How do I set up DataLoader in Apollo Server for my GraphQL resolvers?',
    section: null,
  },
  {
    q: 'What Cache-Control headers should I set so the CDN caches our static assets?',
    section: null,
  },
  {
    q: 'how do i resolve merge conflicts during git rebase',
    section: null,
  },
  {
    q: "Why is performance basically invisible to an AI coding assistant, and what can I hand it so it isn't?",
    section: 'big-idea',
  },
  {
    q: 'How do I stop the assistant from hardcoding API keys and secrets in the code it writes?',
    section: null,
  },
  {
    q: 'Should I report the mean or the median when I time a function over several runs?',
    section: 'benchmark-habit',
  },
  {
    q: 'After batching the team lookups into one IN query, how should I match the teams back to users? teams.find() inside users.map()?',
    section: 'n-plus-one',
  },
  {
    q: 'how do I vectorize a loop with numpy instead of iterating in python?',
    section: null,
  },
  {
    q: 'If I put the row counts and a time budget in my prompt, is the generated code guaranteed to be fast?',
    section: 'prompts',
  },
  {
    q: 'My set-based function is linear but its time went up ~600x from 10k to 1M items, not 100x. Is it secretly quadratic?',
    section: 'benchmark-habit',
  },
  {
    q: "how come my unit tests with 10 items can't tell a quadratic function apart from a linear one?",
    section: 'works-on-my-machine',
  },
  {
    q: 'Our Django migrations take forever to run on the big tables. how do I speed them up?',
    section: null,
  },
  {
    q: 'node 20 throws ERR_FS_FILE_TOO_LARGE when I readFile my log file. what now?',
    section: 'memory',
  },
  {
    q: "What's the memory-friendly way to count error lines in a 5 GB log file in Python? Right now I do f.read() and splitlines().",
    section: 'memory',
  },
  {
    q: 'What exactly is the event loop? Is it a separate background thread?',
    section: 'six-patterns',
  },
  {
    q: 'Where in Chrome DevTools do I see which functions take the most self time?',
    section: 'profile-then-fix',
  },
  {
    q: "How do I set a memory limit on a Docker container so one service can't eat the whole host?",
    section: null,
  },
  {
    q: 'How do I cancel an asyncio task if it takes longer than 5 seconds?',
    section: null,
  },
  {
    q: 'Mapping 10k rows and calling new Date().toISOString() for each one — is that measurably slower than one shared date?',
    section: 'six-patterns',
  },
  {
    q: 'What info should I paste into the chat when I ask the assistant to optimise based on profiler results?',
    section: 'profile-then-fix',
  },
  {
    q: 'how do I use tracemalloc to find which line of my python code is leaking memory?',
    section: 'memory',
  },
  {
    q: 'pytest: how do I share a database fixture across several test files with conftest.py?',
    section: null,
  },
  {
    q: "Why should I apply the AI's suggested optimisations one at a time instead of all at once?",
    section: 'profile-then-fix',
  },
  {
    q: "How do I fine-tune an LLM on our company's codebase so its suggestions match our style?",
    section: null,
  },
];

export const BLIND_ZP2_IN_SCOPE = inScope(BLIND_ZP2);
export const BLIND_ZP2_OUT_OF_SCOPE = outOfScope(BLIND_ZP2);

const BLIND_ZP3: BlindQuestion[] = [
  {
    q: 'why does code from copilot pass all the tests and then get super slow once it hits real production data?',
    section: 'works-on-my-machine',
  },
  {
    q: 'In the Monday-morning dashboard example, how did a slow orders page end up making checkout time out too?',
    section: 'works-on-my-machine',
  },
  {
    q: 'Is there one quick question I can ask myself about each loop when reviewing AI code, to catch scaling problems early?',
    section: 'works-on-my-machine',
  },
  {
    q: 'I have `for x in a:` and inside it `if x in b:` where b is a python list of ~50k ids. Is that bad? how do i fix it',
    section: 'six-patterns',
  },
  {
    q: "Why is `pd.read_csv('orders.csv').query(\"status == 'open'\")` considered the slow way, compared with doing the filter in SQL and loading it with pd.read_sql?",
    section: 'six-patterns',
  },
  {
    q: "Why is calling requests.get inside an async def a problem? It's in an async function so shouldn't it run concurrently anyway?",
    section: 'six-patterns',
  },
  {
    q: "is it really that costly to call datetime.now() for every row in a list comprehension? it's just a timestamp",
    section: 'six-patterns',
  },
  {
    q: "What's wrong with `items.filter(x => other.includes(x))` when both arrays get big?",
    section: 'six-patterns',
  },
  {
    q: 'Why do the later pages of a LIMIT/OFFSET listing get slower and slower, and what should I use instead?',
    section: 'six-patterns',
  },
  {
    q: 'If a nested loop takes 1 ms on 1,000 items, roughly how long would it take on 100,000?',
    section: 'six-patterns',
  },
  {
    q: 'what exactly is the event loop in node? is it a separate background thread?',
    section: 'six-patterns',
  },
  {
    q: "I made my Node handler async but the server still freezes for 2 seconds while it crunches numbers. Why doesn't async help and where should that work go?",
    section: 'six-patterns',
  },
  {
    q: 'Should I hoist `new RegExp(...)` out of a loop as well as `new Intl.NumberFormat(...)`, or does only one of them really matter?',
    section: 'six-patterns',
  },
  {
    q: 'Does Django have something built in so my view stops returning every single Order in one JSON response?',
    section: 'six-patterns',
  },
  {
    q: 'Django question: if I loop over User.objects.all() and read user.team.name for each one, how many queries does that actually send?',
    section: 'n-plus-one',
  },
  {
    q: 'Why is an N+1 in the Django ORM harder to spot than the same bug in the TypeScript version with an explicit await?',
    section: 'n-plus-one',
  },
  {
    q: 'Can I fix an N+1 by just wrapping all the per-row queries in Promise.all so they run in parallel?',
    section: 'n-plus-one',
  },
  {
    q: 'How do I find out whether a page has an N+1 problem without reading through all the code?',
    section: 'n-plus-one',
  },
  {
    q: 'When I batch ids into one IN (...) query on SQLite, is there a limit on how many ids I can put in the list?',
    section: 'n-plus-one',
  },
  {
    q: 'In SQLAlchemy, which loader option fetches the related rows with a second SELECT ... WHERE id IN (...) rather than a JOIN?',
    section: 'n-plus-one',
  },
  {
    q: "What should I put in my prompt so the assistant doesn't hand me a naive O(n^2) solution?",
    section: 'prompts',
  },
  {
    q: "does writing 'make it fast and efficient' in the prompt actually do anything?",
    section: 'prompts',
  },
  {
    q: 'Why would I ask the assistant to put a comment with the time and memory complexity above the function it writes?',
    section: 'prompts',
  },
  {
    q: 'As a team lead: if our shared prompt template states the data size and a time budget, can we skip benchmarking what the AI produces?',
    section: 'prompts',
  },
  {
    q: "In cProfile output, what's the difference between tottime and cumtime, and which one points at the function that's actually slow?",
    section: 'profile-then-fix',
  },
  {
    q: "How can I profile a Python worker that's already running in production when I'm not allowed to restart it?",
    section: 'profile-then-fix',
  },
  {
    q: "Why isn't it enough to paste my code into Claude and say 'make this faster'?",
    section: 'profile-then-fix',
  },
  {
    q: "What steps should I follow, in order, when fixing a performance problem with an AI assistant's help?",
    section: 'profile-then-fix',
  },
  {
    q: 'how do you read a flame graph? which bars should i look at first',
    section: 'profile-then-fix',
  },
  {
    q: 'Looping over a huge Django queryset eats gigabytes of RAM. Is there a way to get the rows without Django keeping them all?',
    section: 'memory',
  },
  {
    q: 'My Node service uses a Map as a cache and memory keeps climbing for days. How do I cap it without losing the benefit?',
    section: 'memory',
  },
  {
    q: 'Why could a setInterval callback keep a huge report object in memory even though it only logs the id?',
    section: 'memory',
  },
  {
    q: 'How do I find which lines of my Python code are allocating more and more memory over time, i.e. where the leak is?',
    section: 'memory',
  },
  {
    q: 'How do I benchmark a Python function for both time and peak memory at several input sizes? Which modules should I use?',
    section: 'benchmark-habit',
  },
  {
    q: 'why report the median of several runs instead of the average when timing a function?',
    section: 'benchmark-habit',
  },
  {
    q: 'My benchmark shows the 1M run taking ~400x longer than the 10k run, but the code is a simple linear loop. Did I get the complexity wrong?',
    section: 'benchmark-habit',
  },
  {
    q: 'how do i write a pytest test that fails if my function takes more than 50 ms on 10,000 items?',
    section: 'perf-test-first',
  },
  {
    q: 'Is there a way in a Django test to assert exactly how many queries a function runs?',
    section: 'perf-test-first',
  },
  {
    q: 'Our timing-based tests on CI fail randomly every few days. How do people keep performance tests from being flaky?',
    section: 'perf-test-first',
  },
  {
    q: 'In a nutshell, what kinds of signals do I have to give the model before it can take performance into account?',
    section: 'big-idea',
  },
  {
    q: 'How often should I back up my Postgres database, and how do I restore it from a backup?',
    section: null,
  },
  {
    q: 'Do parameterized queries fully protect the AI-generated code from SQL injection?',
    section: null,
  },
  {
    q: 'How do I split my React bundle so the first page loads faster?',
    section: null,
  },
  {
    q: 'What batch size should I use to make PyTorch training faster on a single GPU?',
    section: null,
  },
  {
    q: 'should i add type hints to every function in my python codebase?',
    section: null,
  },
  {
    q: 'How do I set up a GitHub Actions workflow that caches node_modules between runs?',
    section: null,
  },
  {
    q: 'How do goroutines and channels work in Go?',
    section: null,
  },
  {
    q: "In Java, how do I tune the G1 garbage collector's heap size and pause-time goals?",
    section: null,
  },
  {
    q: 'Which is cheaper per month for a team of ten, Cursor or GitHub Copilot?',
    section: null,
  },
  {
    q: 'Can an AI assistant write unit tests for legacy code that has no documentation?',
    section: null,
  },
  {
    q: "How do I stop the assistant from inventing library functions that don't exist?",
    section: null,
  },
  {
    q: "What's a good recipe for banana bread?",
    section: null,
  },
  {
    q: 'How do I create a composite index in MySQL, and does the order of the columns matter?',
    section: null,
  },
  {
    q: 'How do I lazy-load images below the fold on my website?',
    section: null,
  },
  {
    q: "What is Python's GIL, and will the free-threaded build in 3.13 make my code faster?",
    section: null,
  },
  {
    q: 'How do I configure Redis eviction policies like allkeys-lru?',
    section: null,
  },
  {
    q: 'How do I set memory requests and limits on a Kubernetes pod so it stops getting OOMKilled?',
    section: null,
  },
  {
    q: "What's the best way to write a Dockerfile for a Django app?",
    section: null,
  },
  {
    q: 'how do i make webpack rebuild faster in development mode?',
    section: null,
  },
  {
    q: 'Who won the 2018 football World Cup?',
    section: null,
  },
];

export const BLIND_ZP3_IN_SCOPE = inScope(BLIND_ZP3);
export const BLIND_ZP3_OUT_OF_SCOPE = outOfScope(BLIND_ZP3);

const BLIND_ZP4: BlindQuestion[] = [
  {
    q: 'Is it because the AI learned mostly from tutorials with tiny examples that it keeps picking the simplest loop rather than one that scales?',
    section: 'works-on-my-machine',
  },
  {
    q: "why can't a unit test with like 10 items tell an O(n) function apart from an O(n²) one?",
    section: 'works-on-my-machine',
  },
  {
    q: "I ran the list-vs-set snippet and doubled n: the list time went up about 4x but the set time only doubled. Is that what's supposed to happen?",
    section: 'six-patterns',
  },
  {
    q: "I'm a data engineer and only have a big CSV, no database. How do I keep just the rows with status 'open' in pandas without loading the whole file into memory?",
    section: 'six-patterns',
  },
  {
    q: 'Switching from requests to httpx in an async endpoint: should I create a new httpx.AsyncClient for every call, or share one?',
    section: 'six-patterns',
  },
  {
    q: "```python\nout = [r for r in rows if r['customer_id'] not in set(BLOCKED)]\n```\nis building the set right there a problem? BLOCKED only has 10 items",
    section: 'six-patterns',
  },
  {
    q: 'does calling re.compile inside a loop slow python down a lot, or does the re module cache it?',
    section: 'six-patterns',
  },
  {
    q: "In Python asyncio, where should a CPU-heavy computation that takes a couple of seconds go so it doesn't block every other coroutine?",
    section: 'six-patterns',
  },
  {
    q: "Why does using readFileSync inside an async Express route make other users' requests wait?",
    section: 'six-patterns',
  },
  {
    q: 'Apart from memory, why is SELECT * followed by .filter() in JavaScript slower than a WHERE clause? Does it stop the database from using its indexes?',
    section: 'six-patterns',
  },
  {
    q: "my API endpoint returns all 50,000 records in one JSON response and the frontend only shows 20 at a time. what's actually wrong with that?",
    section: 'six-patterns',
  },
  {
    q: 'Can someone explain O(n) versus O(n^2) in plain words, like what happens when I double the input?',
    section: 'six-patterns',
  },
  {
    q: 'How much slower is creating a new Date() for every item instead of one shared date, and is there any reason other than speed to share it?',
    section: 'six-patterns',
  },
  {
    q: 'How do I do keyset (cursor) pagination with the Django ORM instead of offsets?',
    section: 'six-patterns',
  },
  {
    q: "ok so what exactly is an 'N+1 query'? I keep hearing the term",
    section: 'n-plus-one',
  },
  {
    q: "Django: what do I add to the queryset so reading user.team inside the loop doesn't hit the database each time?",
    section: 'n-plus-one',
  },
  {
    q: "I need each team's list of users in Django, a reverse relation. select_related doesn't seem to apply there, so what should I use?",
    section: 'n-plus-one',
  },
  {
    q: "How do I eager-load a relation in Prisma so I'm not calling the database once per user?",
    section: 'n-plus-one',
  },
  {
    q: "When a JOIN is awkward, what's the batch approach, and why should I match the results with a Map instead of .find()?",
    section: 'n-plus-one',
  },
  {
    q: 'Is the claim that select_related makes things about 10,000x faster actually true?',
    section: 'n-plus-one',
  },
  {
    q: 'Can you give me a template I can paste before asking the AI for code that has to handle a lot of data?',
    section: 'prompts',
  },
  {
    q: 'When I ask the assistant for a new paginated endpoint, what details should my prompt spell out?',
    section: 'prompts',
  },
  {
    q: "Why does asking to 'find duplicate users' get a naive answer, while adding '1.2 million users, on every sign-up' changes what the model writes?",
    section: 'prompts',
  },
  {
    q: "I'm asking the AI for a function that checks 2 million orders in memory against a blocklist for a nightly export. How should I word the request?",
    section: 'prompts',
  },
  {
    q: "what's the command to run cProfile on a script and get the output sorted by cumulative time?",
    section: 'profile-then-fix',
  },
  {
    q: 'My code runs way slower under cProfile than without it. Should I judge my fix using the profiled timings?',
    section: 'profile-then-fix',
  },
  {
    q: 'Which tools can I use to profile a Node.js server and get a flame graph out of it?',
    section: 'profile-then-fix',
  },
  {
    q: 'In the Chrome DevTools Performance panel, where do I see which functions take the most self time?',
    section: 'profile-then-fix',
  },
  {
    q: 'The assistant proposed four fixes from my profile. Should I apply them all in one go?',
    section: 'profile-then-fix',
  },
  {
    q: 'python: I read a 5 GB log with f.read() and then splitlines() to count ERROR lines. Is there a better way?',
    section: 'memory',
  },
  {
    q: "Node's readFile throws ERR_FS_FILE_TOO_LARGE on my log file. What's going on and how do I process it instead?",
    section: 'memory',
  },
  {
    q: "my app pushes every request object into a module-level array 'for debugging'. is that actually a memory leak?",
    section: 'memory',
  },
  {
    q: 'How can I tell whether my Node process is leaking memory, and then track down which objects are leaking?',
    section: 'memory',
  },
  {
    q: 'Which input sizes should I benchmark a function at, and why throw away the numbers from the first, smallest one?',
    section: 'benchmark-habit',
  },
  {
    q: 'In a Node benchmark, how do I get peak memory? Is process.resourceUsage().maxRSS per call?',
    section: 'benchmark-habit',
  },
  {
    q: 'My timeit medians go up about 150x from 10k to 1M items. What complexity class does that point to?',
    section: 'benchmark-habit',
  },
  {
    q: 'Instead of asserting a fixed number of milliseconds, can a perf test check how the time grows between two input sizes?',
    section: 'perf-test-first',
  },
  {
    q: "From a team lead's view: should timing-based performance tests block every merge in CI?",
    section: 'perf-test-first',
  },
  {
    q: 'In the pytest budget test, why is the function called once and checked before the five timed runs?',
    section: 'perf-test-first',
  },
  {
    q: 'What are the handful of habits this whole lesson boils down to?',
    section: 'big-idea',
  },
  {
    q: 'How do I prevent XSS when rendering user input in React?',
    section: null,
  },
  {
    q: "What's the best way to run database migrations without downtime?",
    section: null,
  },
  {
    q: 'How do I optimise images to improve Largest Contentful Paint on my site?',
    section: null,
  },
  {
    q: 'How do I use mixed precision to train a transformer faster on an A100?',
    section: null,
  },
  {
    q: "What's the difference between a Protocol and an ABC in Python typing?",
    section: null,
  },
  {
    q: 'How do I run pytest in parallel with pytest-xdist to make my test suite finish sooner?',
    section: null,
  },
  {
    q: 'How do I profile a Go program with pprof?',
    section: null,
  },
  {
    q: "How does Java's HashMap handle hash collisions internally?",
    section: null,
  },
  {
    q: 'Is it legal to ship code generated by ChatGPT in a commercial product?',
    section: null,
  },
  {
    q: 'How do I give Claude Code access to a private GitHub repository?',
    section: null,
  },
  {
    q: 'How do I set up a read replica in Postgres to spread the read load?',
    section: null,
  },
  {
    q: "What's the difference between UNION and UNION ALL in SQL?",
    section: null,
  },
  {
    q: "how do i fix a 'blocked by CORS policy' error when my frontend calls my API?",
    section: null,
  },
  {
    q: 'How can I use Cython or Numba to speed up a numeric loop in Python?',
    section: null,
  },
  {
    q: "What's a good way to learn touch typing?",
    section: null,
  },
  {
    q: 'How do I set up Sentry to report errors from my production app?',
    section: null,
  },
  {
    q: 'How does PgBouncer pooling work, and how do I choose the pool size?',
    section: null,
  },
  {
    q: "What's the worst-case time complexity of quicksort, and why?",
    section: null,
  },
  {
    q: 'Should I switch from pandas to Polars for large CSV files?',
    section: null,
  },
  {
    q: 'Can you recommend a good science-fiction novel?',
    section: null,
  },
];

export const BLIND_ZP4_IN_SCOPE = inScope(BLIND_ZP4);
export const BLIND_ZP4_OUT_OF_SCOPE = outOfScope(BLIND_ZP4);
