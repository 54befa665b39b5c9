/**
 * Independent blind sets ZD, ZE, ZF and ZG (40 in-scope + 20 out-of-scope each), written on 2026-11-27
 * (third session) by four more helpers working apart, each reading only the lesson content (lesson.ts, the
 * section MDX, lab prose, quiz topics) — never the tutor's code, word lists, earlier question sets,
 * BENCHMARKS.md or git history — and never running the tutor. Each author's own header follows (they named
 * their sets AE, AF, AG and AH). A confirmation round: the tutor did not change after sets Z–ZC were
 * scored (its code changed only in refactors that keep every answer), and these were added and run once.
 * `section` null = the lesson does not cover it.
 */
import { inScope, outOfScope, type BlindQuestion } from './blind';

// Blind question set BLIND_AE for the Hotpath lesson tutor
// ("Performance Bugs in AI-Generated Code").
// Written by a helper agent on Fri Nov 27 14:36 UTC 2026 (date -u).
// Written blind: the author never ran, read or saw the tutor, its code, its
// benchmarks or any earlier question sets or results.
// Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts,
// every .mdx file in sections/, the prose (titles, summaries, hints, why/see/fix/contract)
// of each lab.ts under labs/ (all 8 labs), and the topic list of quiz.ts.
// 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (null).

const BLIND_ZD: BlindQuestion[] = [
  // ---- works-on-my-machine (3) ----
  {
    q: 'why does stuff the AI writes pass every test and then fall over once real customers hit it',
    section: 'works-on-my-machine',
  },
  {
    q: "Teaching this next week. In the Monday-morning dashboard story, how did a slow report end up breaking checkout? I'd like to get the chain of events right for my students.",
    section: 'works-on-my-machine',
  },
  {
    q: 'is there like one question i can ask about every loop during code review that catches most of this?',
    section: 'works-on-my-machine',
  },

  // ---- six-patterns (10) ----
  { q: 'includes inside filter slow why', section: 'six-patterns' },
  {
    q: 'revising for the quiz: a quadratic loop takes 1 ms on 1000 items. roughly how long on 100,000?',
    section: 'six-patterns',
  },
  {
    q: "Our Express handler calls fs.readFileSync on a 200MB file, but the handler is async. A colleague says it still holds up every other request. How can that be if it's async?",
    section: 'six-patterns',
  },
  {
    q: 'whats actually wrong w/ doing SELECT * and then .filter() in JS? the db is fast anyway',
    section: 'six-patterns',
  },
  {
    q: 'page 800 of our admin list takes forever but page 1 is instant. we use LIMIT/OFFSET. why, and what should we do instead?',
    section: 'six-patterns',
  },
  {
    q: "reviewer flagged this:\n  prices.map(c => new Intl.NumberFormat('en-US', {style:'currency', currency:'EUR'}).format(c/100))\nis it really a problem or just nitpicking?",
    section: 'six-patterns',
  },
  {
    q: 'Does checking membership in a JavaScript Set get slower when it holds millions of entries, the way an array does?',
    section: 'six-patterns',
  },
  {
    q: 'blocking lab: serveAll already uses Promise.all but nothing runs at the same time. what am i missing',
    section: 'six-patterns',
  },
  {
    q: "refund queue lab - I put WHERE lower(status) = ? and rows scanned is still basically the whole table. why isn't the index used?",
    section: 'six-patterns',
  },
  {
    q: "I'm a product manager, not an engineer. Could you give me the six slow patterns in plain words so I understand what the team is talking about?",
    section: 'six-patterns',
  },

  // ---- n-plus-one (6) ----
  {
    q: "Incident last night: one page load fired around 10k database queries and the pool ran out. The post-mortem says 'N+1'. How should that page have been written, and how many queries should it take?",
    section: 'n-plus-one',
  },
  {
    q: "this passes my test with 3 orders, ok to merge?\n\nfor (const o of orders) {\n  const [c] = await db.query('select name from customers where id = $1', [o.customer_id]);\n  out.push({ ...o, name: c?.name });\n}",
    section: 'n-plus-one',
  },
  {
    q: 'cant I just Promise.all the per-row queries? they run in parallel then so problem solved right?',
    section: 'n-plus-one',
  },
  {
    q: 'prisma: how do i get orders together with their customer without it doing a query per order',
    section: 'n-plus-one',
  },
  {
    q: 'If I collect all the ids and send one WHERE id IN (...) with like 80k ids, will the database complain?',
    section: 'n-plus-one',
  },
  { q: 'whats the differnce between selectinload and joinedload in sqlalchemy', section: 'n-plus-one' },

  // ---- prompts (3) ----
  {
    q: "telling the AI 'make it fast and efficient' changes nothing. what should i write in the request instead?",
    section: 'prompts',
  },
  {
    q: 'Why would I ask the assistant to put a complexity comment above its function? It could simply be wrong about it.',
    section: 'prompts',
  },
  {
    q: 'Manager here. I want a standard paragraph our devs paste before asking the AI for data-heavy code. Is there a template I can adapt?',
    section: 'prompts',
  },

  // ---- profile-then-fix (4) ----
  { q: 'how to read flame graph? which bars matter', section: 'profile-then-fix' },
  { q: 'self time vs total time??', section: 'profile-then-fix' },
  {
    q: 'honestly why bother with profiling, i just paste the whole function into chatgpt and say make this faster. works fine usually',
    section: 'profile-then-fix',
  },
  {
    q: 'We have a Python service that is already running in production and is slow. Can I get a flame graph of it without restarting it?',
    section: 'profile-then-fix',
  },

  // ---- memory (5) ----
  {
    q: 'node process memory keeps growing over about 3 days and then kubernetes kills it (OOM). what kind of bugs usually cause that in AI-generated code?',
    section: 'memory',
  },
  {
    q: 'need to count ERROR lines in a 5gb log in node, readFile just blows up. how do i do it?',
    section: 'memory',
  },
  {
    q: 'how implement LRU cache with a Map in javascript, so the least recently used is removed when full?',
    section: 'memory',
  },
  {
    q: 'setInterval(() => console.log(report.id), 60000)\n\ncould this keep the whole report object in memory? it has a million rows',
    section: 'memory',
  },
  {
    q: 'Someone left `seenRequests.push(req)` at module level in our server to help with debugging. Harmless, or will it bite us?',
    section: 'memory',
  },

  // ---- benchmark-habit (4) ----
  { q: 'what sizes should i benchmark a function at?', section: 'benchmark-habit' },
  {
    q: 'Why are we told to throw away the numbers from the 100-item run when benchmarking?',
    section: 'benchmark-habit',
  },
  {
    q: 'in node how do I get the peak memory for a benchmark run, and should every size run in the same process?',
    section: 'benchmark-habit',
  },
  {
    q: 'My function took roughly 10,000 times longer at 1M items than at 10k. Is that linear or something worse?',
    section: 'benchmark-habit',
  },

  // ---- perf-test-first (4) ----
  {
    q: 'How do I write a Vitest test that fails when a function gets too slow?',
    section: 'perf-test-first',
  },
  {
    q: 'our timing tests are flaky on github actions, sometimes 2x slower for no reason. team wants to delete them. any alternatives before we do?',
    section: 'perf-test-first',
  },
  {
    q: 'Is it possible to have a performance check that gives exactly the same result on my laptop and on the CI runner?',
    section: 'perf-test-first',
  },
  {
    q: 'lab 8 perfBudget: should I use maxClass or maxMs? and how do I know my budget is any good',
    section: 'perf-test-first',
  },

  // ---- big-idea (1) ----
  { q: 'tl;dr of the whole lesson in one sentence pls', section: 'big-idea' },

  // ---- out of scope (20) ----
  {
    q: 'how do I decide the column order in a composite index in postgres?',
    section: null,
  },
  {
    q: 'EXPLAIN ANALYZE output confuses me. what does "Seq Scan" vs "Bitmap Heap Scan" mean?',
    section: null,
  },
  {
    q: 'How many connections should I configure in my Postgres connection pool for 4 app servers?',
    section: null,
  },
  { q: 'redis or memcached for a session cache?', section: null },
  { q: 'useMemo vs useCallback in React, when does it actually help performance?', section: null },
  {
    q: 'Our Next.js site has a bad LCP score on mobile. What are the usual ways to improve it?',
    section: null,
  },
  { q: 'how to reduce js bundle size with code splitting in webpack', section: null },
  {
    q: 'Does using a WeakMap instead of a Map for caching DOM nodes prevent memory leaks?',
    section: null,
  },
  { q: 'debounce vs throttle, whats the difference', section: null },
  {
    q: 'what value should I give --max-old-space-size for a node app in a 2GB container?',
    section: null,
  },
  { q: 'how to configure kubernetes HPA to autoscale on CPU', section: null },
  {
    q: 'k6 or JMeter for load testing our REST API with 5000 concurrent users?',
    section: null,
  },
  { q: 'What is mutation testing and is Stryker worth adding to our pipeline?', section: null },
  {
    q: 'which is better for a big monorepo, Cursor or GitHub Copilot? trying to pick one for the team',
    section: null,
  },
  {
    q: 'how many tokens can i paste into claude before it starts forgetting the start of the file',
    section: null,
  },
  {
    q: 'In Python, does the GIL make threads useless for CPU-heavy work? Should I use multiprocessing?',
    section: null,
  },
  { q: 'gzip or brotli for compressing JSON API responses?', section: null },
  { q: 'whats a good flour to water ratio for a sourdough starter', section: null },
  {
    q: 'can you help me write a cover letter for a junior data analyst job',
    section: null,
  },
  { q: 'capital of australia? is it sydney', section: null },
];

// Blind question set BLIND_AF for the Hotpath lesson tutor ("Performance Bugs in AI-Generated Code").
// Written by a helper agent on 2026-11-27 at 14:36 UTC (date -u: Fri Nov 27 14:36:12 UTC 2026).
// Written blind: the author never ran, read or saw the tutor, its code, its tests or its results.
// Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts, sections/01..09 .mdx files,
// the prose of labs/01..08 lab.ts (titles, summaries, hints, prose) and the prompt list of quiz.ts.
// 60 questions: 40 in scope (section = lesson.ts sections[].id) and 20 out of scope (section = null).

const BLIND_ZE: BlindQuestion[] = [
  {
    q: 'writing the postmortem now. feature passed CI with 5 seeded rows, timed out in prod against ~2M rows. why do assistant-generated functions look totally fine right up until real volume hits? need one paragraph for the doc',
    section: 'works-on-my-machine',
  },
  {
    q: 'Is there a quick mental check reviewers can run on any loop in AI-written code, before anyone benchmarks anything? I heard something about imagining a million items.',
    section: 'works-on-my-machine',
  },
  {
    q: "PR comment I'm about to leave on `const missing = invited.filter(e => !registered.includes(e))`. what do I suggest instead, and how do I explain why it's slow?",
    section: 'six-patterns',
  },
  {
    q: 'java dev here. ArrayList.contains walks the list, HashSet.contains hashes. is it the same story in JS with array includes vs Set.has?',
    section: 'six-patterns',
  },
  {
    q: 'revising for the quiz: a quadratic loop takes 1 ms on 1000 items, how long on 100 000 and how do you work it out',
    section: 'six-patterns',
  },
  {
    q: "Coming from PHP-FPM, where every request gets its own worker process, I don't understand why one readFileSync inside a Node handler slows down everybody else's requests. Can you explain?",
    section: 'six-patterns',
  },
  {
    q: "in Go I'd just push heavy number crunching into a goroutine. what's the node answer when an async route handler has a big cpu-bound loop in it?",
    section: 'six-patterns',
  },
  { q: 'OFFSET deep pages slow?', section: 'six-patterns' },
  {
    q: 'Our /products endpoint dumps the whole 50k catalogue as one JSON blob and the mobile app chokes on it. limit/offset or keyset? and what does the cursor query actually look like in SQL',
    section: 'six-patterns',
  },
  {
    q: "saw this in review: `const rows = await db.query('SELECT * FROM orders'); return rows.filter(r => r.status === 'refund_requested')`. it works and tests pass... so what's actually wrong with it?",
    section: 'six-patterns',
  },
  {
    q: 'why create Intl.NumberFormat inside map is bad? my invoice code make new formatter for every price and somebody say it is slow',
    section: 'six-patterns',
  },
  {
    q: 'In C# we always say run the Where on the IQueryable, not after ToList(). What is the equivalent advice for JS talking to SQL, and does it help the database use its indexes?',
    section: 'six-patterns',
  },
  {
    q: 'serveAll already does Promise.all over the requests but a burst still takes about 1ms per request, like nothing overlaps. the handler calls loadProfileSync. why??',
    section: 'six-patterns',
  },
  {
    q: "Ruby dev. In Rails I'd fix this with `includes(:customer)` and the Bullet gem would nag me about it. What's the same idea in this lesson's terms, and why is one query per order inside a loop so expensive?",
    section: 'n-plus-one',
  },
  {
    q: "is this ok to merge?\n```\nfor (const order of orders) {\n  const [buyer] = await db.query('SELECT name FROM buyers WHERE id = ?', [order.buyerId]);\n  result.push({ ...order, buyerName: buyer?.name });\n}\n```",
    section: 'n-plus-one',
  },
  {
    q: 'can i just wrap all the per-row queries in a Promise.all and call the N+1 fixed? feels faster',
    section: 'n-plus-one',
  },
  { q: 'django: select_related or prefetch_related, when do I use which', section: 'n-plus-one' },
  {
    q: 'Inherited a Prisma app with a page that gets slower every month. How can I tell whether it has an N+1 without reading every line of the code?',
    section: 'n-plus-one',
  },
  {
    q: 'Preparing slides for my class: for a page listing 10,000 orders, how many queries does the one-query-per-row version send compared with a join, and roughly what does that cost in round trips alone?',
    section: 'n-plus-one',
  },
  {
    q: "what do i actually write in the prompt so copilot stops giving me the toy version? is adding 'make it efficient' enough",
    section: 'prompts',
  },
  {
    q: 'I manage a small team and everyone writes prompts like "find duplicate users". Is there a standard block of context we could agree to paste in front of requests where data size matters?',
    section: 'prompts',
  },
  {
    q: 'worth asking the model to put the time complexity as a comment above each function it writes? or is that just noise',
    section: 'prompts',
  },
  {
    q: "I know py-spy and cProfile from Python. What's the Node equivalent if I want a flame graph of a server under traffic?",
    section: 'profile-then-fix',
  },
  { q: 'reading flame graphs?', section: 'profile-then-fix' },
  {
    q: "After last week's incident we pasted the slow module into the assistant and said 'make it faster'. It rewrote three functions and p95 didn't move at all. What should we have handed it instead of just the code?",
    section: 'profile-then-fix',
  },
  {
    q: "should i decide if my fix helped by looking at the profiler's numbers, or time it separately without the profiler running?",
    section: 'profile-then-fix',
  },
  {
    q: 'Node service: RSS climbs steadily for ~3 days, then k8s OOM-kills the pod. No errors in the logs at all. Where do I even start finding what is holding on to memory?',
    section: 'memory',
  },
  {
    q: "Rubyist here: I'd usually memoize into a class-level hash with ||=. The JS port does the same thing with a module-level Map keyed by SKU, and the pricing service just keeps growing. How do I cap it without tanking the hit rate?",
    section: 'memory',
  },
  { q: 'readFile on a 5gb log file -> ERR_FS_FILE_TOO_LARGE. what do i do instead', section: 'memory' },
  {
    q: "colleague flagged `setInterval(() => logger.info('polling', bigReport.id), 60000)` and says it keeps the entire report alive in memory. the report is a million rows. is that actually true?",
    section: 'memory',
  },
  {
    q: 'someone pushes every incoming req into a global array "for debugging". how bad is that really, and what\'s a saner way to keep recent requests around?',
    section: 'memory',
  },
  {
    q: "In .NET I'd reach for BenchmarkDotNet. What's the lightweight habit this course wants for timing a JS function at different input sizes?",
    section: 'benchmark-habit',
  },
  {
    q: 'why 100, 10k and 1M exactly? and why are we told to throw away the numbers from the 100 run',
    section: 'benchmark-habit',
  },
  {
    q: 'how do I get the peak memory figure for a node benchmark? and can I get the same in the browser',
    section: 'benchmark-habit',
  },
  {
    q: 'my little benchmark says the function takes 0.001 ms on a million items, which is obviously nonsense. could the engine be skipping the work?',
    section: 'benchmark-habit',
  },
  {
    q: 'We added a vitest check that the function runs under 50ms. On CI it fails randomly, maybe 1 run in 10, and the team wants to delete it. What are our options besides deleting it?',
    section: 'perf-test-first',
  },
  {
    q: "python/django person: is there something like assertNumQueries I can hand-roll in a TypeScript test so the number of DB calls can't creep up?",
    section: 'perf-test-first',
  },
  {
    q: 'How does writing the speed requirement as a failing test *before* the code exists work when an AI assistant is writing the code?',
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab - should my perfBudget be a max time or a complexity class? whats the practical difference',
    section: 'perf-test-first',
  },
  {
    q: "teacher here, building the last slide: what's the single takeaway of this lesson, and which habits does it boil down to?",
    section: 'big-idea',
  },
  {
    q: "How do I read EXPLAIN ANALYZE output in Postgres? What's the difference between a seq scan and a bitmap heap scan?",
    section: null,
  },
  { q: 'pgbouncer: transaction or session pool_mode for a node app?', section: null },
  {
    q: 'our react table re-renders on every keystroke in the search box. React.memo on the rows or useMemo on the data?',
    section: null,
  },
  {
    q: "What's a good LCP target for a marketing landing page and what usually drags it down?",
    section: null,
  },
  {
    q: "does tree shaking actually drop the lodash functions I don't import or do I need lodash-es",
    section: null,
  },
  { q: 'Java folks: G1 or ZGC if we care mostly about short pause times on a 32 GB heap?', section: null },
  { q: 'how do i spot goroutine leaks with pprof in a go service', section: null },
  {
    q: "What's the easiest way to load test our API with 500 concurrent users, k6 or Locust? Never done it before.",
    section: null,
  },
  { q: 'is mutation testing with stryker worth setting up for a mid-size TS codebase', section: null },
  { q: 'Postgres: when is a partial index better than a composite one?', section: null },
  {
    q: 'Redis or Memcached for a cache shared across 12 pods? we need TTLs and maybe pub/sub later',
    section: null,
  },
  { q: "how big is claude code's context window, can i just paste my whole monorepo in", section: null },
  {
    q: 'Can Copilot be configured to block suggestions that match public code, for licensing reasons?',
    section: null,
  },
  { q: 'C# question: why is async void considered bad compared to async Task?', section: null },
  { q: 'PHP 8: will turning on opcache + JIT noticeably speed up a Laravel app?', section: null },
  {
    q: 'which Cache-Control headers should my GET endpoints send so the CDN caches them for 5 minutes',
    section: null,
  },
  {
    q: 'Adding a NOT NULL column with a default to a 400M-row Postgres table - how do I do it without locking writes for ages?',
    section: null,
  },
  { q: 'kettle descaling tips', section: null },
  { q: 'can someone explain the lbw rule in cricket, my kid keeps asking', section: null },
  { q: "how do you say 'see you tomorrow' in Portuguese, formal and informal?", section: null },
];

// Blind question set BLIND_AG for the Hotpath lesson tutor
// ("Performance Bugs in AI-Generated Code").
// Written by: a helper agent, Fri Nov 27 14:36:27 UTC 2026.
// Written blind: the author never ran, read or saw the tutor, its code, its tests or its outputs.
// Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts, sections/01..09 .mdx files,
// labs/01..08 lab.ts prose (titles, summaries, hints, prose), and quiz.ts (topics only).
// 60 questions: 40 in scope (section id from lesson.ts sections[]), 20 out of scope (section null).

const BLIND_ZF: BlindQuestion[] = [
  {
    q: 'in the monday morning outage example, only the dashboard was slow so why did checkout start failing too?',
    section: 'works-on-my-machine',
  },
  {
    q: "Why the language model produce slow code by default? It don't run the code it write?",
    section: 'works-on-my-machine',
  },
  {
    q: 'how do i read EXPLAIN ANALYZE output in postgres? whats the difference between seq scan and bitmap heap scan',
    section: null,
  },
  { q: 'what happens at a million items tip', section: 'works-on-my-machine' },
  {
    q: 'whats faster arr.includes or set.has?? my filter over 20k ids is realy slow',
    section: 'six-patterns',
  },
  { q: 'difference between var hoisting and the temporal dead zone for let/const?', section: null },
  {
    q: 'quiz prep: a nested loop takes 1ms on 1k items, roughly how long on 100k items?',
    section: 'six-patterns',
  },
  {
    q: '`const data = fs.readFileSync(path)` inside my async express handler. is that bad? when it runs every other request seems to freeze',
    section: 'six-patterns',
  },
  {
    q: 'WeakMap vs Map for caching data keyed by DOM elements, does WeakMap let them be garbage collected?',
    section: null,
  },
  { q: 'what does event loop mean, like in plain english, im new to node', section: 'six-patterns' },
  {
    q: 'Post-incident: page 1 of our admin list loads instantly but page 900 takes seconds. We use LIMIT 50 OFFSET. What should we switch to?',
    section: 'six-patterns',
  },
  { q: 'Largest Contentful Paint is 4.2 s on mobile, how to bring it down?', section: null },
  {
    q: 'Why creating new Intl.NumberFormat inside map is slow? I only want to format the price of each item.',
    section: 'six-patterns',
  },
  { q: 'SELECT * then .filter() in js cost', section: 'six-patterns' },
  { q: 'react useMemo vs useCallback when to use which', section: null },
  {
    q: "I'm teaching this to first-years next week. How would you explain what O(n) vs O(n^2) means with a concrete number example?",
    section: 'six-patterns',
  },
  {
    q: 'blocking lab: serveAll already uses Promise.all but the reads still happen one after another with loadProfileSync. why dont they overlap?',
    section: 'six-patterns',
  },
  { q: 'k8s pod keeps getting OOMKilled, how should I set memory requests and limits?', section: null },
  {
    q: 'besides includes, which other array methods are dangerous to call inside filter or map?',
    section: 'six-patterns',
  },
  {
    q: 'pagination lab - if new products are added between two page requests, can offset paging give me the same product twice? does a cursor avoid that',
    section: 'six-patterns',
  },
  { q: 'cache-control max-age vs s-maxage on a CDN', section: null },
  { q: 'n+1 query meaning', section: 'n-plus-one' },
  {
    q: 'revising for the quiz: a page loads 400 posts with one query, then awaits one query per post to get its author. how many queries in total for one page view?',
    section: 'n-plus-one',
  },
  { q: 'what value should I set for max in my pg Pool on a 4 vCPU server?', section: null },
  {
    q: 'django select_related vs prefetch_related, which one do I use for many to many?',
    section: 'n-plus-one',
  },
  {
    q: 'My developer says he fixed the slow orders page by wrapping the per-order customer lookups in Promise.all. Is that actually a fix?',
    section: 'n-plus-one',
  },
  { q: 'postgres read committed vs serializable, which isolation level avoid deadlocks?', section: null },
  { q: 'how do i spot n+1s in prisma, is ther a way to log every queery it sends', section: 'n-plus-one' },
  {
    q: 'I batch the ids into one IN query but we have 50000 ids. Database complain about too many parameter. What to do?',
    section: 'n-plus-one',
  },
  { q: 'k6 load test how many virtual users to simulate black friday traffic', section: null },
  { q: 'what should i put in my prompt so copilot stops giving me O(n^2) solutions', section: 'prompts' },
  {
    q: "Is it enough if I write 'make it fast and efficient' in my request to the AI? Or I need to say more?",
    section: 'prompts',
  },
  { q: 'how to mock fetch in jest so my tests dont hit the real API', section: null },
  {
    q: 'Is there a ready-made block of text my students can paste before their AI coding requests when the data is big?',
    section: 'prompts',
  },
  { q: 'why ask the model to put a complexity comment above the function', section: 'prompts' },
  {
    q: 'how many tokens can I paste into chatgpt before it starts forgetting the start of the conversation?',
    section: null,
  },
  { q: 'flame graph how to read wide bars', section: 'profile-then-fix' },
  {
    q: "told claude 'make this faster', it rewrote half the file and the endpoint is still just as slow. what am i doing wrong?",
    section: 'profile-then-fix',
  },
  { q: 'is it legal to use copilot suggestions in a GPL licensed project?', section: null },
  {
    q: 'how to profile a python process thats already running in prod without restarting it',
    section: 'profile-then-fix',
  },
  {
    q: 'for the exam: whats the difference between self time and total time in a profile?',
    section: 'profile-then-fix',
  },
  {
    q: 'V8 keeps deoptimizing my function, what are hidden classes and how do i avoid deopts?',
    section: null,
  },
  {
    q: 'my server uses more and more memory over a few days until it crashes, nothing looks wrong in the tests. what kind of things cause that?',
    section: 'memory',
  },
  {
    q: '`const cache = new Map(); ... cache.set(userId, profile)` and we never delete from it. problem?',
    section: 'memory',
  },
  { q: 'python threading or multiprocessing for cpu heavy work because of the GIL?', section: null },
  {
    q: 'How I can read 5GB log file in node? readFile give me error about file too large',
    section: 'memory',
  },
  { q: 'setInterval callback keeps a huge objct alive even tho i only use its id?? why', section: 'memory' },
  { q: 'is structuredClone faster than JSON.parse(JSON.stringify(obj)) for deep copy?', section: null },
  { q: 'price cache lab: how do I get the oldest key out of a Map so I can evict it?', section: 'memory' },
  {
    q: 'TA question: in the benchmark habit, why is the 100-item run thrown away instead of reported?',
    section: 'benchmark-habit',
  },
  { q: 'gzip vs brotli for compressing json api responses, which is better?', section: null },
  {
    q: 'when timing several runs of a function, why take the median and not the average?',
    section: 'benchmark-habit',
  },
  { q: 'how do I get peak memory for my node benchmark at each input size', section: 'benchmark-habit' },
  { q: 'best hydration percentage for a sourdough starter?', section: null },
  {
    q: 'our timing test passes on my laptop but fails randomly in CI. how do we keep a speed check without it being flaky?',
    section: 'perf-test-first',
  },
  {
    q: 'how can a unit test check that a function sends at most 2 db queries, without timing anything?',
    section: 'perf-test-first',
  },
  { q: 'tips for negotiating salary for my first junior developer job', section: null },
  {
    q: "leaderboard lab: what's a sensible perfBudget, maxClass or maxMs? mine lets the slow starter pass",
    section: 'perf-test-first',
  },
  {
    q: 'I need one sentence for my closing slide: what is the single main takeaway of this whole lesson?',
    section: 'big-idea',
  },
  { q: 'how to convert pdf to word for free', section: null },
];

/*
 * Blind question set BLIND_AH for the Hotpath lesson tutor
 * ("Performance Bugs in AI-Generated Code").
 *
 * Written by a helper agent on Fri Nov 27 14:36:26 UTC 2026 (date -u).
 * Written blind: the author never ran, read or saw the tutor, its code, its tests,
 * the benchmarks or any earlier question sets or results.
 *
 * Sources read: the lesson's lesson.ts (section ids, titles, key terms), the nine
 * section .mdx files, the prose of each lab.ts (titles, summaries, hints, why/see/fix/contract
 * text), and quiz.ts (topics only).
 *
 * 60 questions: 40 in scope (section = lesson.ts section id), 20 out of scope (section = null).
 * Emphasised voices: managers and team leads, sceptics, lab and slide questions,
 * two-approach comparisons, pasted log lines and stack traces.
 */

const BLIND_ZG: BlindQuestion[] = [
  {
    q: 'we shipped a weekly orders dashboard friday, staging had maybe 300 fake orders and it was instant. monday 9am everybody opened it and now CHECKOUT was timing out too?? how does a dashboard kill checkout',
    section: 'works-on-my-machine',
  },
  {
    q: 'I review a lot of Copilot PRs for my team. Is there one simple question I can ask about every loop during review that catches most of the slow stuff?',
    section: 'works-on-my-machine',
  },
  {
    q: 'how come the slow version and the fast version both look instant in our unit tests? at what point does the difference actually appear',
    section: 'works-on-my-machine',
  },
  {
    q: 'includes vs Set.has - why is the Set so much quicker once the arrays get big?',
    section: 'six-patterns',
  },
  {
    q: 'Preparing a class for next week. I need a simple way to explain why a nested loop that takes 1 ms on a thousand items ends up around ten seconds on a hundred thousand. Is that figure even right?',
    section: 'six-patterns',
  },
  {
    q: "our APM keeps logging `WARN event-loop delay 2380ms` and the route is `app.get('/cfg', async (req, res) => { const raw = fs.readFileSync(BIG_JSON); ... })`. is the sync read the culprit even though the handler is async?",
    section: 'six-patterns',
  },
  {
    q: "lab 3: serveAll already wraps everything in Promise.all but 'most reads in flight' stays at 0. wat",
    section: 'six-patterns',
  },
  {
    q: 'offset/limit or WHERE id > last_id for an admin list with ~40M rows? wich one, and why does page 800 take forever with offset',
    section: 'six-patterns',
  },
  {
    q: 'In the pagination lab, when products get added between two requests some items come back twice on the next page. Why does that happen?',
    section: 'six-patterns',
  },
  {
    q: "code review argument: `items.map(i => new Intl.NumberFormat('de-DE', {style:'currency', currency:'EUR'}).format(i.price))`. colleague says pull the formatter out of the map. does that really matter or is it micro-optimising?",
    section: 'six-patterns',
  },
  {
    q: 'invoice lab - if I switch to toLocaleString instead of building a NumberFormat, does that dodge the cost?',
    section: 'six-patterns',
  },
  {
    q: "refund queue lab: I wrote WHERE lower(status) = ? and 'rows scanned' is still the whole table. what am I doing wrong",
    section: 'six-patterns',
  },
  {
    q: 'why is bad to do SELECT * and after filter the rows in javascript? the result is the same no?',
    section: 'six-patterns',
  },
  {
    q: 'query log for ONE page load, repeated ~3000 times:\n`SELECT name, email FROM accounts WHERE account_id = $1 -- [4411]`\n`SELECT name, email FROM accounts WHERE account_id = $1 -- [4412]`\nwhat is going on here',
    section: 'n-plus-one',
  },
  {
    q: "I put all the per-row customer lookups inside Promise.all so they run in parallel. That fixes it, right? My tech lead says no and I don't see why.",
    section: 'n-plus-one',
  },
  { q: 'JOIN vs a second query with IN (...) - when would I pick the batched one?', section: 'n-plus-one' },
  { q: 'select_related vs prefetch_related?', section: 'n-plus-one' },
  {
    q: 'on the slide with the table where a million orders comes out at roughly 17 minutes - is that a real measurement or just maths?',
    section: 'n-plus-one',
  },
  {
    q: 'lab 1 - my join passes the query budget but the correctness check fails, some users just vanished. seems to be the ones with no team',
    section: 'n-plus-one',
  },
  {
    q: "I manage a team of eight who all use Copilot Chat. I'd like a standard block of text they paste before any data-heavy request so the code scales. What should go in it?",
    section: 'prompts',
  },
  { q: "does writing 'make it fast and efficient' in the prompt actually do anything?", section: 'prompts' },
  {
    q: "Why ask the model to put its Big-O in a comment above the function? It could just write O(n) on anything, it's not like it checks.",
    section: 'prompts',
  },
  {
    q: 'how should i word the request for a list endpoint on a giant orders table so the assistant doesnt hand me offset paging',
    section: 'prompts',
  },
  {
    q: 'got this out of node --cpu-prof:\n```\nparseRow    self 3.9s  total 4.1s  src/import.ts:88\nnormalize   self 1.2s  total 1.3s  src/util.ts:17\n```\nwhat exactly do I paste into the chat so I get a useful fix and not a random rewrite?',
    section: 'profile-then-fix',
  },
  {
    q: 'Profilers slow the program down and sample randomly. So can I trust the profile to tell me whether my change made things faster?',
    section: 'profile-then-fix',
  },
  { q: 'py-spy or cProfile?', section: 'profile-then-fix' },
  {
    q: "revising for the quiz: what's the order of the steps in the profiling loop, and why only apply one change at a time?",
    section: 'profile-then-fix',
  },
  {
    q: '```\nRangeError: Invalid string length\n    at readFileHandle (node:internal/fs/promises:...)\n```\nhappens when I count ERROR lines in a ~900 MB log with readFile + split. How should this be written?',
    section: 'memory',
  },
  {
    q: 'after ~4 days uptime: `FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory`. only suspicious thing I can see is a module-level Map we use to memoise prices per SKU. could that be it?',
    section: 'memory',
  },
  {
    q: "cache lab: why can't I just call clear() once it hits 500 entries? the hit rate check fails when I do that",
    section: 'memory',
  },
  {
    q: 'My setInterval callback only prints report.id, yet the heap snapshot shows the whole million-row report still alive. How is that possible?',
    section: 'memory',
  },
  {
    q: 'process.memoryUsage() or heap snapshots - which one do I use to track down a leak?',
    section: 'memory',
  },
  {
    q: 'why 100, 10k and 1M exactly? and why do you throw away the numbers from the 100 run',
    section: 'benchmark-habit',
  },
  { q: 'benchmark: median or mean?', section: 'benchmark-habit' },
  {
    q: "'one minute of benchmarking catches most perf bugs' - is there any actual data behind that or is it made up?",
    section: 'benchmark-habit',
  },
  {
    q: 'CI red again:\n`AssertionError: expected 61.7 to be less than 50`\nin the blockedOrders perf test. Green locally, green on rerun. Do we just delete it?',
    section: 'perf-test-first',
  },
  {
    q: 'As a team lead I like the idea of performance budgets, but should those tests block every merge or live somewhere else?',
    section: 'perf-test-first',
  },
  {
    q: 'timing-based perf test vs counting db queries in the test - which holds up better on CI?',
    section: 'perf-test-first',
  },
  {
    q: 'lab 8 wants a perfBudget. maxClass or size+maxMs for the perfomance budget? mine passed even on the slow starter code, is that a problem?',
    section: 'perf-test-first',
  },
  {
    q: "explain the very last line of the lesson like i'm 12, the one about data the model never pictured",
    section: 'big-idea',
  },
  { q: 'useMemo vs React.memo: which one stops my list re-rendering on every keystroke?', section: null },
  {
    q: 'PageSpeed says LCP is 4.8 s on mobile for our landing page. What usually causes that?',
    section: null,
  },
  {
    q: "how do I read EXPLAIN ANALYZE in postgres? what's the difference between Seq Scan and Bitmap Heap Scan",
    section: null,
  },
  {
    q: 'We run 6 replicas of the API behind a load balancer. Should the price cache move to Redis, and how do we keep the copies consistent when a price changes?',
    section: null,
  },
  {
    q: 'pgbouncer: transaction mode or session mode, and what default_pool_size is sensible?',
    section: null,
  },
  {
    q: 'why does `console.log(x); let x = 5` throw but with var it prints undefined? hoisting confuses me',
    section: null,
  },
  { q: 'how does FinalizationRegistry work and when does its callback actually run?', section: null },
  { q: 'what should --max-old-space-size be for a node container with a 2 GB memory limit', section: null },
  { q: 'k6 or Locust?', section: null },
  {
    q: "jest: `TypeError: Cannot read properties of undefined (reading 'json')` when I mock fetch. how do i mock it properly",
    section: null,
  },
  { q: 'Kubernetes HPA: scale on CPU or on request latency?', section: null },
  {
    q: 'next build prints `First Load JS 412 kB` for the home route. how do i split that up with dynamic imports?',
    section: null,
  },
  { q: 'Which is cheaper for a team of 12, Cursor or GitHub Copilot?', section: null },
  { q: "the assistant keeps suggesting npm packages that don't exist. how do i stop that", section: null },
  {
    q: '`Error: connect ECONNREFUSED 127.0.0.1:5432` when the app runs inside docker compose, db container is up. ideas?',
    section: null,
  },
  { q: 'shard postgres by tenant?', section: null },
  { q: 'Python GIL - are threads pointless for CPU-bound work?', section: null },
  { q: 'whats a good hydration % for a beginner sourdough loaf', section: null },
  { q: 'Can you help me write a cover letter for a junior developer job?', section: null },
  { q: "how do you say 'the deadline has moved' politely in Japanese?", section: null },
];

export const BLIND_ZD_IN_SCOPE = inScope(BLIND_ZD);
export const BLIND_ZD_OUT_OF_SCOPE = outOfScope(BLIND_ZD);
export const BLIND_ZE_IN_SCOPE = inScope(BLIND_ZE);
export const BLIND_ZE_OUT_OF_SCOPE = outOfScope(BLIND_ZE);
export const BLIND_ZF_IN_SCOPE = inScope(BLIND_ZF);
export const BLIND_ZF_OUT_OF_SCOPE = outOfScope(BLIND_ZF);
export const BLIND_ZG_IN_SCOPE = inScope(BLIND_ZG);
export const BLIND_ZG_OUT_OF_SCOPE = outOfScope(BLIND_ZG);
