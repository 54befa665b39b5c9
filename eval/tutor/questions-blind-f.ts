/**
 * Independent blind sets F and G (40 in-scope + 20 out-of-scope each), written on 2026-11-27 (third
 * session) by two more helpers working apart, each reading only the lesson content (lesson.ts, the section
 * MDX, lab prose, quiz topics) — never the tutor's code, word lists, earlier question sets, BENCHMARKS.md
 * or git history — and never running the tutor. Each author's own header follows (they named their sets G
 * and H). They were written while the third session's second round of tutor changes was made without
 * sight of them, and added after it was committed; the first run is the blind figure in BENCHMARKS.md.
 * `section` null = the lesson does not cover it.
 */
import { inScope, outOfScope, type BlindQuestion } from './blind';

/**
 * BLIND_G: blind question set for the Hotpath lesson tutor
 * ("Performance Bugs in AI-Generated Code").
 *
 * Written by: a helper agent (blind-question writer, set G).
 * Written at: 2026-11-27T13:47:23Z (date -u: Fri Nov 27 13:47:23 UTC 2026).
 * Written blind: the writer never ran, read or saw the tutor, its code, its tests or its outputs.
 * Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts, sections/*.mdx,
 *   labs/<each>/lab.ts prose (titles, summaries, hints, prose), quiz.ts (topic/section ids only).
 * Voices emphasised: beginners without the jargon, very short questions (2-6 words),
 *   "is X bad?" about a code pattern, and curious "why" questions.
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section: null).
 */

const BLIND_F: BlindQuestion[] = [
  { q: 'all tests green but prod is crawling?? how', section: 'works-on-my-machine' },
  {
    q: 'revising for the quiz: in the Monday dashboard example, why did checkout start failing when only the dashboard was slow?',
    section: 'works-on-my-machine',
  },
  {
    q: 'Is there one simple question I can ask myself when reviewing any loop the AI wrote, to catch slow stuff early?',
    section: 'works-on-my-machine',
  },
  { q: 'is includes inside filter bad?', section: 'six-patterns' },
  { q: 'O(n²) explained like im 5 pls', section: 'six-patterns' },
  { q: 'is readFileSync in an async route handler bad', section: 'six-patterns' },
  { q: 'whats the event loop', section: 'six-patterns' },
  {
    q: "const rows = await db.query('SELECT * FROM orders'); return rows.filter(r => r.status === 'refund') -- anything wrong with this? works fine locally",
    section: 'six-patterns',
  },
  { q: 'why do later pages get slower and slower when paging with OFFSET?', section: 'six-patterns' },
  { q: 'new RegExp() inside a loop, bad?', section: 'six-patterns' },
  {
    q: 'quiz prep: my loop-in-a-loop needs 2ms for 1k items. how long would 100k take, roughly?',
    section: 'six-patterns',
  },
  {
    q: 'I moved the condition into SQL but rows scanned is still the whole table. my where clause is lower(status) = ?. what am i missing',
    section: 'six-patterns',
  },
  {
    q: 'our app shows products but the server sends ALL of them every time someone opens the page and its getting slower as the shop grows. what is the normal way to fix this',
    section: 'six-patterns',
  },
  {
    q: 'why do my requests still go one after another even tho I wrapped them in Promise.all? the handler reads a file synchronously inside',
    section: 'six-patterns',
  },
  { q: 'what does N+1 mean', section: 'n-plus-one' },
  {
    q: "for (const o of orders) { const c = await db.query('select * from customers where id = $1', [o.customer_id]) } is this bad?",
    section: 'n-plus-one',
  },
  {
    q: 'why doesnt Promise.all fix the query-per-row problem? i thought running them in parallel = faster',
    section: 'n-plus-one',
  },
  { q: 'django select_related vs prefetch_related whats the diff', section: 'n-plus-one' },
  { q: 'how can i find out if a page is doing an n+1 without reading all the code', section: 'n-plus-one' },
  {
    q: 'i collect ids and do one IN query but sometimes there is 80 thousand ids. it is ok or need something more?',
    section: 'n-plus-one',
  },
  { q: 'what do i tell chatgpt so it doesnt give me slow code', section: 'prompts' },
  { q: "is writing 'make it fast and efficient' in my prompt good enough?", section: 'prompts' },
  {
    q: 'why would I ask the model to put a complexity comment above the function? seems pointless',
    section: 'prompts',
  },
  {
    q: 'Teaching a workshop Thursday. Is there a ready-made block of text students can put at the top of their AI requests when data size matters?',
    section: 'prompts',
  },
  { q: 'how to read a flame graph', section: 'profile-then-fix' },
  { q: "why shouldn't I just tell the AI 'make this faster'?", section: 'profile-then-fix' },
  { q: 'self time vs total time?', section: 'profile-then-fix' },
  {
    q: 'prod python worker is pegged at 100% cpu right now. can i profile it without restarting?',
    section: 'profile-then-fix',
  },
  { q: 'is pushing every request into a global array for debugging bad?', section: 'memory' },
  {
    q: "just got paged: node service RSS climbs for days until it gets OOM-killed. how do i actually find what's leaking?",
    section: 'memory',
  },
  { q: 'LRU cache meaning?', section: 'memory' },
  {
    q: 'why would a setInterval callback keep a huge object alive when it only prints the id',
    section: 'memory',
  },
  { q: 'node crash reading 5gb log file', section: 'memory' },
  { q: 'why 100, 10k and 1M specifically?', section: 'benchmark-habit' },
  { q: 'median or mean for timings?', section: 'benchmark-habit' },
  { q: "what's a microbenchmark, in simple words", section: 'benchmark-habit' },
  {
    q: 'our speed test passes on my laptop and fails randomly on CI. how do people deal with that?',
    section: 'perf-test-first',
  },
  { q: 'can a unit test check speed?', section: 'perf-test-first' },
  {
    q: 'I manage a small team. How do we stop performance requirements from quietly breaking release after release?',
    section: 'perf-test-first',
  },
  { q: 'whats the single main takeaway of this whole lesson', section: 'big-idea' },
  { q: 'how do i read EXPLAIN ANALYZE output', section: null },
  { q: 'is useEffect with no dependency array bad?', section: null },
  { q: 'why is my webpack bundle 4MB', section: null },
  { q: 'redis or memcached?', section: null },
  { q: 'JavaScript heap out of memory: which node flag raises the limit?', section: null },
  { q: 'how many connections should our postgres pool have for 20 app servers', section: null },
  { q: 'what is DataLoader in graphql', section: null },
  { q: 'is python slow bc of the GIL?', section: null },
  { q: 'how to set up kubernetes horizontal pod autoscaling for a node api', section: null },
  { q: 'does AI-written code have more SQL injection holes? how do I check for that', section: null },
  { q: 'copilot or cursor, which is better?', section: null },
  { q: 'how do I improve LCP on my landing page', section: null },
  { q: 'quicksort vs mergesort', section: null },
  { q: 'whats the difference between callbacks and promises, im new to js', section: null },
  { q: 'when should we shard our database', section: null },
  { q: 'how do i load test an api with k6', section: null },
  { q: 'is using var instead of let bad?', section: null },
  { q: 'how do i center a div', section: null },
  { q: 'good laptop for learning to code?', section: null },
  { q: 'why is the sky blue', section: null },
];

/**
 * Blind question set BLIND_H for the "Performance Bugs in AI-Generated Code" lesson tutor.
 *
 * Written by: a helper agent (blind-set writer "h"), started Fri Nov 27 13:46:23 UTC 2026, finished Fri Nov 27 13:47:40 UTC 2026 (date -u).
 * Written blind: the author never ran, read or saw the tutor, its code, its outputs or any earlier
 * question set. Nothing under /work/main/lib, components, scripts or e2e was opened; no git, no npm.
 *
 * Sources read (only these):
 *   - lessons/performance-bugs-in-ai-generated-code/lesson.ts (section ids/titles, key terms)
 *   - lessons/performance-bugs-in-ai-generated-code/sections/*.mdx (lesson text)
 *   - lessons/performance-bugs-in-ai-generated-code/labs/0*\/lab.ts (prose only: titles, summaries,
 *     hints, why/see/fix/contract text)
 *   - lessons/performance-bugs-in-ai-generated-code/quiz.ts (sectionId lines only, to see topic spread)
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section = null).
 * Voice emphasis: experienced backend engineers, code reviewers quoting a line, data engineers,
 * and "X or Y?" comparisons, mixed with terse, rambling, non-native and everyday-word learners.
 */

const BLIND_G: BlindQuestion[] = [
  // ---------------------------------------------------------------- works-on-my-machine (3)
  {
    q: 'our staging db has maybe 300 rows and every check is green, prod has millions. why does assistant code sail through review and tests and then fall over once it meets the real tables?',
    section: 'works-on-my-machine',
  },
  {
    q: 'Post-incident question: a slow internal dashboard went live Friday, and Monday morning our checkout started timing out too. They share no code, only the database. How does one slow page drag down an unrelated one?',
    section: 'works-on-my-machine',
  },
  {
    q: 'is there like one question i can ask about every loop in a PR to catch most slow stuff before it merges?',
    section: 'works-on-my-machine',
  },

  // ---------------------------------------------------------------- six-patterns (10)
  {
    q: 'Reviewing a PR: `const overlap = signups.filter(e => optedOut.indexOf(e) !== -1);` with both arrays around 200k entries. Real problem or am I being pedantic?',
    section: 'six-patterns',
  },
  {
    q: 'Set.has or Array.includes?',
    section: 'six-patterns',
  },
  {
    q: 'if a nested loop takes 1ms for a thousand items, roughly how long for a hundred thousand?',
    section: 'six-patterns',
  },
  {
    q: 'Our Express route handler is declared async but calls fs.readFileSync on a ~300 MB export. While it runs, p99 on every other route spikes. Why would an async function stall requests it has nothing to do with, and what should replace the call?',
    section: 'six-patterns',
  },
  {
    q: 'i already wrap all handlers in Promise.all but they still finish strictly one after another, each one loads a profile with a sync read. why is nothing overlapping??',
    section: 'six-patterns',
  },
  {
    q: "Data eng here. Service does SELECT * on the orders table, pulls it into Node, then `.filter(o => o.status === 'refund_requested')` which keeps maybe 0.4% of rows. Apart from less network traffic, what does the database gain if the condition moves into the WHERE?",
    section: 'six-patterns',
  },
  {
    q: 'OFFSET/LIMIT or keyset pagination for a 40M-row events table? pages past 2000 are crawling',
    section: 'six-patterns',
  },
  {
    q: 'our product list api with page numbers sometimes returns the same item twice when new products get added between two requests from the client. what is going on and how to stop it',
    section: 'six-patterns',
  },
  {
    q: "Inside a .map over 100k invoice lines we call `new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' })` per line. Worth hoisting, or does V8 optimise that away anyway?",
    section: 'six-patterns',
  },
  {
    q: 'toLocaleString inside loop is same problem like creating new NumberFormat each time? or it is cheap one?',
    section: 'six-patterns',
  },

  // ---------------------------------------------------------------- n-plus-one (7)
  {
    q: "Flagging this in review: `for (const u of users) { const t = await db.get('SELECT name FROM teams WHERE id = ?', [u.team_id]); ... }`. What's the cleanest rewrite, and what happens to users whose team_id is NULL?",
    section: 'n-plus-one',
  },
  {
    q: 'promise.all around the per-row queries: does that actually fix an N+1 or just hide it',
    section: 'n-plus-one',
  },
  {
    q: 'Django: select_related or prefetch_related for a reverse FK / many-to-many?',
    section: 'n-plus-one',
  },
  {
    q: 'selectinload vs joinedload in sqlalchemy, what SQL does each one actually send?',
    section: 'n-plus-one',
  },
  {
    q: 'batching customer lookups into a single IN list but we have ~80k distinct ids per run. will the database choke on that many parameters? should I split it?',
    section: 'n-plus-one',
  },
  {
    q: 'How do I even find N+1s in a Prisma codebase? The code all looks perfectly normal.',
    section: 'n-plus-one',
  },
  {
    q: 'I got rid of the per-order query with one `= ANY($1)` fetch, then matched with `customers.find(c => c.id === o.customer_id)` inside `orders.map`. Reviewer still rejected it. Why?',
    section: 'n-plus-one',
  },

  // ---------------------------------------------------------------- prompts (3)
  {
    q: "I manage a team that leans heavily on AI assistants. What should people actually put in their prompts so the code doesn't only work on toy-sized data?",
    section: 'prompts',
  },
  {
    q: 'is asking the model to write a big-O comment above every function worth it, or just noise in the codebase',
    section: 'prompts',
  },
  {
    q: 'If I put all the row counts and a time budget in my prompt, can I trust the generated code to be fast enough?',
    section: 'prompts',
  },

  // ---------------------------------------------------------------- profile-then-fix (4)
  {
    q: 'flame graph: self time vs total time, which one do I rank by when looking for the hot spot?',
    section: 'profile-then-fix',
  },
  {
    q: "Our nightly Python ETL has slowed to a crawl and it's running right now. Anything I can attach to the live process to see where the time goes, without restarting it?",
    section: 'profile-then-fix',
  },
  {
    q: 'told claude "make this faster" and it rewrote some helper that barely runs at all. what should i be giving it instead?',
    section: 'profile-then-fix',
  },
  {
    q: 'After applying a fix, should I confirm the speed-up from the profiler numbers, or time it separately without the profiler?',
    section: 'profile-then-fix',
  },

  // ---------------------------------------------------------------- memory (5)
  {
    q: 'Node service: heapUsed climbs ~50 MB/hour, never comes back down, and the pod gets OOMKilled every two days. How do I pin down what is actually leaking?',
    section: 'memory',
  },
  {
    q: 'Code review: `const results = new Map(); async function search(term) { if (!results.has(term)) results.set(term, await runSearch(term)); return results.get(term); }` keyed by free-text search terms. Leak or fine?',
    section: 'memory',
  },
  {
    q: 'need to count ERROR lines in a 6 GB log file with node, readFile blows up with ERR_FS_FILE_TOO_LARGE. proper way?',
    section: 'memory',
  },
  {
    q: 'why would a setInterval callback keep a giant object alive when it only ever reads one field of it?',
    section: 'memory',
  },
  {
    q: 'Hand-rolled LRU on top of a Map, or just pull in the lru-cache package?',
    section: 'memory',
  },

  // ---------------------------------------------------------------- benchmark-habit (3)
  {
    q: 'benchmarked my function: going from 10k to 1M items the time went up about 9,000x. is that linear or quadratic?',
    section: 'benchmark-habit',
  },
  {
    q: 'In a Node microbenchmark, how do I record peak memory for each input size, and does it matter if all the sizes run in one process?',
    section: 'benchmark-habit',
  },
  {
    q: 'my benchmark reports 0.01 ms for a million items which is way too fast. could the engine be skipping the work because i never use the result?',
    section: 'benchmark-habit',
  },

  // ---------------------------------------------------------------- perf-test-first (4)
  {
    q: "Preparing a class for next week. How would I show students turning a requirement like 'process 10k records within 50 milliseconds' into a failing test before the assistant writes any code?",
    section: 'perf-test-first',
  },
  {
    q: 'Our timing assertions pass locally and fail at random on shared CI runners. Should we just delete them, or is there a saner way to keep a speed check?',
    section: 'perf-test-first',
  },
  {
    q: 'assert wall-clock time or count the DB queries in the test, which one is more robust?',
    section: 'perf-test-first',
  },
  {
    q: 'is there a django helper that fails a test when a view runs more queries than expected?',
    section: 'perf-test-first',
  },

  // ---------------------------------------------------------------- big-idea (1)
  {
    q: 'revising for the quiz - what are the signals the lesson says you have to hand the model, in short?',
    section: 'big-idea',
  },

  // ---------------------------------------------------------------- out of scope (20)
  {
    q: "How do I read EXPLAIN ANALYZE output in Postgres? What's the difference between the estimated cost and the actual time columns?",
    section: null,
  },
  {
    q: 'composite index: (tenant_id, created_at) or (created_at, tenant_id) for queries filtering by tenant and sorting by date?',
    section: null,
  },
  {
    q: 'useMemo or useCallback to stop my react list from re-rendering on every keystroke?',
    section: null,
  },
  {
    q: 'Does GraphQL DataLoader cache results per request or across the whole server process?',
    section: null,
  },
  {
    q: 'Spark join with massive skew on one customer key, a few tasks run for an hour while the rest finish in minutes. Salting or broadcast join?',
    section: null,
  },
  {
    q: 'parquet or csv for a 200 GB daily export that analysts query in athena?',
    section: null,
  },
  {
    q: 'kafka consumer lag keeps growing during peak hours. add partitions or add consumers first?',
    section: null,
  },
  {
    q: 'How many connections should I configure in the pg pool when running 4 Node instances against one Postgres with max_connections=100?',
    section: null,
  },
  {
    q: 'G1 or ZGC for a latency-sensitive Java service with a 16 GB heap?',
    section: null,
  },
  {
    q: 'goroutine leak detection',
    section: null,
  },
  {
    q: 'python threading or multiprocessing for CPU-bound image resizing? someone mentioned the GIL',
    section: null,
  },
  {
    q: 'how do I write a k6 script that ramps up to 1000 virtual users over five minutes?',
    section: null,
  },
  {
    q: 'We cache user profiles in Redis across six app servers. When a profile row changes in the DB, what is the right way to invalidate every copy?',
    section: null,
  },
  {
    q: 'cursor or copilot, which one is cheaper per seat for a team of ten?',
    section: null,
  },
  {
    q: 'my next.js bundle is 2mb of js, how do i split it up so the first page loads faster',
    section: null,
  },
  {
    q: 'Is HTTP/2 multiplexing actually faster than HTTP/1.1 keep-alive for lots of tiny API calls from the browser?',
    section: null,
  },
  {
    q: 'why is quicksort worst case n squared if its average is n log n?',
    section: null,
  },
  {
    q: 'what hydration should a beginner use for sourdough bread',
    section: null,
  },
  {
    q: 'Can you help me write a polite email asking my manager for a raise?',
    section: null,
  },
  {
    q: 'explain offside rule football pls',
    section: null,
  },
];

export const BLIND_F_IN_SCOPE = inScope(BLIND_F);
export const BLIND_F_OUT_OF_SCOPE = outOfScope(BLIND_F);
export const BLIND_G_IN_SCOPE = inScope(BLIND_G);
export const BLIND_G_OUT_OF_SCOPE = outOfScope(BLIND_G);
