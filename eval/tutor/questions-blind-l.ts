/**
 * Independent blind sets V, W, X and Y (40 in-scope + 20 out-of-scope each), written on 2026-11-27 (third
 * session) by four more helpers working apart, each reading only the lesson content (lesson.ts, the
 * section MDX, lab prose, quiz topics) — never the tutor's code, word lists, earlier question sets,
 * BENCHMARKS.md or git history — and never running the tutor. Each author's own header follows (they named
 * their sets W, X, Y and Z). They were written while the scope model was refitted on every earlier set
 * (commit d8b9d74) without sight of them, and added after; the first run is the blind figure in
 * BENCHMARKS.md. `section` null = the lesson does not cover it.
 */
import { inScope, outOfScope, type BlindQuestion } from './blind';

/**
 * Blind question set BLIND_W for the Hotpath lesson tutor
 * ("Performance Bugs in AI-Generated Code").
 *
 * Written by: a helper agent (blind writer "w").
 * Written at: 2026-11-27 14:14 UTC (from `date -u`).
 * Written blind: the writer never ran, read or saw the tutor, its code, its tests, its
 * benchmarks, or any other question set. Labels come only from the lesson text.
 *
 * Sources read (only these):
 *   - lessons/performance-bugs-in-ai-generated-code/lesson.ts (section ids/titles, key terms)
 *   - lessons/performance-bugs-in-ai-generated-code/sections/*.mdx (lesson text)
 *   - lessons/performance-bugs-in-ai-generated-code/labs/0x-* /lab.ts (prose only: titles,
 *     summaries, hints, why/see/fix/contract)
 *   - lessons/performance-bugs-in-ai-generated-code/quiz.ts (skimmed for topic list only)
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section = null).
 * Emphasis: many learner voices (students, teachers, managers, on-call engineers, non-native
 * speakers, people pasting code), varied length and tone.
 */

const BLIND_V: BlindQuestion[] = [
  // ---------------------------------------------------------------- works-on-my-machine (3)
  {
    q: 'In that Monday story, only the dashboard was slow, so why did checkout start timing out as well?',
    section: 'works-on-my-machine',
  },
  {
    q: 'honestly confused. every unit test passed, CI green, reviewer approved. the fixture has like 5 rows. how can the same function be unusable in prod',
    section: 'works-on-my-machine',
  },
  {
    q: "I'm running a code-review workshop for juniors next week. Is there one simple question the lesson says to ask about every loop that goes over data?",
    section: 'works-on-my-machine',
  },

  // ---------------------------------------------------------------- six-patterns (9)
  {
    q: 'reviewer flagged `items.filter(x => other.includes(x))` as a perf problem. its one line?? whats wrong with it and what do i write instead',
    section: 'six-patterns',
  },
  {
    q: 'revising for the quiz: a nested O(n^2) loop needs about a millisecond for a thousand items. roughly how long for 100k and how do you work it out? I keep getting a different number',
    section: 'six-patterns',
  },
  {
    q: 'Post-incident question. Our Node API stopped answering everyone while one customer uploaded a huge CSV. The route handler is async but it calls fs.readFileSync on the upload. Why would a single request freeze all the others?',
    section: 'six-patterns',
  },
  {
    q: 'Hello, I read that pagination with OFFSET is becoming slow when user go to very deep page. Why this happens and what is better way to do it?',
    section: 'six-patterns',
  },
  {
    q: 'I manage the team, not a coder. The AI-written endpoint grabs the whole orders table and then throws most of it away in JavaScript. The devs say it works. What is it actually costing us?',
    section: 'six-patterns',
  },
  {
    q: 'creating new Intl.NumberFormat for each price inside .map(), is that genuinely expensive or is this micro-optimisation nonsense',
    section: 'six-patterns',
  },
  {
    q: "what does 'hoist' mean here? not the var/function hoisting thing from JS interviews I assume",
    section: 'six-patterns',
  },
  {
    q: 'refund queue lab: i moved the filter into sql as WHERE lower(status) = ? and rows scanned still equals the entire table. what gives',
    section: 'six-patterns',
  },
  {
    q: 'In the blocking lab serveAll already does Promise.all over the requests, yet the counter says nothing is ever in flight together. Why isnt it running concurrently?',
    section: 'six-patterns',
  },

  // ---------------------------------------------------------------- n-plus-one (6)
  {
    q: "```\nfor (const inv of invoices) {\n  const client = await db.query('select * from clients where client_id = ?', [inv.clientId]);\n  inv.clientName = client[0]?.name;\n}\n```\ncode review says 'n+1'. explain like im five please, it's just an await",
    section: 'n-plus-one',
  },
  {
    q: 'If I put all the per-row queries into Promise.all so they go at the same time, is that a proper fix? Locally it got way faster.',
    section: 'n-plus-one',
  },
  {
    q: 'django: select_related vs prefetch_related, which one for many-to-many? I always mix them up',
    section: 'n-plus-one',
  },
  {
    q: 'Is there a quick way to detect an N+1 in a Prisma app without reading every file? Just want to check one page.',
    section: 'n-plus-one',
  },
  {
    q: 'batched the lookups into one IN query but now it has ~40k customer ids and the db rejects the statement. what now',
    section: 'n-plus-one',
  },
  {
    q: 'users/teams lab — switched to a JOIN and the query count is fine, but users with no team vanished from the result. how do I keep them?',
    section: 'n-plus-one',
  },

  // ---------------------------------------------------------------- prompts (4)
  {
    q: 'What should I tell Copilot up front so it stops handing me the naive nested-loop answer when my data is big?',
    section: 'prompts',
  },
  {
    q: "Is adding 'make it fast and efficient' to my prompt good enough?",
    section: 'prompts',
  },
  {
    q: 'why would you ask the model to put a big-O comment above the function? feels like noise to me',
    section: 'prompts',
  },
  {
    q: 'I pasted a really thorough context block with row counts and a time budget, and the model replied that its code is O(n). Can I just ship it?',
    section: 'prompts',
  },

  // ---------------------------------------------------------------- profile-then-fix (4)
  {
    q: 'flame graph: do I care about the wide bars or the tall ones? first time looking at one',
    section: 'profile-then-fix',
  },
  {
    q: 'self time vs total time?',
    section: 'profile-then-fix',
  },
  {
    q: 'Our Python worker is slow in production right now and I cannot restart it. Can I still get a profile out of the running process?',
    section: 'profile-then-fix',
  },
  {
    q: "Every time I tell Claude 'optimize this' it rewrites half the file and nothing gets faster. How do I get it to go after the part that actually matters?",
    section: 'profile-then-fix',
  },

  // ---------------------------------------------------------------- memory (6)
  {
    q: 'node service: memory goes up slowly for 3 days then the container gets killed. all tests pass. how do i even find what is leaking?',
    section: 'memory',
  },
  {
    q: 'trying to count ERROR lines in a 5 GB log and fs.readFile throws ERR_FS_FILE_TOO_LARGE. better approach?',
    section: 'memory',
  },
  {
    q: 'How can I write a simple least-recently-used cache with a plain Map, no npm package?',
    section: 'memory',
  },
  {
    q: 'my setInterval callback only logs report.id, but a heap snapshot shows the whole million-row report still alive. is the closure holding it??',
    section: 'memory',
  },
  {
    q: 'lol someone pushes every incoming req into a global array "for debugging". how bad is that actually and what should we do instead',
    section: 'memory',
  },
  {
    q: 'price cache lab: when it reaches 500 I clear the whole thing, entries are fine now but hit rate dropped under 60%. what should I be throwing out instead?',
    section: 'memory',
  },

  // ---------------------------------------------------------------- benchmark-habit (3)
  {
    q: 'When timing a function several times, why report the median instead of the average?',
    section: 'benchmark-habit',
  },
  {
    q: 'which input sizes should my benchmark use, and from the timings how do I tell if the thing is linear or quadratic?',
    section: 'benchmark-habit',
  },
  {
    q: 'how do you measure peak memory for a node benchmark? heapUsed?',
    section: 'benchmark-habit',
  },

  // ---------------------------------------------------------------- perf-test-first (4)
  {
    q: 'We have a "must be under 50ms" test that passes on my laptop and fails randomly in CI. Team wants to delete it. Is there a better way to keep the check?',
    section: 'perf-test-first',
  },
  {
    q: 'Is there a way to write a test that catches an N+1 regression without relying on timing at all?',
    section: 'perf-test-first',
  },
  {
    q: 'performance budget meaning?',
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab: the perfBudget I wrote also passes against the slow starter code. is that a problem or fine?',
    section: 'perf-test-first',
  },

  // ---------------------------------------------------------------- big-idea (1)
  {
    q: 'tl;dr of the whole lesson? what are the signals you are meant to feed the model so it stops writing slow stuff',
    section: 'big-idea',
  },

  // ---------------------------------------------------------------- out of scope (20)
  // near misses: frontend
  {
    q: 'My React search box re-renders the whole list on every keystroke. Should I wrap everything in useMemo and useCallback?',
    section: null,
  },
  {
    q: 'best way to show a 10k row table in the browser without the scroll lagging? react-window or something?',
    section: null,
  },
  {
    q: 'Lighthouse gives us LCP 4.2 s on mobile. What usually helps most?',
    section: null,
  },
  {
    q: 'vite production bundle is 2.3 MB, how do i code-split it and stop lodash being pulled in whole',
    section: null,
  },
  // near misses: databases
  {
    q: 'How do I read Postgres EXPLAIN ANALYZE output? What is the difference between a Seq Scan and a Bitmap Heap Scan?',
    section: null,
  },
  {
    q: 'autovacuum is not keeping up and one table has bloated to 40 GB. which settings should we tune?',
    section: null,
  },
  {
    q: "What's a sensible max size for a node-postgres Pool when six pods all talk to one RDS instance?",
    section: null,
  },
  {
    q: 'how do I protect our login form against SQL injection?',
    section: null,
  },
  // near misses: JavaScript / runtime
  {
    q: '0.1 + 0.2 !== 0.3 in js, why',
    section: null,
  },
  {
    q: 'python threads make my cpu-bound script no faster at all. is that the GIL? should i use multiprocessing?',
    section: null,
  },
  // near misses: infrastructure
  {
    q: 'We run 4 app instances behind a load balancer. Should the price cache move to Redis so they share it, and how do we invalidate entries when a price changes?',
    section: null,
  },
  {
    q: 'pods keep getting OOMKilled on k8s. what requests/limits should we set, and would the HPA help?',
    section: null,
  },
  // near misses: testing
  {
    q: 'how to write a k6 script that ramps up to 2000 virtual users against our checkout API',
    section: null,
  },
  {
    q: 'jest.mock on an ES module default export does nothing, what is the right syntax?',
    section: null,
  },
  // near misses: AI tools
  {
    q: 'Copilot or Cursor for a team of eight: which works out cheaper per seat?',
    section: null,
  },
  {
    q: 'Can I run a coding model locally on a 16 GB MacBook so our code never leaves the machine?',
    section: null,
  },
  {
    q: 'our AI agent reads GitHub issues and acts on them. how do we stop prompt injection hidden in issue text?',
    section: null,
  },
  // far off
  {
    q: 'my sourdough starter smells like nail polish remover, is it dead?',
    section: null,
  },
  {
    q: 'freelancer in Germany here, do I have to charge VAT to clients in the US?',
    section: null,
  },
  {
    q: 'any good stretches for lower back pain after ten hours at a desk',
    section: null,
  },
];

// Blind question set BLIND_X for the lesson tutor ("Performance Bugs in AI-Generated Code").
// Written by a helper agent on Fri Nov 27 14:16:27 UTC 2026, blind: the author never ran, read or saw the tutor,
// its code, its tests or any earlier question set.
// Sources read (under lessons/performance-bugs-in-ai-generated-code/): lesson.ts, sections/*.mdx,
// each labs/<lab>/lab.ts (titles, summaries, hints, prose only) and quiz.ts (topics only).
// 60 questions: 40 in scope (section = a lesson.ts sections[].id), 20 out of scope (section: null).
// Voice emphasis: working engineers with a concrete setup, code reviewers quoting a line, team leads.

const BLIND_W: BlindQuestion[] = [
  {
    q: "Express API on Node 20, roughly 40 req/s. One route does `fs.readFileSync('rates.json')` (about 30 MB) inside an async handler on every call. Under load p99 jumps from 80 ms to 4 s while CPU sits around 30%. Why would a single synchronous read make unrelated requests wait?",
    section: 'six-patterns',
  },
  {
    q: 'Reviewing a PR and this line bugs me: `const missing = skus.filter(s => !catalogSkus.includes(s))` -- both arrays are ~150k in prod. Am I right to block it, and what do I suggest instead?',
    section: 'six-patterns',
  },
  { q: 'LIMIT 50 OFFSET 40000 why so slow', section: 'six-patterns' },
  {
    q: 'our /products endpoint dumps all 48k items as one ~22MB json blob and the mobile app times out on 3G. whats the standard fix here',
    section: 'six-patterns',
  },
  {
    q: "code review: nit or real issue? `prices.map(p => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(p))` -- it runs over ~200k invoice lines in a nightly job",
    section: 'six-patterns',
  },
  {
    q: 'revising for the quiz: if a nested loop takes 1 ms on 1,000 things, how long on 100,000? i keep getting 100 ms and im pretty sure thats wrong',
    section: 'six-patterns',
  },
  {
    q: 'Why the database can use index only when I write the condition in SQL, but not when I take all rows with select * and after do .filter() in javascript? I thought it give same result.',
    section: 'six-patterns',
  },
  {
    q: 'refund queue lab -- I put `WHERE lower(status) = ?` in the query but rows scanned is still the whole table. what am i missing',
    section: 'six-patterns',
  },
  {
    q: 'ran the console snippet with the flagged ids, then doubled n. includes got roughly 4x slower but the Set version only ~2x. is that supposed to happen or is my browser being weird',
    section: 'six-patterns',
  },
  {
    q: "I lead a team of six and we're drafting a review checklist for assistant-generated JS/TS. Which recurring slow shapes should reviewers be trained to spot, and what's the usual fix for each?",
    section: 'six-patterns',
  },
  {
    q: "Postgres 15 + node-postgres. Our orders page with ~2,500 rows takes about 3 s. I turned on query logging and there are thousands of `SELECT name, email FROM customers WHERE id = $1` for a single page load. What's going on and how do I collapse it?",
    section: 'n-plus-one',
  },
  {
    q: "The assistant 'fixed' our slow loop by turning it into `await Promise.all(orders.map(o => db.query('SELECT * FROM customers WHERE id = $1', [o.customer_id])))` and claims it's parallel now so the problem is solved. Is it, though?",
    section: 'n-plus-one',
  },
  {
    q: "sqlalchemy joinedload vs selectinload -- which one for pulling each order's customer?",
    section: 'n-plus-one',
  },
  {
    q: 'Switched to a single `WHERE id IN (?, ?, ...)` query with one placeholder per id, but with 70k ids MySQL errors out. What now?',
    section: 'n-plus-one',
  },
  {
    q: 'quickest way to tell if a page has an n+1 problem without reading through the code?',
    section: 'n-plus-one',
  },
  {
    q: 'n+1 lab: after rewriting it with a JOIN the checker says my output is wrong, some users are just gone. i think its the ones without a team?',
    section: 'n-plus-one',
  },
  {
    q: "i always tell copilot 'make it fast and efficient' and still get the naive version lol. what should i be writing instead",
    section: 'prompts',
  },
  {
    q: 'Team lead here. We keep a shared rules file for Cursor. What should a standard preamble for data-heavy tasks contain so people stop getting toy-sized solutions?',
    section: 'prompts',
  },
  {
    q: 'Whats the point of asking the model to write its time complexity in a comment above the function? Feels like noise to me.',
    section: 'prompts',
  },
  {
    q: "Asked Claude to 'speed up' our CSV import (Node, 100k rows, ~12 s). It rewrote the parsing code, looked nicer, zero change in timing. What should I have handed it instead?",
    section: 'profile-then-fix',
  },
  { q: 'self time vs total time in a flame graph??', section: 'profile-then-fix' },
  {
    q: 'We have a Python worker already running in production that sometimes pegs a core. Can I see where it spends its time without restarting it?',
    section: 'profile-then-fix',
  },
  {
    q: 'the ai gave me 5 different optimisations for the hot function. should i just apply them all and rerun?',
    section: 'profile-then-fix',
  },
  {
    q: "Post-incident: our Node worker's memory climbs ~200 MB a day and it gets OOM-killed every third day or so. heapUsed only ever goes up. How do I actually pin down which objects are leaking?",
    section: 'memory',
  },
  {
    q: 'Reviewer question. Module-level `const profileCache = new Map()`, and the handler does `profileCache.set(userId, profile)` on every miss; nothing else ever touches it. The service runs for weeks. What should I ask the author to change?',
    section: 'memory',
  },
  {
    q: 'I need count ERROR lines in 6GB log file. With readFile node give me ERR_FS_FILE_TOO_LARGE. How to do it properly?',
    section: 'memory',
  },
  {
    q: 'heap snapshot shows a whole million-row report object retained, but my setInterval callback only logs report.id. why is the entire thing kept alive?',
    section: 'memory',
  },
  {
    q: 'unbounded cache lab: i just call cache.clear() once it reaches 500 entries but the hit rate check fails. whats wrong with that approach',
    section: 'memory',
  },
  { q: 'why does the benchmark throw away the numbers from the 100 item run', section: 'benchmark-habit' },
  {
    q: 'For my microbenchmark, should I report the mean or the median time per call? A few runs spike randomly.',
    section: 'benchmark-habit',
  },
  {
    q: 'How do I get the peak memory for each input size in a Node benchmark script? And can I do the same in the browser?',
    section: 'benchmark-habit',
  },
  {
    q: 'Timed my function at 10k and 1M items: 4 ms vs about 40 s. What does that ratio tell me?',
    section: 'benchmark-habit',
  },
  {
    q: 'how do i write a vitest test that fails if a function gets too slow? like 20k rows must finish under 100ms',
    section: 'perf-test-first',
  },
  {
    q: 'Our timing test passes locally (~40 ms against a 50 ms limit) but fails at random on GitHub Actions, and devs have started just hitting re-run. How do we keep the check without the flakiness?',
    section: 'perf-test-first',
  },
  {
    q: 'is there something built into django to assert how many queries a view runs inside a test',
    section: 'perf-test-first',
  },
  {
    q: 'perf-test-first lab, the leaderboard one: should my perfBudget use maxClass or size/maxMs? and how strict should it be?',
    section: 'perf-test-first',
  },
  {
    q: 'Eng manager here. Should timing-based performance tests block every merge, or live somewhere else?',
    section: 'perf-test-first',
  },
  {
    q: 'Post-mortem question. The feature was built mostly with an assistant, staging had a few hundred seeded rows, everything was green. Monday 9am real traffic hit, DB connections ran out and took checkout down with it. Why do our tests keep missing this kind of thing?',
    section: 'works-on-my-machine',
  },
  {
    q: 'is there one quick question i can ask myself when reading any loop to catch scaling problems early',
    section: 'works-on-my-machine',
  },
  {
    q: "teaching this next week -- what's the single core takeaway I should close the class on?",
    section: 'big-idea',
  },
  {
    q: "How do I read EXPLAIN ANALYZE output in Postgres? What's the difference between the cost numbers and the actual time?",
    section: null,
  },
  {
    q: 'What should `max` be for a pg Pool if we run 8 pods against one db.t3.medium RDS instance?',
    section: null,
  },
  {
    q: 'React table with ~2k rows re-renders on every keystroke in the search box. Wrap everything in useMemo/useCallback, or virtualize the list?',
    section: null,
  },
  {
    q: 'LCP on our landing page is 4.8s in Lighthouse and the hero image is 1.2MB. how do i bring it down',
    section: null,
  },
  { q: 'how to raise node heap limit to 4gb, is it --max-old-space-size?', section: null },
  {
    q: 'Writing a k6 script to ramp from 0 to 500 virtual users over 5 minutes. How do I set up stages and thresholds?',
    section: null,
  },
  {
    q: 'Our HPA scales on CPU at 70% but pods still fall over during traffic spikes. Should we scale on request rate instead?',
    section: null,
  },
  {
    q: 'regex `^(a+)+$` takes forever on some inputs and froze our form validator. what is catastrophic backtracking and how do i avoid it',
    section: null,
  },
  {
    q: 'should we turn on gzip or brotli for our JSON API responses, and at which layer -- nginx or express?',
    section: null,
  },
  {
    q: "Manager question: we're choosing between Copilot and Cursor for 40 developers. Which one is better value?",
    section: null,
  },
  {
    q: 'vi.useFakeTimers doesnt advance my setTimeout inside a promise and the test just hangs. how to fix',
    section: null,
  },
  {
    q: "Postgres read replica lag is about 2 s and users don't see their own updates right after saving. What are the common patterns for dealing with that?",
    section: null,
  },
  {
    q: 'Python: threading or multiprocessing for a CPU-bound image resize job? The GIL confuses me.',
    section: null,
  },
  {
    q: 'Legal asked whether we actually own code written by an AI assistant. Is it safe to ship licence-wise?',
    section: null,
  },
  {
    q: 'would rewriting our image-processing hot path in WebAssembly really be faster than plain JS?',
    section: null,
  },
  {
    q: 'Our coding agent keeps running out of context on a big monorepo. Any tips for structuring the repo or the instructions so it stays on track?',
    section: null,
  },
  { q: 'best way to keep a sourdough starter alive while im away for two weeks', section: null },
  { q: 'write me a short birthday poem for my grandma who loves gardening', section: null },
  { q: 'how do I fix a squeaky door hinge without WD-40', section: null },
  { q: 'recommend a good sci-fi novel for a long flight?', section: null },
];

/**
 * Blind question set BLIND_Y for the "Performance Bugs in AI-Generated Code" lesson tutor.
 *
 * Written by: a helper agent (blind-question writer), Fri Nov 27 14:15:41 UTC 2026.
 * Written blind: the author never saw, ran or read the tutor, its code, its tests, benchmarks or
 * earlier question sets or results.
 * Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts,
 * sections/*.mdx, labs/* /lab.ts (prose: titles, summaries, hints, why/see/fix/contract),
 * labs/index.ts, and quiz.ts (topics only).
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section = null).
 * Voices emphasised: students revising for the quiz, teachers preparing a class, beginners in everyday
 * words, non-native English speakers, and short keyword-style queries.
 */

const BLIND_X: BlindQuestion[] = [
  // ---- works-on-my-machine (2) ----
  {
    q: 'Manager here. The feature passed code review and every test, then fell over the first Monday real users hit it. How is that even possible if the code was correct?',
    section: 'works-on-my-machine',
  },
  {
    q: "revising: what's the one question you're supposed to ask about every loop that goes over data?",
    section: 'works-on-my-machine',
  },

  // ---- six-patterns (10) ----
  {
    q: 'quick check for the quiz: nested loop thing takes 1 ms with 1000 items, so with 100,000 items its roughly how long?',
    section: 'six-patterns',
  },
  { q: 'includes inside filter slow', section: 'six-patterns' },
  {
    q: 'Why one readFileSync in my async handler is making all the other requests waiting? I thought async means it not block.',
    section: 'six-patterns',
  },
  { q: 'OFFSET 40000 LIMIT 50 very slow on last pages, what to use instead', section: 'six-patterns' },
  {
    q: 'my api sends back the whole product table (like 50k items) every time someone opens the shop page. is that a problem or is it fine?',
    section: 'six-patterns',
  },
  {
    q: "SELECT * from orders, then orders.filter(o => o.status === 'refund_requested') in node. bad idea?",
    section: 'six-patterns',
  },
  {
    q: 'Intl.NumberFormat created inside .map for every price, does that actually matter?',
    section: 'six-patterns',
  },
  {
    q: 'Teaching tomorrow. I want a snippet students can paste in the browser console to watch an array vs a Set lookup race live. Does the lesson have one?',
    section: 'six-patterns',
  },
  { q: "big O explained like i'm 5", section: 'six-patterns' },
  {
    q: 'I wrote WHERE lower(status) = ? but database still reads every row, and there is an index on status. Why it not use it?',
    section: 'six-patterns',
  },

  // ---- n-plus-one (7) ----
  { q: 'n+1 query fix', section: 'n-plus-one' },
  {
    q: 'Revising: a page loads 500 posts with one query, then does one more query per post to get its author. How many queries per page view in total?',
    section: 'n-plus-one',
  },
  {
    q: 'if I put all the per-row queries into Promise.all so they run together, is the n+1 problem solved?',
    section: 'n-plus-one',
  },
  {
    q: "for (const o of orders) { const [c] = await db.query('SELECT name FROM customers WHERE id = $1', [o.customer_id]) }  -- looks fine to me but my senior said no. why??",
    section: 'n-plus-one',
  },
  {
    q: 'got "too many SQL variables" when I pass 50000 ids into one IN (...) query. what now',
    section: 'n-plus-one',
  },
  { q: 'prisma load the customer together with each order in one go', section: 'n-plus-one' },
  {
    q: 'how can i tell if a page in our existing app has the one-query-per-item problem? just reading the code is hard',
    section: 'n-plus-one',
  },

  // ---- prompts (3) ----
  {
    q: 'What I should write in my prompt so the AI give me code that work with big data and not only with a small example?',
    section: 'prompts',
  },
  { q: "is writing 'make it fast and efficient' in the prompt enough?", section: 'prompts' },
  {
    q: 'why would you ask the model to put a complexity comment above the function it writes?',
    section: 'prompts',
  },

  // ---- profile-then-fix (4) ----
  {
    q: 'I asked the AI to speed up my function and it rewrote a bunch of stuff but nothing got faster. what am I doing wrong?',
    section: 'profile-then-fix',
  },
  {
    q: 'How would I explain a flame graph to my class in two sentences? What does the width of a bar tell you?',
    section: 'profile-then-fix',
  },
  { q: 'self time vs total time', section: 'profile-then-fix' },
  { q: 'profile node.js server cpu', section: 'profile-then-fix' },

  // ---- memory (5) ----
  { q: 'lru cache javascript without a library', section: 'memory' },
  {
    q: 'Our node service uses more and more memory for days, then it gets killed. How do I find which objects are leaking?',
    section: 'memory',
  },
  { q: 'ERR_FS_FILE_TOO_LARGE when reading a big log file', section: 'memory' },
  {
    q: 'function watch(report) { return setInterval(() => console.log(report.id), 60000) }  someone told me this keeps the whole report in memory?? how',
    section: 'memory',
  },
  {
    q: 'is it ok to push every incoming request into a global array so I can debug later?',
    section: 'memory',
  },

  // ---- benchmark-habit (4) ----
  {
    q: 'Preparing a lab for students: at which input sizes should they time a function, and why those sizes?',
    section: 'benchmark-habit',
  },
  { q: 'benchmark timings: report the median or the average?', section: 'benchmark-habit' },
  { q: 'peak memory node benchmark', section: 'benchmark-habit' },
  {
    q: 'Why we must ignore the numbers from the first small run when doing a benchmark?',
    section: 'benchmark-habit',
  },

  // ---- perf-test-first (4) ----
  {
    q: 'our timing test fails randomly on CI like 1 run in 10. should we just delete it?',
    section: 'perf-test-first',
  },
  { q: 'what is a performance budget', section: 'perf-test-first' },
  {
    q: 'can i check the number of queries in a unit test instead of measuring milliseconds?',
    section: 'perf-test-first',
  },
  {
    q: 'How do I know if my perf budget is too loose? In the leaderboard lab my check passes even with the slow code.',
    section: 'perf-test-first',
  },

  // ---- big-idea (1) ----
  {
    q: 'Teacher here. What is the single main message of this lesson that I should end my class on?',
    section: 'big-idea',
  },

  // ---- out of scope (20): near misses first, then far-off ----
  { q: 'webpack bundle too big how to split it', section: null },
  { q: 'What is a good LCP score and how do I improve it on my landing page?', section: null },
  {
    q: 'react component re-renders too many times, should i wrap everything in useMemo?',
    section: null,
  },
  { q: 'how to read EXPLAIN ANALYZE output in postgres', section: null },
  {
    q: 'How big my connection pool must be for postgres? We have 4 app servers.',
    section: null,
  },
  { q: 'Are parameterised queries enough to protect against SQL injection?', section: null },
  { q: 'debounce vs throttle difference', section: null },
  { q: 'node --max-old-space-size what value should I set', section: null },
  { q: 'k6 load test script for 1000 virtual users', section: null },
  {
    q: "For my class: how do I explain mocking in Jest to students who've never written a test?",
    section: null,
  },
  { q: 'is 80% code coverage a good target for our team?', section: null },
  { q: 'Copilot or Cursor, which one should our team pay for?', section: null },
  {
    q: 'how do I stop the assistant from inventing npm packages that do not exist?',
    section: null,
  },
  { q: 'kubernetes horizontal pod autoscaler cpu threshold', section: null },
  { q: 'Should we move from Postgres to MongoDB so our app is faster?', section: null },
  { q: 'what is retrieval augmented generation, in simple words', section: null },
  { q: 'difference between TCP and UDP for my networking exam', section: null },
  { q: 'pancake recipe without eggs', section: null },
  { q: 'How do you say "thank you" in Japanese?', section: null },
  { q: 'what year did the berlin wall fall', section: null },
];

/**
 * Blind question set Z for the "Performance Bugs in AI-Generated Code" lesson tutor.
 *
 * Written by: a helper agent (blind-question writer), 2026-11-27 14:14 UTC (`date -u`).
 * Written BLIND: the author never ran, read or saw the tutor, its code, its tests, its logs or any
 * earlier question set. No git, npm or test runs.
 *
 * Sources read (only these):
 *   - lessons/performance-bugs-in-ai-generated-code/lesson.ts (section ids/titles, key terms)
 *   - lessons/performance-bugs-in-ai-generated-code/sections/*.mdx (lesson text)
 *   - lessons/performance-bugs-in-ai-generated-code/labs/* /lab.ts (titles, summaries, hints, prose only)
 *   - lessons/performance-bugs-in-ai-generated-code/quiz.ts (topic/section ids only)
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section = null).
 * Emphasis: developers from other stacks (Java, Go, Python, Ruby, C#, PHP) in their own vocabulary,
 * questions about the labs, two-approach comparisons, and sceptics.
 */

const BLIND_Y: BlindQuestion[] = [
  // ---------------- works-on-my-machine (3) ----------------
  {
    q: 'all tests green, reviewer approved it in 5 min, then it crawled once it hit the real table. how does assistant code end up like that?',
    section: 'works-on-my-machine',
  },
  {
    q: "Teaching this next week. Is the Monday dashboard outage a real incident? And why did checkout start timing out when only the dashboard was slow — it's a different page?",
    section: 'works-on-my-machine',
  },
  {
    q: 'what is the "what happens at a million" question and how do i use it when reviewing a loop',
    section: 'works-on-my-machine',
  },

  // ---------------- six-patterns (11) ----------------
  {
    q: "C# dev here. In .NET I'd swap List<T>.Contains for a HashSet<T> when checking membership inside a loop. Is the JS Set thing the same trick, and what does it change in Big-O terms?",
    section: 'six-patterns',
  },
  {
    q: 'In Java we keep a regex as a static final Pattern so it compiles only once. Is that the same idea as not doing new RegExp inside the loop here?',
    section: 'six-patterns',
  },
  {
    q: 'go programmer: in go a blocking file read just parks the goroutine and the others keep going. why is readFileSync inside an async handler such a big deal in node then?',
    section: 'six-patterns',
  },
  {
    q: 'page 1 of our product list opens instantly but page 800 takes ages. same query, only the page number changes. why??',
    section: 'six-patterns',
  },
  {
    q: 'pagination lab hint says to ask the db for one extra row. what for?',
    section: 'six-patterns',
  },
  {
    q: 'lab 3 (blocking) - my serveAll already use Promise.all but "most reads in flight" counter stay 0. what i am missing?',
    section: 'six-patterns',
  },
  {
    q: 'refund queue lab: I put WHERE lower(status) = ? in the query and rows fetched dropped, but rows scanned is still the entire table. Why?',
    section: 'six-patterns',
  },
  {
    q: 'invoice lab — switched to toLocaleString so the formatters counter reads 0 now, but the speedup check still fails. how come?',
    section: 'six-patterns',
  },
  {
    q: 'Honestly, is SELECT * followed by a .filter() in JS that bad? Postgres is fast and the filter is one line. Feels like premature optimisation.',
    section: 'six-patterns',
  },
  {
    q: 'revising for the quiz: a nested loop takes 1 ms on 1k items. roughly how long on 100k?',
    section: 'six-patterns',
  },
  {
    q: '`const pending = invited.filter(e => !registered.includes(e))` from the invites lab. fine on 100 emails, why would this get slow?',
    section: 'six-patterns',
  },

  // ---------------- n-plus-one (6) ----------------
  {
    q: 'We use Hibernate/JPA with a lazy @ManyToOne customer on Order, and a loop touches order.getCustomer().getName(). Is this the N+1 from the lesson, and would a JOIN FETCH count as the fix?',
    section: 'n-plus-one',
  },
  {
    q: "laravel: Order::all() then $order->customer->name inside the blade foreach. is that the one query per row problem? would with('customer') fix it",
    section: 'n-plus-one',
  },
  {
    q: "Can't I just wrap the per-row customer lookups in Promise.all so they run in parallel? Seems way easier than rewriting the SQL.",
    section: 'n-plus-one',
  },
  {
    q: 'sqlalchemy joinedload vs selectinload?',
    section: 'n-plus-one',
  },
  {
    q: 'n+1 lab: switched to a join, query count is 1 now, but some users disappeared from the output and correctness check fails',
    section: 'n-plus-one',
  },
  {
    q: 'The table says a million orders takes about 17 minutes with the loop version. Was that actually measured or made up?',
    section: 'n-plus-one',
  },

  // ---------------- prompts (4) ----------------
  {
    q: 'what do I put in my prompt so copilot stops giving me the toy tutorial version of a function',
    section: 'prompts',
  },
  {
    q: "It's autocomplete with extra steps. Does writing '2 million rows' in the prompt really change the code it writes, or is that superstition?",
    section: 'prompts',
  },
  {
    q: 'why does the lesson want the model to put a time/memory complexity comment above the function? seems like noise',
    section: 'prompts',
  },
  {
    q: 'for the quiz — is "make it fast and efficient" a good line to add to a request or not?',
    section: 'prompts',
  },

  // ---------------- profile-then-fix (4) ----------------
  {
    q: 'Python backend (gunicorn + flask). Which profiler can I attach to a worker that is already running in prod, and what do I get out of it?',
    section: 'profile-then-fix',
  },
  {
    q: 'profiler numbers vs plain timing: which should decide if my change actually helped?',
    section: 'profile-then-fix',
  },
  {
    q: 'why bother profiling? i can paste the whole file into claude and say "optimise this", it is smart enough',
    section: 'profile-then-fix',
  },
  {
    q: 'p99 on our orders API jumped to 8s after yesterday’s merge. Step by step, what should I do before asking the assistant for a fix?',
    section: 'profile-then-fix',
  },

  // ---------------- memory (5) ----------------
  {
    q: 'ruby shop. our sidekiq worker RSS climbs for days until it gets killed. we memoize prices in a class-level hash keyed by product id. same problem as the cache thing here? what is the fix',
    section: 'memory',
  },
  {
    q: "In C# I'd never File.ReadAllText a 5 GB log. Node's readFile just blew up with ERR_FS_FILE_TOO_LARGE on ours — what's the right way in node?",
    section: 'memory',
  },
  {
    q: 'closures leaking memory sounds like an old IE myth to me. doesnt the garbage collector handle a setInterval callback?',
    section: 'memory',
  },
  {
    q: 'cache lab: when the map reaches 500 entries I call clear(). entries retained passes now but hit rate fails. why',
    section: 'memory',
  },
  {
    q: 'node service gets OOMKilled every ~3 days. how do i find out which objects are piling up?',
    section: 'memory',
  },

  // ---------------- benchmark-habit (3) ----------------
  {
    q: 'Is there a Python equivalent of the three-size benchmark? Which modules would I use for time and peak memory?',
    section: 'benchmark-habit',
  },
  {
    q: '"a minute spent benchmarking catches most perf bugs" — source? sounds like a made up stat',
    section: 'benchmark-habit',
  },
  {
    q: 'why 100 / 10k / 1M exactly, and why are the 100-item timings thrown away?',
    section: 'benchmark-habit',
  },

  // ---------------- perf-test-first (3) ----------------
  {
    q: 'Timing assertions in CI are always flaky in my experience. Why would I add one? Is counting things any better than measuring ms?',
    section: 'perf-test-first',
  },
  {
    q: 'django: how do i make a test fail when a view starts doing more than 2 queries?',
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab tells me my perfBudget is useless because the slow starter passes it too. what kind of budget should I declare',
    section: 'perf-test-first',
  },

  // ---------------- big-idea (1) ----------------
  {
    q: 'I manage six devs who all use AI assistants. Give me the short version: what do we need to hand the model so it stops shipping slow code?',
    section: 'big-idea',
  },

  // ---------------- out of scope (20) ----------------
  // near misses: performance / infrastructure
  { q: 'How do I cut cold-start time for Node.js functions on AWS Lambda?', section: null },
  {
    q: 'How many connections should the Postgres pool have when we run 4 app servers with 8 workers each?',
    section: null,
  },
  {
    q: 'should we put redis in front of postgres for the product catalog or just buy a bigger db box',
    section: null,
  },
  { q: 'k8s HPA: scale on CPU or on request latency?', section: null },
  // near misses: databases
  {
    q: 'How do I read EXPLAIN ANALYZE output in Postgres? What do the cost numbers on a Seq Scan node mean?',
    section: null,
  },
  {
    q: 'two transactions updating the same rows keep deadlocking in mysql. how do i fix that',
    section: null,
  },
  // near misses: JavaScript / frontend
  {
    q: 'Is WeakMap or WeakRef a good way to build a cache that the garbage collector can clean up by itself?',
    section: null,
  },
  { q: 'debounce a search input in vanilla js?', section: null },
  {
    q: 'does tree shaking actually shrink my bundle if I import one function from lodash?',
    section: null,
  },
  {
    q: 'React component re-renders on every keystroke. useMemo, useCallback or React.memo — which one?',
    section: null,
  },
  { q: 'how to improve LCP score in Lighthouse for a landing page with a big hero image', section: null },
  {
    q: 'Browser freezes when I render 50,000 rows in an HTML table on the client. Is virtual scrolling the answer, and how does it work?',
    section: null,
  },
  // near misses: testing
  {
    q: 'Our Playwright e2e tests time out randomly on GitHub Actions. How do I make them stable?',
    section: null,
  },
  { q: 'what is mutation testing and is Stryker worth it for a TS codebase?', section: null },
  // near misses: other stacks / AI tools
  { q: 'JVM: G1 or ZGC if we care about short GC pauses on a 32 GB heap?', section: null },
  { q: 'Cursor or Copilot, which is better for a big monorepo?', section: null },
  {
    q: 'how do I stop the coding assistant from pasting our API keys into the code it generates?',
    section: null,
  },
  // far off
  { q: 'best sourdough hydration for a beginner?', section: null },
  { q: 'can you write me a cover letter for a junior developer job', section: null },
  { q: 'Do freelancers in Germany have to charge VAT on invoices to clients abroad?', section: null },
];

export const BLIND_V_IN_SCOPE = inScope(BLIND_V);
export const BLIND_V_OUT_OF_SCOPE = outOfScope(BLIND_V);
export const BLIND_W_IN_SCOPE = inScope(BLIND_W);
export const BLIND_W_OUT_OF_SCOPE = outOfScope(BLIND_W);
export const BLIND_X_IN_SCOPE = inScope(BLIND_X);
export const BLIND_X_OUT_OF_SCOPE = outOfScope(BLIND_X);
export const BLIND_Y_IN_SCOPE = inScope(BLIND_Y);
export const BLIND_Y_OUT_OF_SCOPE = outOfScope(BLIND_Y);
