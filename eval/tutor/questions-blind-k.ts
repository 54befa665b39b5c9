/**
 * Independent blind sets R, S, T and U (40 in-scope + 20 out-of-scope each), written on 2026-11-27 (third
 * session) by four more helpers working apart, each reading only the lesson content (lesson.ts, the
 * section MDX, lab prose, quiz topics) — never the tutor's code, word lists, earlier question sets,
 * BENCHMARKS.md or git history — and never running the tutor. Each author's own header follows (they named
 * their sets S, T, U and V). They were written while the scope model (seventh round) was made without
 * sight of them, and added after it was committed; the first run is the blind figure in BENCHMARKS.md.
 * `section` null = the lesson does not cover it.
 */
import { inScope, outOfScope, type BlindQuestion } from './blind';

/**
 * Blind question set BLIND_S for the lesson tutor of "Performance Bugs in AI-Generated Code".
 *
 * Written by: a helper agent (blind-set writer), Fri Nov 27 14:11:46 UTC 2026.
 * Written blind: the author never ran, read or saw the tutor, its code, its tests or any earlier question set.
 * Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts, sections/*.mdx,
 *   labs/*\/lab.ts (prose: titles, summaries, hints, why/see/fix/contract), labs/index.ts,
 *   and the quiz.ts question prompts (topics only).
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section = null).
 * Emphasis: many learner voices (terse, rambling, typos, non-native English, pasted code, teacher,
 * student revising, engineer after an incident, manager, data scientist, everyday words).
 */

const BLIND_R: BlindQuestion[] = [
  // ---- works-on-my-machine (3)
  {
    q: 'why do our unit tests w/ like 5 rows never catch the slow version of a function? they all pass green',
    section: 'works-on-my-machine',
  },
  {
    q: 'Engineer here, still shaky from this morning. Only the reporting dashboard was slow, but then checkout started timing out as well. How can one slow page take down a completely different feature?',
    section: 'works-on-my-machine',
  },
  {
    q: 'Is there one quick question I can ask myself in code review to spot these slow loops without running anything?',
    section: 'works-on-my-machine',
  },

  // ---- six-patterns (10, incl. its labs)
  { q: 'set.has vs array.includes — which one and why', section: 'six-patterns' },
  {
    q: "`const res = users.filter(u => banned.includes(u.id))` my lead says this is n squared?? it's a single line lol",
    section: 'six-patterns',
  },
  {
    q: 'revising for the quiz: if a quadratic thing takes 1ms at 1,000 items, what does it take at 100,000?',
    section: 'six-patterns',
  },
  {
    q: "Is readFileSync inside an async route handler actually a problem? The function is marked async so I assumed it doesn't block anything.",
    section: 'six-patterns',
  },
  {
    q: 'What is event loop and why one synchronous call make all other requests to wait? Sorry for my english',
    section: 'six-patterns',
  },
  {
    q: 'we pull the whole orders table with SELECT * and then .filter() in node to keep maybe 0.4% of it. works fine. should I even bother changing it?',
    section: 'six-patterns',
  },
  {
    q: 'page 1 of our admin list is instant, page 900 takes forever. its OFFSET 45000 LIMIT 50. why, and what do ppl use instead?',
    section: 'six-patterns',
  },
  {
    q: "formatting prices inside a map() with new Intl.NumberFormat('en-US', {...}) for every item, a colleague just wrote 'hoist it' on the PR. what does that mean and does it really save much",
    section: 'six-patterns',
  },
  {
    q: 'I teach an intro programming class. How could I explain to students who hate maths what O(n) versus O(n²) means in practice, with some concrete numbers?',
    section: 'six-patterns',
  },
  {
    q: 'in the pagination lab, with offset paging some products come back twice when new ones get added between requests. why does that happen?',
    section: 'six-patterns',
  },

  // ---- n-plus-one (6, incl. its lab)
  { q: 'promise.all around the per-row queries = fixed?', section: 'n-plus-one' },
  { q: 'django: select_related or prefetch_related, which one when?', section: 'n-plus-one' },
  {
    q: "We're on Prisma. How can I tell if a page is firing an N+1 without reading through all the code?",
    section: 'n-plus-one',
  },
  {
    q: 'Post-incident: the orders page fired 10,001 DB calls for 10k orders. I want it fixed today. JOIN or one IN query? Any gotchas when the list of ids is huge?',
    section: 'n-plus-one',
  },
  {
    q: 'If each query costs roughly a millisecond, how long would the one-query-per-row version spend just on round trips with a million orders?',
    section: 'n-plus-one',
  },
  {
    q: 'n+1 lab: switched to a JOIN and now the users with no team just vanished from the results?? what did i do wrong',
    section: 'n-plus-one',
  },

  // ---- prompts (3)
  {
    q: 'what should I actually write in my prompt so Copilot stops handing me the toy tutorial version of a function?',
    section: 'prompts',
  },
  {
    q: "Is 'make it efficient' good enough in a prompt? I also saw advice to have the model write the Big-O as a comment above the function, what's the point of that?",
    section: 'prompts',
  },
  {
    q: 'I manage a team of six who basically live in Cursor. Is there a standard blurb they could paste at the top of requests that touch big tables, and if they use it can I count on the code being fast?',
    section: 'prompts',
  },

  // ---- profile-then-fix (4)
  { q: 'how do you read a flame graph', section: 'profile-then-fix' },
  {
    q: "self time vs total time - what's the diff and which one should i be sorting by",
    section: 'profile-then-fix',
  },
  {
    q: "I asked Claude to 'make this faster' and it rewrote half the file, and nothing got quicker. What's a better way to go about it?",
    section: 'profile-then-fix',
  },
  {
    q: 'data scientist, mostly Python. my pipeline is already running on a server and crawling. can I get a profile of it without restarting it?',
    section: 'profile-then-fix',
  },

  // ---- memory (6, incl. its lab)
  {
    q: "someone added `seenRequests.push(req)` to our server 'for debugging' months ago. harmless, right?",
    section: 'memory',
  },
  {
    q: 'Node dies with ERR_FS_FILE_TOO_LARGE when I try to read a 5 GB log to count the errors. How am I supposed to process a file that big?',
    section: 'memory',
  },
  { q: 'how to stop a Map cache growing forever', section: 'memory' },
  {
    q: 'Can a setInterval callback keep a massive object alive even though it only logs its id? Closures confuse me.',
    section: 'memory',
  },
  {
    q: 'memory creeps up slowly over a few days in our node service, tests never show it. how do I figure out WHICH objects are leaking?',
    section: 'memory',
  },
  {
    q: 'price cache lab: added eviction but now my hit rate is way under 60%, what is it expecting me to do?',
    section: 'memory',
  },

  // ---- benchmark-habit (4)
  { q: 'what input sizes should a quick benchmark use?', section: 'benchmark-habit' },
  {
    q: 'Benchmark timings: should I report the average or the median? Mine have random spikes.',
    section: 'benchmark-habit',
  },
  { q: 'how do i get the peak memory usage in a node benchmark', section: 'benchmark-habit' },
  {
    q: 'my function: 0.4 ms at 10k items, 3,900 ms at 1M. is that bad or just what you expect for a bigger input?',
    section: 'benchmark-habit',
  },

  // ---- perf-test-first (3, incl. its lab)
  {
    q: 'our timing test in CI fails randomly, like 1 run in 5. tempted to just delete it. any better options?',
    section: 'perf-test-first',
  },
  {
    q: 'how can I write a test that breaks the build if somebody brings an N+1 back later?',
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab: my perfBudget passes both the starter and my fixed code, and the checklist still complains. why is that wrong?',
    section: 'perf-test-first',
  },

  // ---- big-idea (1)
  { q: 'tl;dr of the whole lesson in one line pls', section: 'big-idea' },

  // ---- out of scope: near misses (16)
  {
    q: "how do i read EXPLAIN ANALYZE output in postgres, what's the difference between actual time and cost",
    section: null,
  },
  {
    q: 'pgbouncer: transaction mode or session mode for a node app that uses prepared statements?',
    section: null,
  },
  {
    q: 'Our Postgres table is 40 GB on disk but only has about 2 GB of live rows. Is autovacuum broken?',
    section: null,
  },
  { q: 'Lighthouse says my LCP is 4.8s on mobile. Where do I start?', section: null },
  {
    q: 'React form re-renders on every keystroke — useMemo, useCallback or React.memo, which one helps?',
    section: null,
  },
  {
    q: 'For a canvas animation is requestAnimationFrame better than setInterval(16)?',
    section: null,
  },
  { q: 'why 0.1 + 0.2 !== 0.3 in javascript', section: null },
  {
    q: 'Should I store per-DOM-node metadata in a WeakMap instead of a Map? When is a WeakMap the right pick?',
    section: null,
  },
  {
    q: 'How does V8 decide when to promote objects from the young generation to old space?',
    section: null,
  },
  { q: 'k8s HPA: scale on CPU or memory for a Node API? pods keep flapping', section: null },
  {
    q: 'what does stale-while-revalidate do in a Cache-Control header and should our CDN use it',
    section: null,
  },
  { q: 'how to mock fetch in vitest', section: null },
  {
    q: 'Is mutation testing (Stryker and friends) worth the CI minutes for a mid-size TypeScript codebase?',
    section: null,
  },
  {
    q: 'k6 or JMeter for load testing a REST API with ~2k requests per second?',
    section: null,
  },
  {
    q: 'Quick one for budgeting: what does Cursor Business cost per seat compared with GitHub Copilot Business?',
    section: null,
  },
  {
    q: 'how do I set up an MCP server so Claude Code can query our staging database',
    section: null,
  },

  // ---- out of scope: far off (4)
  {
    q: "my sourdough starter isn't bubbling, kitchen is about 17°C, what should i do",
    section: null,
  },
  { q: 'How do I ask for a raise without sounding greedy?', section: null },
  { q: 'who won the 2018 world cup', section: null },
  {
    q: "Can you translate 'the meeting has moved to Thursday' into German?",
    section: null,
  },
];

/**
 * Blind question set BLIND_T for the lesson tutor ("Performance Bugs in AI-Generated Code").
 * Written by a helper agent on Fri Nov 27 14:12:01 UTC 2026.
 * Written BLIND: the author never saw, ran or read the tutor, its code, its tests or earlier question sets.
 * Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts, sections/*.mdx,
 * labs/<lab>/lab.ts (prose: titles, summaries, hints, why/see/fix/contract), quiz.ts (topics only).
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section: null).
 */

const BLIND_S: BlindQuestion[] = [
  {
    q: 'I manage the platform team. Staging is seeded with ~200 fake customers and every check goes green; prod has about 4M and the same endpoint crawls. Why do small test datasets hide this so reliably?',
    section: 'works-on-my-machine',
  },
  {
    q: 'Teaching a code review session for bootcamp students next week. Is there one simple question they can ask of every loop to catch most of these slow-code issues?',
    section: 'works-on-my-machine',
  },
  {
    q: 'why does chatgpt default to the naive version of stuff? is it becuase what it learned from (SO answers, docs examples) all use toy sized inputs',
    section: 'works-on-my-machine',
  },
  {
    q: 'const missing = invited.filter(e => !registered.includes(e)); // both arrays ~150k emails. this takes forever in our nightly cron, why and whats the fix',
    section: 'six-patterns',
  },
  {
    q: 'if a nested-loop thing takes 1ms for 1000 items, roughly how long at 100,000? trying to get the quadratic math straight for the quiz',
    section: 'six-patterns',
  },
  { q: 'why is Set.has fast but Array.includes slow? isnt it the same check', section: 'six-patterns' },
  {
    q: "Express handler is marked async but inside it calls fs.readFileSync on a 300MB json file. Under load every other route hangs too. I thought async meant it doesn't block??",
    section: 'six-patterns',
  },
  {
    q: 'blocking lab: i wrapped everything in Promise.all and a burst still costs ~1ms per request. why is there no overlap at all',
    section: 'six-patterns',
  },
  {
    q: "Sequelize + MySQL, orders table ~2M rows. Copilot wrote `Order.findAll()` and then `.filter(o => o.status === 'refund_requested')` in JS. Is this actually bad, and what should it be instead?",
    section: 'six-patterns',
  },
  {
    q: 'our infinite scroll uses LIMIT 50 OFFSET n. around page 800 it gets really slow, and users sometimes see the same product twice. whats the better approach',
    section: 'six-patterns',
  },
  {
    q: 'revising for the quiz - what are the six slow patterns again, one line each?',
    section: 'six-patterns',
  },
  {
    q: 'I not understand the cost column in the patterns table. What means O(n·m) → O(n + m)?',
    section: 'six-patterns',
  },
  {
    q: "invoice export: `prices.map(c => new Intl.NumberFormat('en-US', {style:'currency', currency:'EUR'}).format(c/100))`, about 200k lines, slow. Would switching to toLocaleString help?",
    section: 'six-patterns',
  },
  {
    q: "Stack: Next.js + Prisma + Postgres on RDS. The orders page does `prisma.order.findMany()` and then, for each order, `await prisma.customer.findUnique(...)`. ~3k orders, page takes 6 s. What's the Prisma way to get it all in one go?",
    section: 'n-plus-one',
  },
  {
    q: 'TA here, students keep mixing up select_related and prefetch_related in Django. when do you reach for which one?',
    section: 'n-plus-one',
  },
  {
    q: "```for (const u of users) { u.team = (await db.get('SELECT name FROM teams WHERE id = ?', [u.team_id]))?.name }``` cursor suggested wrapping these in Promise.all to speed it up. good idea?",
    section: 'n-plus-one',
  },
  {
    q: "sqlalchemy: selectinload vs joinedload for a many-to-one relationship, what's the difference in the SQL they actually send?",
    section: 'n-plus-one',
  },
  {
    q: 'I batched the customer lookups into one WHERE id IN (...) but with 80k ids the database complains about too many parameters. how do people handle that?',
    section: 'n-plus-one',
  },
  { q: 'detect n+1 queries?', section: 'n-plus-one' },
  {
    q: "When I ask Copilot Chat for an 'efficient' function to find duplicate users it still gives me nested loops. What should I actually put in the request instead?",
    section: 'prompts',
  },
  {
    q: 'Is there a standard preamble I can paste at the top of my Cursor / Claude prompts so it stops writing code that only works for tiny data?',
    section: 'prompts',
  },
  {
    q: 'why does the lesson want the model to write a complexity comment above the function? seems like clutter to me',
    section: 'prompts',
  },
  {
    q: "Our report generator (Node 18, ~90k rows) takes 12 s and the budget is 1 s. I ran node --cpu-prof and got a .cpuprofile file. How do I open it, and what exactly should I paste to Claude so it doesn't just rewrite random parts?",
    section: 'profile-then-fix',
  },
  {
    q: 'flame graph question: do i look for the tallest stacks or the widest bars?',
    section: 'profile-then-fix',
  },
  {
    q: 'python service is already running in prod and slow right now - can I profile it without restarting it?',
    section: 'profile-then-fix',
  },
  {
    q: 'I measured my fix with the profiler still attached and the numbers jump around a lot. Is that a valid way to decide whether the change helped?',
    section: 'profile-then-fix',
  },
  {
    q: "Node 20 / Express on k8s with a 512Mi limit. RSS climbs roughly 40MB an hour, the pod gets OOMKilled overnight, zero errors in the logs. How do I actually find what's leaking?",
    section: 'memory',
  },
  {
    q: 'readFile on a 5GB log file -> ERR_FS_FILE_TOO_LARGE. how do i count the lines containing ERROR without loading the whole thing',
    section: 'memory',
  },
  {
    q: 'need a tiny LRU cache but no npm packages are allowed in this repo. can I build one on a plain Map?',
    section: 'memory',
  },
  {
    q: 'function watch(report) { return setInterval(() => log(report.id), 60000) } -- heap snapshot shows huge report objects hanging around. why? it only uses the id',
    section: 'memory',
  },
  {
    q: "copilot added `const allReqs = []; app.use((req, res, next) => { allReqs.push(req); next() })` 'for debugging'. harmless to leave it in?",
    section: 'memory',
  },
  {
    q: 'What input sizes should my benchmark use, and why does everyone say to ignore the numbers from the first size?',
    section: 'benchmark-habit',
  },
  {
    q: 'benchmark results: 10k items 4 ms, 1M items 36 seconds. is that linear or something worse',
    section: 'benchmark-habit',
  },
  {
    q: 'how do I get the peak memory of a node benchmark run, not just heapUsed at the end?',
    section: 'benchmark-habit',
  },
  {
    q: 'my microbenchmark says my sort takes 0.001 ms on a million items, which is obviously wrong. I also build the array inside the timed loop. what am I doing wrong?',
    section: 'benchmark-habit',
  },
  {
    q: "We added a Vitest test with `expect(ms).toBeLessThan(50)` and it fails randomly on GitHub Actions, maybe 1 run in 5. The team wants to delete it. How do we keep a speed check that isn't flaky?",
    section: 'perf-test-first',
  },
  {
    q: 'using jest and a hand-rolled db wrapper. can I write a test that fails if a function sends more than 2 queries?',
    section: 'perf-test-first',
  },
  {
    q: "my tech lead keeps saying 'put a perf budget on it'. what does that mean concretely, in testing terms?",
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab: should perfBudget be maxClass or size + maxMs? mine passes the starter code, which seems wrong',
    section: 'perf-test-first',
  },
  {
    q: "I'm closing a two-hour class on AI coding assistants with this material. What's the single core takeaway, and which signals does it boil down to, in a slide's worth of words?",
    section: 'big-idea',
  },
  {
    q: "How do I read EXPLAIN ANALYZE output in Postgres - what's the difference between the cost numbers and actual time?",
    section: null,
  },
  {
    q: 'composite index on (tenant_id, created_at) vs (created_at, tenant_id): does the column order matter if I filter by tenant and sort by date?',
    section: null,
  },
  {
    q: 'We bulk-load about 5M rows into Postgres every night. COPY vs multi-row INSERT, which is faster and why?',
    section: null,
  },
  {
    q: 'React dashboard (react-query + recharts) re-renders every chart whenever one filter changes. Should I wrap things in useMemo / React.memo, and how do I see which component is re-rendering?',
    section: null,
  },
  {
    q: 'rendering a table with 20k rows in the browser freezes the tab. how do windowing libraries like react-window work?',
    section: null,
  },
  {
    q: 'Lighthouse says LCP is 4.8s on mobile, mostly from the hero image. what do i fix first',
    section: null,
  },
  {
    q: 'should we turn on gzip or brotli for our big JSON API responses, and at what compression level?',
    section: null,
  },
  {
    q: 'Using k6 to load test our checkout API. How many virtual users and what ramp-up should I use to simulate Black Friday traffic?',
    section: null,
  },
  { q: 'how do i mock fetch in vitest so my unit tests dont hit the real api', section: null },
  { q: 'can vitest fail the build when code coverage drops under 80%?', section: null },
  {
    q: 'We run 6 app instances, each with its own in-process cache. When a price changes in the DB, how do we invalidate all of them - Redis pub/sub?',
    section: null,
  },
  {
    q: 'Node app in a Docker container with a 1GB memory limit: what should I set --max-old-space-size to?',
    section: null,
  },
  {
    q: 'Is there a way to make Claude Code run my unit tests automatically every time it edits a file?',
    section: null,
  },
  { q: 'Cursor or Copilot, which one is better value for a 5-person team?', section: null },
  { q: 'does github copilot train on the code in our private repos? legal is asking', section: null },
  {
    q: 'In Python, will threads speed up my CPU-heavy image processing, or does the GIL stop that?',
    section: null,
  },
  {
    q: 'WeakMap vs Map for caching data per DOM node: when exactly does a WeakMap entry get garbage collected?',
    section: null,
  },
  { q: 'whats a good feeding schedule for a sourdough starter', section: null },
  { q: 'How many days of paid holiday are standard in Germany?', section: null },
  { q: 'best stretches for lower back pain from sitting all day?', section: null },
];

/**
 * Blind question set BLIND_U for the lesson tutor of "Performance Bugs in AI-Generated Code".
 *
 * Written by: a helper agent (started by a project session), 2026-11-27 14:10 UTC (`date -u`).
 * Written blind: the author never ran, read or saw the tutor, its code, its tests, benchmarks or earlier
 * question sets. Labels (`section`) are the author's own judgement.
 *
 * Sources read (only these):
 *   - lessons/performance-bugs-in-ai-generated-code/lesson.ts (section ids/titles, key terms)
 *   - lessons/performance-bugs-in-ai-generated-code/sections/*.mdx (lesson text)
 *   - lessons/performance-bugs-in-ai-generated-code/labs/* /lab.ts (titles, summaries, hints, prose only)
 *   - lessons/performance-bugs-in-ai-generated-code/quiz.ts (skimmed for topics only)
 *
 * 60 questions: 40 in scope (section id from lesson.ts sections[]), 20 out of scope (section: null).
 * Voices emphasised: students revising for the quiz, beginners in everyday words, non-native English
 * speakers, lowercase typists with typos.
 */

const BLIND_T: BlindQuestion[] = [
  // ---------- works-on-my-machine (3) ----------
  {
    q: 'all my tests are green but they only use like 5 rows. can that still hide a slow function? green is green no?',
    section: 'works-on-my-machine',
  },
  {
    q: 'In the Monday story the dashboard was the slow one, so why checkout also stop working?',
    section: 'works-on-my-machine',
  },
  {
    q: "revising for quiz: what's the question you're supposed to ask yourself about every loop?",
    section: 'works-on-my-machine',
  },

  // ---------- six-patterns (10, incl. lab topics) ----------
  { q: 'o(n) vs o(n²) explain like im 5', section: 'six-patterns' },
  {
    q: 'quiz prep - if the quadratic loop is 1 ms for 1000 items, how long for 100,000? i keep getting it wrong',
    section: 'six-patterns',
  },
  {
    q: '`const bad = users.filter(u => bannedIds.includes(u.id))` with about 50k users and 50k banned ids. is this the slow thing?',
    section: 'six-patterns',
  },
  { q: 'why is a Set quicker than an array for checking if something is in it', section: 'six-patterns' },
  {
    q: 'my route handler is an async function but inside i call fs.readFileSync for a big json. its async so its fine right?',
    section: 'six-patterns',
  },
  { q: 'what is the event loop?? everyone says it, i dont get it', section: 'six-patterns' },
  {
    q: "Is it really that bad to grab the whole table with SELECT * and filter it in JavaScript afterwards? It's easier to read.",
    section: 'six-patterns',
  },
  {
    q: 'page 1 of our list is fast but page 900 takes forever (we use offset). why, and how do ppl fix this',
    section: 'six-patterns',
  },
  {
    q: 'We build new Intl.NumberFormat for every price inside the map(). My colleague say move it out. Why it matters so much?',
    section: 'six-patterns',
  },
  {
    q: 'refund lab: the hint says use status = ? and not lower(status) = ?. why does lowercasing break it',
    section: 'six-patterns',
  },

  // ---------- n-plus-one (6, incl. lab topics) ----------
  { q: 'n+1 query meaning?', section: 'n-plus-one' },
  {
    q:
      'senior flagged this in review as n+1:\n' +
      "for (const o of orders) { const [c] = await db.query('select name from customers where id = $1', [o.customer_id]) }\n" +
      'how am i supposed to rewrite it',
    section: 'n-plus-one',
  },
  {
    q: "can't i just put all those per-row queries in Promise.all so they run in parallel? problem solved?",
    section: 'n-plus-one',
  },
  { q: 'django select_related or prefetch_related, which one do i use when', section: 'n-plus-one' },
  { q: 'How can I see if my app has the N+1 problem? We use Prisma.', section: 'n-plus-one' },
  {
    q: 'if i batch with IN and there are like 40 thousand ids, is that ok or will the db complain',
    section: 'n-plus-one',
  },

  // ---------- prompts (4) ----------
  {
    q: 'what do i put in my prompt so the ai doesnt hand me the slow tutorial version',
    section: 'prompts',
  },
  { q: "is writing 'make it efficient and fast' in the prompt good enough?", section: 'prompts' },
  {
    q: 'I teach a bootcamp class tomorrow. Why does the lesson want the model to write a complexity comment on top of each function? What are students supposed to do with it?',
    section: 'prompts',
  },
  {
    q: 'if my prompt has all the numbers (rows, ms, big o), can i just trust the code it gives back?',
    section: 'prompts',
  },

  // ---------- profile-then-fix (4) ----------
  { q: 'how to read flame graph. what means the wide bars', section: 'profile-then-fix' },
  {
    q: "I told the assistant 'make this faster' and it rewrote a bunch of stuff that wasnt even slow. what should i do instead",
    section: 'profile-then-fix',
  },
  { q: 'self time vs total time?? whats the diffrence', section: 'profile-then-fix' },
  {
    q: 'need to profile a python service thats already running in prod, without restarting it. what tool',
    section: 'profile-then-fix',
  },

  // ---------- memory (5, incl. lab topics) ----------
  {
    q: "our node service's memory climbs slowly for days then it gets killed. tests never show it. how do i find what's leaking?",
    section: 'memory',
  },
  { q: 'why does readFile fail on my 5gb log file? what should i do instead', section: 'memory' },
  {
    q: "price cache lab: why evict the least recently used one, why not just clear the whole cache when it's full?",
    section: 'memory',
  },
  {
    q: 'how can a setInterval keep a huge object in memory when the callback only uses its id',
    section: 'memory',
  },
  {
    q: "someone pushed every incoming req into a global array 'for debugging'. is this a problem? what's a safer way to keep the recent ones",
    section: 'memory',
  },

  // ---------- benchmark-habit (3) ----------
  {
    q: 'why does the benchmark use 100, 10k and 1m items? and why throw away the 100 one',
    section: 'benchmark-habit',
  },
  { q: 'how to measure peak memory of my function in a node benchmark', section: 'benchmark-habit' },
  {
    q: "my bench: 10k items = 3 ms, 1M items = around 30 seconds. so that's quadratic or linear?",
    section: 'benchmark-habit',
  },

  // ---------- perf-test-first (4, incl. lab topics) ----------
  {
    q: "how can i turn 'must handle 10k items under 50ms' into an actual test",
    section: 'perf-test-first',
  },
  {
    q: 'timing tests keep failing randomly on CI even tho nothing changed. what do i do',
    section: 'perf-test-first',
  },
  {
    q: 'Is there a way to test for performance without measuring time at all? Timings are too flaky for our team.',
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab — should my perfBudget be maxClass or size+maxMs? which one is better',
    section: 'perf-test-first',
  },

  // ---------- big-idea (1) ----------
  {
    q: "My manager wants one sentence: what's the main lesson here about AI and slow code?",
    section: 'big-idea',
  },

  // ---------- out of scope (20) ----------
  // near misses: frontend / JS
  {
    q: 'how do i make my webpack bundle smaller, the first page load is like 4mb of js',
    section: null,
  },
  { q: 'whats the difference between debounce and throttle for a search box', section: null },
  {
    q: 'react list with 5k rows is laggy when i scroll, should i use virtualization?',
    section: null,
  },
  { q: 'what are core web vitals and how is LCP measured', section: null },
  // near misses: databases
  {
    q: 'how do i read EXPLAIN ANALYZE output in postgres? seq scan vs index scan',
    section: null,
  },
  {
    q: 'How many connections my pg pool should have for a server with 4 CPU? There is a formula?',
    section: null,
  },
  { q: 'how to prevent sql injection in node', section: null },
  // near misses: infrastructure
  {
    q: 'redis or memcached for sharing one cache between 3 node servers?',
    section: null,
  },
  {
    q: 'set up horizontal autoscaling on kubernetes based on cpu usage',
    section: null,
  },
  {
    q: 'what cache-control max-age should i use for static assets behind a cdn',
    section: null,
  },
  // near misses: testing
  {
    q: 'k6 or jmeter for load testing an api with 1000 users at the same time?',
    section: null,
  },
  { q: 'how to mock a module in vitest', section: null },
  // near misses: runtime internals
  {
    q: 'how does the v8 garbage collector actually work, young generation vs old generation?',
    section: null,
  },
  // near misses: AI tools
  { q: 'is cursor better than copilot for a big typescript repo?', section: null },
  {
    q: 'how do I stop the AI assistant from inventing npm packages that dont exist',
    section: null,
  },
  { q: 'what does the temperature setting do in an llm api', section: null },
  // far off
  { q: 'best way to learn touch typing fast?', section: null },
  { q: 'can you give me a sourdough starter recipe', section: null },
  { q: 'explain the offside rule in football please', section: null },
  { q: 'how do i write a cover letter for a junior dev job', section: null },
];

// Blind question set BLIND_V for the Hotpath lesson tutor
// ("Performance Bugs in AI-Generated Code").
// Written by a helper agent on 2026-11-27 14:12 UTC, BLIND: the author never ran, read or saw the tutor,
// its code, its outputs or any earlier question sets.
// Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts, sections/*.mdx,
// labs/*/lab.ts (titles, summaries, hints, prose only; code.ts not read), quiz.ts (topics only).
// 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section: null).
// Voices stressed: engineers from Java/Go/Python/Ruby/C#, reviewers quoting a line, SREs after an
// incident, people comparing two approaches.

const BLIND_U: BlindQuestion[] = [
  {
    q: 'Our AI-written feature got two approvals and every CI check was green, then it fell over on Monday with real traffic. Honest question from a non-engineer: how does that even happen?',
    section: 'works-on-my-machine',
  },
  {
    q: 'Is the assistant defaulting to naive algorithms because most of what it was trained on is toy-sized examples? In Java-land our seniors would never ship a nested list lookup like this.',
    section: 'works-on-my-machine',
  },
  {
    q: 'postmortem q: a reporting page nobody touched all weekend got hammered at 9am monday and somehow checkout started timing out too. they share one postgres. is that the connection pool thing?',
    section: 'works-on-my-machine',
  },
  {
    q: "python person here. in python i'd convert the list to a set before doing `x in big_list` inside a loop. does JS Array.includes have the same linear scan problem, and whats the equivalent?",
    section: 'six-patterns',
  },
  {
    q: 'Reviewing a PR: `const hits = emails.filter(e => banned.indexOf(e) !== -1)`. banned is around 40k entries, emails maybe 100k. Block it or just leave a nit?',
    section: 'six-patterns',
  },
  {
    q: "Prepping a class for juniors. I want a concrete numbers example of why a loop inside a loop gets so bad when the data grows 10x. What's the arithmetic I should show them?",
    section: 'six-patterns',
  },
  {
    q: 'Go dev learning Node. In Go each request is its own goroutine, so a slow file read only hurts that one request. Why does a single readFileSync in an express handler make every other user wait?',
    section: 'six-patterns',
  },
  {
    q: 'In C# the classic sin is blocking on .Result inside async code. is calling fs.readFileSync inside an async function the node version of that? what should i call instead',
    section: 'six-patterns',
  },
  {
    q: 'my handler does ~400ms of pure CPU crunching (hashing), no IO at all. making it async/await changed nothing. where is this work supposed to go?',
    section: 'six-patterns',
  },
  {
    q: "Rails habit: `Order.where(status: 'refund')`, never `Order.all.select { ... }`. The assistant gave me `SELECT * FROM orders` followed by `.filter()` in TypeScript. Same anti-pattern? What am I actually paying for?",
    section: 'six-patterns',
  },
  {
    q: 'after an incident: admin product list uses LIMIT 50 OFFSET x. page 1 instant, page 900 takes ~4s, and ppl report seeing the same product on two pages. what is going on',
    section: 'six-patterns',
  },
  {
    q: 'offset pagination vs keyset/cursor pagination: is there ever a good reason to keep offset?',
    section: 'six-patterns',
  },
  {
    q: "code review, ok or flag?\n`return cents.map(c => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(c / 100))`",
    section: 'six-patterns',
  },
  {
    q: "if i swap the formatter for (c/100).toLocaleString('en-US', {...}) inside the map, is that the fix or does it hide the same cost",
    section: 'six-patterns',
  },
  {
    q: 'We know this one from Hibernate: a lazy @ManyToOne touched in a loop, fixed with JOIN FETCH. Without any ORM, just a node postgres driver, what do the fixed versions look like?',
    section: 'n-plus-one',
  },
  {
    q: "django: select_related or prefetch_related for an order's line items (reverse FK)?",
    section: 'n-plus-one',
  },
  {
    q: "```\nfor (const post of posts) {\n  const [author] = await db.query('SELECT name FROM users WHERE id = $1', [post.author_id]);\n  post.authorName = author.name;\n}\n```\nauthor of the PR says each query is 0.3 ms so who cares. are they right?",
    section: 'n-plus-one',
  },
  {
    q: 'why not just fire all the per-order customer lookups with Promise.all instead of rewriting it as a join? running them in parallel should be fast enough no?',
    section: 'n-plus-one',
  },
  {
    q: 'switched my users/teams loop to an inner join and now the users without a team just disappear from the output??',
    section: 'n-plus-one',
  },
  {
    q: 'In Rails I lean on the bullet gem to catch N+1s. With Prisma or Django, how do I spot them without a special tool?',
    section: 'n-plus-one',
  },
  {
    q: "is writing 'make it fast and efficient' in the prompt enough or do i need to say something more specific",
    section: 'prompts',
  },
  {
    q: 'Why would I ask the model to put a complexity comment above each function? It could just write O(n) and be wrong.',
    section: 'prompts',
  },
  {
    q: 'I put in the prompt the number of rows and the time limit, now the code from AI look efficient. So I can merge it without to check?',
    section: 'prompts',
  },
  {
    q: "py-spy or cProfile for a gunicorn worker that's already running hot in prod? can't restart it",
    section: 'profile-then-fix',
  },
  { q: 'self vs total time??', section: 'profile-then-fix' },
  {
    q: "After last week's incident someone told Claude to 'optimize the export job' and it rewrote the CSV formatting, which turned out to be ~1% of the runtime. How should we hand this to the assistant next time?",
    section: 'profile-then-fix',
  },
  {
    q: 'when I run my fix under the profiler the numbers jump around a lot. is the profiler the right thing to judge whether the change actually helped?',
    section: 'profile-then-fix',
  },
  {
    q: "In the JVM world I'd grab two heap dumps and diff them in Eclipse MAT. What's the Node workflow for pinning down which objects are leaking?",
    section: 'memory',
  },
  {
    q: 'pod gets OOMKilled roughly every 3 days, RSS climbs in a straight line. grep found `const cache = new Map()` at module scope keyed by request URL, never cleared. likely culprit? fix?',
    section: 'memory',
  },
  { q: 'ERR_FS_FILE_TOO_LARGE node log?', section: 'memory' },
  {
    q: 'how can a setInterval keep a giant object alive when the callback only logs one field (report.id) of it',
    section: 'memory',
  },
  {
    q: "In Go I'd build an LRU out of container/list plus a map. How do you get least-recently-used eviction in plain JS with only a Map, no library?",
    section: 'memory',
  },
  {
    q: 'which input sizes should my benchmark run, and why throw away the numbers from the smallest one?',
    section: 'benchmark-habit',
  },
  {
    q: 'Used to BenchmarkDotNet doing warmup and all that for me. If I hand-roll a timing script in Node, what mistakes make the numbers lie?',
    section: 'benchmark-habit',
  },
  { q: 'my func: 2ms at 10k items, ~19 s at 1M. what does that ratio tell me', section: 'benchmark-habit' },
  {
    q: 'in python i measure with timeit and tracemalloc. whats the node way to get peak memory for a benchmark run',
    section: 'benchmark-habit',
  },
  {
    q: 'our perf test passes on my laptop but fails on CI maybe 1 run in 3. should we just delete it?',
    section: 'perf-test-first',
  },
  {
    q: "Django has assertNumQueries. Is there an equivalent pattern in a TS/vitest codebase to lock in 'this endpoint makes max 2 queries'?",
    section: 'perf-test-first',
  },
  {
    q: 'how can a test catch a function going quadratic without me hardcoding a millisecond limit that depends on the machine?',
    section: 'perf-test-first',
  },
  {
    q: "so bottom line, the AI isn't bad at algorithms, it just can't see our data or traffic? what do we give it so it can",
    section: 'big-idea',
  },
  {
    q: 'Postgres composite index: if I filter on status and sort by created_at, which column goes first?',
    section: null,
  },
  {
    q: "how do i read EXPLAIN ANALYZE output, what's the difference between Bitmap Heap Scan and Index Scan",
    section: null,
  },
  {
    q: 'pgbouncer transaction pooling vs session pooling with prisma: which one, and what breaks?',
    section: null,
  },
  {
    q: 'Go service: pprof goroutine profile shows 40k goroutines and climbing. how do I find the ones that never exit?',
    section: null,
  },
  {
    q: 'For a latency-sensitive Java service would you pick G1 or ZGC, and what pause times should I expect?',
    section: null,
  },
  { q: 'what should --max-old-space-size be for node in a container with a 2GB memory limit', section: null },
  {
    q: 'does wrapping every handler in useCallback actually reduce re-renders in React or is it cargo cult',
    section: null,
  },
  {
    q: 'rendering a 10k-row table in the browser is janky when scrolling. react-window or tanstack virtual?',
    section: null,
  },
  { q: "our INP in search console is 'poor' on mobile, where do I even start", section: null },
  { q: 'brotli vs gzip for JSON API responses behind nginx, worth switching?', section: null },
  { q: 'k6: how do I write the stages to ramp to 500 virtual users and hold for 10 min?', section: null },
  { q: 'vitest fake timers - how do I advance time past a setTimeout inside an async test', section: null },
  { q: 'Cursor agent mode vs Copilot for multi-file refactors, which one does it better?', section: null },
  { q: 'what temperature setting gives the best code out of an LLM API', section: null },
  {
    q: 'Redis cache-aside vs write-through: when prices change how do I invalidate the cached entries across 6 app servers?',
    section: null,
  },
  { q: 'python: threading or multiprocessing for CPU-bound work, because of the GIL?', section: null },
  { q: 'k8s HPA: should we autoscale our node API on CPU or on request latency?', section: null },
  { q: 'banana bread recipe without eggs?', section: null },
  { q: 'can i extend a schengen visa while already in germany', section: null },
  { q: "explain the offside rule like I'm five", section: null },
];

export const BLIND_R_IN_SCOPE = inScope(BLIND_R);
export const BLIND_R_OUT_OF_SCOPE = outOfScope(BLIND_R);
export const BLIND_S_IN_SCOPE = inScope(BLIND_S);
export const BLIND_S_OUT_OF_SCOPE = outOfScope(BLIND_S);
export const BLIND_T_IN_SCOPE = inScope(BLIND_T);
export const BLIND_T_OUT_OF_SCOPE = outOfScope(BLIND_T);
export const BLIND_U_IN_SCOPE = inScope(BLIND_U);
export const BLIND_U_OUT_OF_SCOPE = outOfScope(BLIND_U);
