/**
 * Independent blind sets N, O, P and Q (40 in-scope + 20 out-of-scope each), written on 2026-11-27 (third
 * session) by four more helpers working apart, each reading only the lesson content (lesson.ts, the
 * section MDX, lab prose, quiz topics) — never the tutor's code, word lists, earlier question sets,
 * BENCHMARKS.md or git history — and never running the tutor. Each author's own header follows (they named
 * their sets O, P, Q and R). They were written while the third session's sixth round of tutor changes was
 * made without sight of them, and added after it was committed; the first run is the blind figure in
 * BENCHMARKS.md. `section` null = the lesson does not cover it.
 */
import { inScope, outOfScope, type BlindQuestion } from './blind';

/**
 * Blind question set BLIND_O for the "Performance Bugs in AI-Generated Code" lesson tutor.
 *
 * Written by: a helper agent (blind-set writer "o"), 2026-11-27 14:05 UTC (`date -u`: Fri Nov 27 14:05:12 UTC 2026).
 * Written blind: the author never ran, read or saw the tutor, its code, its tests, benchmarks or earlier question sets.
 * Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts, sections/*.mdx,
 *   labs/{01..08}/lab.ts (titles, summaries, hints, prose only; code.ts not read), quiz.ts (topic skim only).
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section = null).
 * Voices are deliberately mixed (terse, rambling, typos, non-native English, pasted code, teacher,
 * student revising, on-call engineer, manager, everyday words). No 7+ word run is copied from the lesson.
 */

const BLIND_N: BlindQuestion[] = [
  // ---- works-on-my-machine (3) ----
  {
    q: 'ok so our "this week\'s orders" page was totally fine in staging with a few hundred fake orders, then monday 9am it fell over AND took checkout down with it?? how does one slow dashboard break checkout',
    section: 'works-on-my-machine',
  },
  {
    q: 'How can code pass every single unit test and still be hopelessly slow once it ships? Feels like the tests are lying to me.',
    section: 'works-on-my-machine',
  },
  {
    q: 'is there one quick sanity question i can ask about every loop when I review a PR, to catch the slow stuff early?',
    section: 'works-on-my-machine',
  },

  // ---- six-patterns (11) ----
  {
    q: 'revising for the quiz: quadratic loop takes 1 ms at 1,000 items, how long at 100,000? I keep getting 100 ms but the answer key disagrees',
    section: 'six-patterns',
  },
  {
    q: '`const common = listA.filter(x => listB.includes(x))` works fine on my test data but a colleague muttered "that\'s n times m". what should I write instead?',
    section: 'six-patterns',
  },
  {
    q: 'In my loop over 1 million log lines I do `new RegExp(userPattern)` each iteration. My senior say this is bad practice. Why? It is only one line of code.',
    section: 'six-patterns',
  },
  {
    q: 'Post-incident question. One express route reads a big JSON file with fs.readFileSync inside an async handler. During the traffic spike EVERY route got slow, not only that one. How can one handler hold up the others?',
    section: 'six-patterns',
  },
  {
    q: 'lab 3: serveAll already does Promise.all but the requests still finish one after the other, handler calls loadProfileSync. what am i missing',
    section: 'six-patterns',
  },
  {
    q: 'Our developer says the app "pulls the entire orders table and then throws most of it away in the code". I\'m a product manager. Is that actually a problem if our server is big?',
    section: 'six-patterns',
  },
  {
    q: 'there IS an index on status but sqlite still visits every row. my query is `WHERE lower(status) = ?`. why isnt it used',
    section: 'six-patterns',
  },
  {
    q: "Admin list: page 1 loads instantly, page 900 takes several seconds. We use LIMIT 50 OFFSET n. Why does it get slower deeper in, and what's the alternative?",
    section: 'six-patterns',
  },
  {
    q: 'customers scrolling our shop sometimes see the same product twice while new products are being added. we page with offset. how to stop that?',
    section: 'six-patterns',
  },
  {
    q: 'prices.map(c => new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(c / 100))\n\nfine or wasteful?',
    section: 'six-patterns',
  },
  {
    q: 'I teach an intro course. How would I explain O(n) versus O(n²) to beginners with a concrete "double the input" example?',
    section: 'six-patterns',
  },

  // ---- n-plus-one (6) ----
  {
    q: 'The engineers keep saying "we have an N+1" in standup. What does that mean in plain English and why should I care as their manager?',
    section: 'n-plus-one',
  },
  {
    q: "for (const o of orders) {\n  const [c] = await db.query('select * from customers where id = $1', [o.customer_id]);\n  out.push({ ...o, name: c.name });\n}\nhow do i stop this doing a query for every order",
    section: 'n-plus-one',
  },
  {
    q: 'can I just wrap all those per-row queries in Promise.all and fire them off at once? problem solved, right?',
    section: 'n-plus-one',
  },
  {
    q: 'select_related vs prefetch_related?',
    section: 'n-plus-one',
  },
  {
    q: 'Is there a way to find out whether my Prisma app has the one-query-per-row problem without reading through the whole codebase?',
    section: 'n-plus-one',
  },
  {
    q: 'swapped my loop for a JOIN like the hint said and now the users who dont belong to any team have disappeared from the output?? where did they go',
    section: 'n-plus-one',
  },

  // ---- prompts (4) ----
  {
    q: "What should I tell Copilot up front so it doesn't hand me a toy solution when the table really has millions of rows?",
    section: 'prompts',
  },
  {
    q: 'why would I ask the AI to put a big-O comment above every function it writes? it can just make the comment up',
    section: 'prompts',
  },
  {
    q: 'is "make it fast and efficient" a good prompt',
    section: 'prompts',
  },
  {
    q: 'If I write the perfect prompt with sizes and time limits in it, can I trust what comes back without testing the speed myself?',
    section: 'prompts',
  },

  // ---- profile-then-fix (4) ----
  {
    q: 'I asked Claude to speed up our report generator. It rewrote half the file, everything still takes 8 seconds. What should I have handed it instead of just the code?',
    section: 'profile-then-fix',
  },
  {
    q: 'flame graph question: do i care about the tallest stacks or the widest bars??',
    section: 'profile-then-fix',
  },
  {
    q: 'We have a python worker running in production that is slow right now. Can I profile it without restarting it?',
    section: 'profile-then-fix',
  },
  {
    q: "Why shouldn't I just read the numbers from the profiler to decide if my optimisation helped?",
    section: 'profile-then-fix',
  },

  // ---- memory (5) ----
  {
    q: "Node service memory climbs steadily for ~3 days, then the container is OOM-killed and restarts. We keep a Map of prices keyed by SKU as a cache and never delete anything from it. Could that be it, and what's the fix?",
    section: 'memory',
  },
  {
    q: 'how do I write a least-recently-used cache in plain JS without pulling in a library',
    section: 'memory',
  },
  {
    q: 'Getting ERR_FS_FILE_TOO_LARGE when I try to readFile a 6 GB log to count error lines. What is the right way?',
    section: 'memory',
  },
  {
    q: 'code review comment on `setInterval(() => console.log(\'watching\', report.id), 60000)`: "this keeps the whole report alive". how?? it only uses the id',
    section: 'memory',
  },
  {
    q: 'my memory graph only goes up and up. how do I actually find WHICH objects are piling up?',
    section: 'memory',
  },

  // ---- benchmark-habit (3) ----
  {
    q: "When I benchmark a function, what input sizes should I try, and how do I tell from the timings whether it's linear or quadratic?",
    section: 'benchmark-habit',
  },
  {
    q: 'benchmark timings: median or mean?',
    section: 'benchmark-habit',
  },
  {
    q: 'My little timing script reports 0.00 ms for a function that should be slow, and I build the test array inside the timed bit. I suspect I measure the wrong thing. How should the benchmark be set up?',
    section: 'benchmark-habit',
  },

  // ---- perf-test-first (3) ----
  {
    q: 'We have a test asserting a function runs under 50 ms. Passes on my laptop, fails at random on GitHub Actions. Should we just delete it?',
    section: 'perf-test-first',
  },
  {
    q: 'I want a test that breaks whenever someone reintroduces one-query-per-row, but without any timing involved so it is stable in CI. Possible?',
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab: my perfBudget passes the slow starter too, so the check complains. how am I supposed to choose the budget?',
    section: 'perf-test-first',
  },

  // ---- big-idea (1) ----
  {
    q: "tl;dr of the whole lesson? like why does the AI keep doing this and what's the general cure",
    section: 'big-idea',
  },

  // ---- out of scope (20): neighbouring topics first, then a few far-off ones ----
  {
    q: 'p95 or p99 latency, which one should our SLO be written against?',
    section: null,
  },
  {
    q: 'how many virtual users should a k6 load test ramp up to, and for how long?',
    section: null,
  },
  {
    q: 'Postgres EXPLAIN ANALYZE shows "Bitmap Heap Scan" and "Recheck Cond" — what do those lines mean?',
    section: null,
  },
  {
    q: 'Two transactions keep deadlocking when they update the same rows. Which isolation level should we use?',
    section: null,
  },
  {
    q: 'when a very popular redis key expires, hundreds of requests hit the DB at once to rebuild it. how do people prevent that stampede?',
    section: null,
  },
  {
    q: 'WeakMap vs Map in JavaScript — when should I pick which?',
    section: null,
  },
  {
    q: 'why does my Promise.then callback run before a setTimeout(fn, 0) that was scheduled earlier?',
    section: null,
  },
  {
    q: 'Does changing the shape of objects (adding properties in a different order) make V8 deoptimise my code? how do hidden classes work',
    section: null,
  },
  {
    q: 'Lighthouse gives our Next.js product page a terrible LCP because of the big hero image. Tips?',
    section: null,
  },
  {
    q: 'my React list re-renders on every keystroke in the search box. React.memo or useMemo or useCallback?',
    section: null,
  },
  {
    q: 'AWS Lambda cold starts of 2-3 seconds on Node 20. How can I cut them down?',
    section: null,
  },
  {
    q: 'kubernetes HPA: autoscale on CPU usage or on requests per second?',
    section: null,
  },
  {
    q: 'brotli vs gzip for JSON?',
    section: null,
  },
  {
    q: 'how do I mock fetch in vitest so my unit tests do not call the real API',
    section: null,
  },
  {
    q: 'For a team of five devs, is Cursor or GitHub Copilot better value for money?',
    section: null,
  },
  {
    q: 'The assistant suggested installing an npm package that does not exist. Is that a security risk, and how do I guard against it?',
    section: null,
  },
  {
    q: 'how long can I leave sourdough to proof in the fridge overnight',
    section: null,
  },
  {
    q: 'Can you help me write a cover letter for a junior frontend developer job?',
    section: null,
  },
  {
    q: 'ser vs estar, when I use which one? spanish exam tomorrow',
    section: null,
  },
  {
    q: 'any recommendation for a cheap mechanical keyboard that is quiet enough for an open office?',
    section: null,
  },
];

/**
 * Blind question set BLIND_P for the Hotpath lesson tutor
 * ("Performance Bugs in AI-Generated Code").
 *
 * Written by a helper agent on 2026-11-27T14:06:21Z (UTC), BLIND: the author never ran, read or saw the tutor,
 * its code, its tests, benchmarks or earlier question sets.
 * Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts, sections/*.mdx,
 * labs/index.ts and labs/<each lab>/lab.ts (prose: titles, summaries, hints, why/see/fix/contract),
 * and quiz.ts (question sectionIds only, to see which topics exist).
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section: null).
 * Emphasis: pasted code and log lines, comparisons of two approaches, questions about the labs.
 */

const BLIND_O: BlindQuestion[] = [
  {
    q: 'postmortem time. our new weekly orders dashboard was instant in staging (couple hundred seed rows), then monday 9am it fell over and took checkout down with it. how does a read-only dashboard kill checkout??',
    section: 'works-on-my-machine',
  },
  {
    q: "I'm a manager, not a developer. Why would code our AI tool wrote sail through every test and still be slow for customers?",
    section: 'works-on-my-machine',
  },
  {
    q: '`const pending = invited.filter(e => !registered.includes(e))` this is the lab 2 starter. includes is native code, so why does the verdict say O(n²)?',
    section: 'six-patterns',
  },
  {
    q: "blocking lab: serveAll already does Promise.all over the handlers but a burst of 1000 still takes ~1s and 'most reads in flight' shows 0. what gives",
    section: 'six-patterns',
  },
  {
    q: 'offset pagination vs cursor pagination, whats the actual difference? our page 900 is way slower than page 1',
    section: 'six-patterns',
  },
  {
    q: 'refund queue lab - i put `WHERE lower(status) = ?` and rows fetched dropped, but rows scanned is still the full table. why',
    section: 'six-patterns',
  },
  {
    q: "is anything wrong with this? output is correct\n\ncents.map(c => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(c / 100))",
    section: 'six-patterns',
  },
  {
    q: 'Preparing a class. If a double loop needs 1 ms for 1,000 items, roughly how long for 100,000, and how do I explain that arithmetic to students?',
    section: 'six-patterns',
  },
  {
    q: "why does one fs.readFileSync in an async express handler make OTHER users' requests slow? i thought async meant non blocking",
    section: 'six-patterns',
  },
  {
    q: 'hot loop lab: I switched to toLocaleString so the formatters counter shows 0 now, but the speed-up check still fails. how??',
    section: 'six-patterns',
  },
  {
    q: "What's really the difference between SELECT * and then .filter() in JS versus a WHERE in the query? Same rows end up in the result either way.",
    section: 'six-patterns',
  },
  {
    q: 'pagination lab, keyset version: how am i supposed to know if there is a next page or if this was the last one',
    section: 'six-patterns',
  },
  {
    q: 'my logs for ONE page load:\nprisma:query SELECT "id","name" FROM "Customer" WHERE "id" = $1\nprisma:query SELECT "id","name" FROM "Customer" WHERE "id" = $1\n... (480 more like this)\nis that bad or normal',
    section: 'n-plus-one',
  },
  {
    q: 'JOIN or a second query with IN (...) to fix n+1, which is better and when do u pick each?',
    section: 'n-plus-one',
  },
  {
    q: 'I wrapped the per-order customer lookups in Promise.all so they all run in parallel. N+1 solved, right?',
    section: 'n-plus-one',
  },
  { q: 'django select_related vs prefetch_related?', section: 'n-plus-one' },
  {
    q: 'N+1 lab: my inner join version uses 1 query but the correctness check fails, some users vanish from the result. why',
    section: 'n-plus-one',
  },
  {
    q: "after batching the ids I match them back with `customers.find(c => c.id === o.customer_id)` inside orders.map. reviewer says that's still a problem. is he right?",
    section: 'n-plus-one',
  },
  {
    q: 'what should i actually write in my prompt so the assistant stops handing me the naive nested loop solution',
    section: 'prompts',
  },
  {
    q: "Is 'please make it fast and efficient' good enough in a prompt, or does it need to be more specific?",
    section: 'prompts',
  },
  {
    q: 'why ask the model to put a complexity comment above the function? feels like noise to me',
    section: 'prompts',
  },
  {
    q: "told copilot 'make this faster', it rewrote half the file and nothing improved. what should I give it instead",
    section: 'profile-then-fix',
  },
  { q: 'self time vs total time?? which column matters', section: 'profile-then-fix' },
  { q: 'how to get cpu profile of node script and look at it', section: 'profile-then-fix' },
  {
    q: 'The profiled run said my fix made the function much quicker, but timing the whole thing normally barely changed. Which one do I trust?',
    section: 'profile-then-fix',
  },
  {
    q: 'const seen = [];\napp.use((req, res, next) => { seen.push(req); next(); });\n\nadded this for debugging last sprint, now memory climbs all week until the pod gets OOM killed. connected?',
    section: 'memory',
  },
  {
    q: 'got this reading a 5gb log file: `RangeError [ERR_FS_FILE_TOO_LARGE]: File size (5368709120) is greater than 2 GiB` whats the proper way to do it',
    section: 'memory',
  },
  {
    q: 'cache lab: when map.size hits 500 i just call map.clear(). entries retained passes but hit rate fails, dont get it',
    section: 'memory',
  },
  {
    q: 'how can a setInterval callback keep a giant object alive in memory? it only logs the id',
    section: 'memory',
  },
  {
    q: 'heapUsed keeps going up. how do I find out WHICH objects are leaking, not just that it leaks',
    section: 'memory',
  },
  {
    q: 'why time it at 100 and 10k and 1M? isnt the 1M run the only one that matters',
    section: 'benchmark-habit',
  },
  { q: 'benchmark numbers: report the mean or the median?', section: 'benchmark-habit' },
  {
    q: "in the bench sketch there's `keep = fn(input)` and keep is never read afterwards. why is it there?",
    section: 'benchmark-habit',
  },
  {
    q: 'my bench output:\ndedupe: n=10000  3.1 ms per call (median of 7)\ndedupe: n=1000000  29800 ms per call (median of 1)\nwhat does this tell me?',
    section: 'benchmark-habit',
  },
  {
    q: "lab 8 says my budget lets the slow code through. I wrote { size: 50000, maxMs: 5000 }. What's wrong with it?",
    section: 'perf-test-first',
  },
  {
    q: 'timing tests in our CI fail randomly, maybe 1 run in 10, and the team wants to delete them. any way to keep them without the flakiness?',
    section: 'perf-test-first',
  },
  {
    q: "leaderboard lab: maxClass 'O(n log n)' or size + maxMs for the perfBudget, which one should I choose?",
    section: 'perf-test-first',
  },
  {
    q: 'how do i write a test that catches it if someone brings the N+1 back later, without relying on timing',
    section: 'perf-test-first',
  },
  { q: "what mean 'performance budget'? is it about money?", section: 'perf-test-first' },
  {
    q: "the lesson keeps saying you must hand the model a 'signal'. what counts as a signal?",
    section: 'big-idea',
  },
  {
    q: 'useEffect(() => { setItems(load()) }, [items])\nwhy does my component re-render forever',
    section: null,
  },
  { q: 'how do i improve LCP on mobile? hero image is huge', section: null },
  {
    q: "import _ from 'lodash' vs import debounce from 'lodash/debounce', does it matter for bundle size?",
    section: null,
  },
  {
    q: 'EXPLAIN says `Seq Scan on orders  (cost=0.00..18334.00 rows=1000000 width=48)`. what do the cost numbers mean?',
    section: null,
  },
  { q: 'pgbouncer transaction mode vs session mode for a node app?', section: null },
  {
    q: 'postgres log: `ERROR: deadlock detected` when two requests update the same rows. how to avoid it',
    section: null,
  },
  { q: 'should I use a WeakMap instead of an LRU for caching per-object data?', section: null },
  { q: 'redis or memcached for session caching', section: null },
  { q: 'node in a 512MB docker container, what should --max-old-space-size be', section: null },
  {
    q: 'How should I configure the Kubernetes horizontal pod autoscaler, CPU target 50% or 80%?',
    section: null,
  },
  { q: 'k6 load test: how many virtual users do I need to simulate 10k daily users?', section: null },
  { q: 'vitest: how do I fake timers so a setInterval test doesnt actually wait 60 seconds', section: null },
  { q: 'Cursor or Copilot, which one is better at big refactors?', section: null },
  { q: "my AI assistant keeps importing npm packages that don't exist. how do I stop that?", section: null },
  { q: 'python CPU-heavy job: multiprocessing or threads, because of the GIL?', section: null },
  { q: 'would rewriting the hot function in WebAssembly make it faster than plain JS?', section: null },
  { q: 'V8 young generation vs old generation garbage collection, what is the difference?', section: null },
  { q: 'best flour for sourdough bread?', section: null },
  { q: 'how do i renew my passport online', section: null },
  { q: 'who won the 2018 world cup', section: null },
];

/**
 * Blind question set BLIND_Q for the Hotpath lesson tutor
 * ("Performance Bugs in AI-Generated Code").
 *
 * Written by: a helper agent (sub-session), 2026-11-27 14:05 UTC (from `date -u`).
 * Written blind: the author never ran, read or saw output from the tutor, its code, its tests,
 * benchmarks, earlier question sets or any notes about it.
 * Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts,
 *   sections/*.mdx, labs/<lab>/lab.ts (titles, summaries, hints, prose only; no code.ts),
 *   and quiz.ts (grepped for section ids and prompts only, to see which topics exist).
 *
 * 60 questions: 40 in scope (section = id from lesson.ts sections[]), 20 out of scope (section = null).
 * Emphasis: confused or slightly wrong learners, skeptics, and people asking for examples.
 */

const BLIND_P: BlindQuestion[] = [
  // ---- works-on-my-machine (3) ----
  {
    q: 'post-incident here. the dashboard loaded instantly in staging with ~300 orders, then monday 9am it went down AND took checkout with it. how does a read-only dashboard kill checkout??',
    section: 'works-on-my-machine',
  },
  {
    q: "I don't buy it. These models were trained on millions of repos, surely they know the fast way to do things. Why would an AI pick the slow version?",
    section: 'works-on-my-machine',
  },
  {
    q: 'when im reviewing a PR with loops in it is there like one quick question to ask myself to catch slow stuff',
    section: 'works-on-my-machine',
  },

  // ---- six-patterns (11) ----
  {
    q: "isn't async always parallel? my route handler is marked async so a readFileSync inside it shouldn't hold up other requests, right?",
    section: 'six-patterns',
  },
  {
    q: 'const hits = orders.filter(o => blocked.includes(o.customerId))  // ~50k each. anything wrong with this?',
    section: 'six-patterns',
  },
  {
    q: 'Honestly swapping includes for a Set feels like micro-optimisation. Hashing has a cost too. Is the difference actually big enough to care about?',
    section: 'six-patterns',
  },
  {
    q: 'revising for the quiz: a nested loop takes 1 ms on 1000 items. how long on 100,000? and why that number',
    section: 'six-patterns',
  },
  {
    q: 'OFFSET pagination is fine at any table size as long as id is indexed, correct?',
    section: 'six-patterns',
  },
  {
    q: 'can you show me what a cursor based page query actually looks like in SQL? just an example',
    section: 'six-patterns',
  },
  {
    q: 'why is creating a new Intl.NumberFormat inside .map() slow? its just one small object per item',
    section: 'six-patterns',
  },
  {
    q: "In the invoice lab I replaced the formatter with (c / 100).toLocaleString('en-US', {...}) so I'm not calling new anymore. Counter looks fine but it's still slow?",
    section: 'six-patterns',
  },
  {
    q: "our service does SELECT * from orders and then .filter() in node. postgres is fast anyway, so what's actually the harm?",
    section: 'six-patterns',
  },
  {
    q: 'what mean O(n²) exactly? please explain simple, english is not my first language',
    section: 'six-patterns',
  },
  {
    q: 'refund queue lab: I added WHERE lower(status) = ? but rows scanned is still the whole table. what am I missing',
    section: 'six-patterns',
  },

  // ---- n-plus-one (6) ----
  {
    q: 'wat is n+1 query',
    section: 'n-plus-one',
  },
  {
    q: 'I fixed my N+1 by putting all the per-order queries in a Promise.all so they run at the same time. That counts as fixed, yeah?',
    section: 'n-plus-one',
  },
  {
    q: 'django: select_related or prefetch_related, when do I use which',
    section: 'n-plus-one',
  },
  {
    q: 'A query is like 1 ms on our network. Is one query per row really that bad for a table of 10k orders? Sounds like premature optimisation to me.',
    section: 'n-plus-one',
  },
  {
    q: 'after batching the customers with one IN query I match them back with customers.find(c => c.id === o.customer_id) inside orders.map. ok or is there a catch?',
    section: 'n-plus-one',
  },
  {
    q: 'Our Prisma app is big. How can I tell whether a page has this one-query-per-row problem without reading all the code?',
    section: 'n-plus-one',
  },

  // ---- prompts (4) ----
  {
    q: 'what do I write in my prompt so copilot stops giving me nested loops',
    section: 'prompts',
  },
  {
    q: "Isn't it enough to just tell the AI 'make it fast and efficient'? Why would numbers matter to it?",
    section: 'prompts',
  },
  {
    q: 'why ask the model to put its time complexity in a comment above the function? it could just make that up',
    section: 'prompts',
  },
  {
    q: "I'm preparing a class for junior devs. Could you give me an example of a request to an assistant for an API endpoint over a table with tens of millions of rows?",
    section: 'prompts',
  },

  // ---- profile-then-fix (4) ----
  {
    q: 'never profiled a node server before. what tool do i use and how do i start it',
    section: 'profile-then-fix',
  },
  {
    q: "Why bother with a profiler at all? I can paste the slow function into ChatGPT and say 'optimise this'.",
    section: 'profile-then-fix',
  },
  {
    q: 'flame graph: how am I meant to read it, what do the wide bars mean',
    section: 'profile-then-fix',
  },
  {
    q: 'the assistant gave me 5 speedups, i applied them all in one go and the endpoint is faster now. good enough or is there a problem with doing it that way?',
    section: 'profile-then-fix',
  },

  // ---- memory (5) ----
  {
    q: 'more RAM fixes leaks, right? we bumped the container from 2 to 8 GB and the OOM kills stopped',
    section: 'memory',
  },
  {
    q: 'my Map cache just keeps growing. how do i turn it into an LRU? example code pls',
    section: 'memory',
  },
  {
    q: 'heapUsed climbs all day on our node api. how do I find out WHAT is leaking?',
    section: 'memory',
  },
  {
    q: 'fs.readFile on a 5 GB log gives ERR_FS_FILE_TOO_LARGE. bigger machine? or what',
    section: 'memory',
  },
  {
    q: 'setInterval(() => console.log(report.id), 60000) — how can this keep the entire report in memory? I only touch the id',
    section: 'memory',
  },

  // ---- benchmark-habit (3) ----
  {
    q: 'what input sizes should a microbenchmark use for a function like this?',
    section: 'benchmark-habit',
  },
  {
    q: 'Why throw away the first run as a "warm-up"? A number is a number, I would rather keep all of them.',
    section: 'benchmark-habit',
  },
  {
    q: 'timed my dedupe fn: 5 ms at 10k items, about 50 s at 1M. what does that tell me about it',
    section: 'benchmark-habit',
  },

  // ---- perf-test-first (3) ----
  {
    q: "Timing tests in CI are always flaky in my experience. Isn't putting a speed requirement in a test just asking for random red builds?",
    section: 'perf-test-first',
  },
  {
    q: 'how can I write a unit test that fails if somebody reintroduces a query-per-row loop later',
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab — I set perfBudget to { size: 50000, maxMs: 5000 } and the checklist complains even though my fixed code passes. whats wrong with my budget',
    section: 'perf-test-first',
  },

  // ---- big-idea (1) ----
  {
    q: 'you keep saying "give the model a signal". which signals exactly? short list pls',
    section: 'big-idea',
  },

  // ---- out of scope (20): near misses first, then far-off ----
  {
    q: 'How do I read the output of EXPLAIN ANALYZE in Postgres? Which numbers matter?',
    section: null,
  },
  {
    q: 'we get deadlocks under load. would switching the transaction isolation level from serializable to read committed help?',
    section: null,
  },
  {
    q: 'how many connections should my pg pool have on an 8 core box with 4 app instances?',
    section: null,
  },
  {
    q: 'WeakMap vs Map for caching objects — when does the garbage collector actually free a WeakMap entry?',
    section: null,
  },
  {
    q: 'Does adding properties to objects in different orders really slow V8 down? Something about hidden classes and inline caches.',
    section: null,
  },
  {
    q: 'my react component rerenders like 40 times on each keystroke, should I wrap everything in useMemo and useCallback?',
    section: null,
  },
  {
    q: 'scrolling a table of 20k rows in the browser is super laggy. how do I virtualize the list?',
    section: null,
  },
  {
    q: 'Lighthouse says our Largest Contentful Paint is 4.8 s, mostly the hero image. How do I bring it down?',
    section: null,
  },
  {
    q: 'CPU at 90% on our API pods. scale horizontally with more replicas or vertically with bigger nodes? how to set up the autoscaler',
    section: null,
  },
  {
    q: 'what does node --max-old-space-size actually do and what should I set it to in a 4 GB container?',
    section: null,
  },
  {
    q: 'how do I write a k6 load test that simulates 1000 concurrent users hitting checkout?',
    section: null,
  },
  {
    q: 'Is mutation testing worth setting up on a TypeScript codebase, or is line coverage good enough?',
    section: null,
  },
  {
    q: 'the assistant keeps importing npm packages that do not exist. how do i stop it hallucinating dependencies?',
    section: null,
  },
  {
    q: 'Our agent reads the whole repo on every task and the API bill is huge. How can we cut token usage?',
    section: null,
  },
  {
    q: 'would rewriting our image-resizing hot path in WebAssembly beat plain JS, and how big is the gain usually?',
    section: null,
  },
  {
    q: 'brotli or gzip for JSON API responses? which compresses better for the CPU cost',
    section: null,
  },
  {
    q: 'my sourdough starter smells like nail polish remover, is it dead?',
    section: null,
  },
  {
    q: 'How do I file taxes as a freelance developer living in Germany?',
    section: null,
  },
  {
    q: 'bike brakes squeal every time i stop, how to fix',
    section: null,
  },
  {
    q: 'write me a short poem about autumn leaves',
    section: null,
  },
];

/**
 * Blind question set BLIND_R for the lesson tutor (lesson: performance-bugs-in-ai-generated-code).
 * Written by a helper agent on Fri Nov 27 14:06:21 UTC 2026, BLIND: the tutor was never run or read, nor its code, tests,
 * benchmarks, README, git history, or other question sets.
 * Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts, the nine sections/<file>.mdx,
 * labs/<lab>/lab.ts (titles, summaries, hints, prose only), quiz.ts (topics only, via grep of prompts/sectionIds).
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section: null).
 * Emphasis: other-stack voices (Java, Go, Python, Ruby, PHP), production incidents, terse keyword queries.
 */

const BLIND_Q: BlindQuestion[] = [
  {
    q: "In Java land our JUnit fixtures have maybe 5 rows each. copilot code passed all of them and then died on the real customer table. why don't small tests catch this kind of slowness at all?",
    section: 'works-on-my-machine',
  },
  {
    q: 'postmortem draft: report page was instant in staging (~300 fake orders), then monday 9am everybody opened it at once, db pool ran out and checkout timed out too. is this the textbook story of correct-but-slow code?',
    section: 'works-on-my-machine',
  },
  { q: 'one question to ask about every loop in code review?', section: 'works-on-my-machine' },
  {
    q: "Java dev here. In Java I'd never call list.contains() inside a loop, I'd put it in a HashSet first. Is arr.includes() in JS the same trap, and does Set fix it the same way?",
    section: 'six-patterns',
  },
  { q: 'offset vs cursor pagination', section: 'six-patterns' },
  {
    q: 'our admin orders list: page 1 loads instantly, page 800 takes like 9 sec. query is LIMIT 50 OFFSET <big number>. why does deeper = slower??',
    section: 'six-patterns',
  },
  {
    q: 'Coming from PHP where each request gets its own process: why is fs.readFileSync inside one express route such a big deal? it only blocks that one request, no?',
    section: 'six-patterns',
  },
  {
    q: "in go i'd just let the goroutine crunch the numbers inside the handler. in node my async handler runs a heavy hashing loop and every other request freezes meanwhile. where should that work go?",
    section: 'six-patterns',
  },
  {
    q: "prices.map(p => new Intl.NumberFormat('en-US', {style:'currency', currency:'EUR'}).format(p/100)) is super slow on 300k prices, why",
    section: 'six-patterns',
  },
  {
    q: 'My developer says the report pulls the entire orders table into the app and then throws away almost all of it in code. Is that actually a problem, or is it fine since our server is beefy?',
    section: 'six-patterns',
  },
  {
    q: 'revising for quiz: if an n^2 loop takes 1ms on 1k items, how long on 100k? i keep getting this wrong',
    section: 'six-patterns',
  },
  { q: 'is new RegExp inside a .map() bad', section: 'six-patterns' },
  {
    q: 'does users.filter(u => admins.find(a => a.id === u.id)) have the same problem as includes, or is find smarter?',
    section: 'six-patterns',
  },
  { q: 'n+1 fix', section: 'n-plus-one' },
  {
    q: "rails person here. in ActiveRecord I'd just add .includes(:customer). what's the general name for that trick and what SQL does it turn into?",
    section: 'n-plus-one',
  },
  {
    q: "we 'fixed' a slow loop by wrapping all the per-order customer queries in Promise.all and now the db connection pool maxes out even faster. wtf happened",
    section: 'n-plus-one',
  },
  { q: 'sqlalchemy selectinload vs joinedload, which does what', section: 'n-plus-one' },
  {
    q: 'how can i tell if a prisma page has an N+1 without reading through all the code?',
    section: 'n-plus-one',
  },
  {
    q: 'I batch the customer ids into one IN query but there are ~60k ids and the driver errors with too many parameters. what now',
    section: 'n-plus-one',
  },
  {
    q: 'what do i actually write in my prompt so claude stops giving me the toy O(n^2) version',
    section: 'prompts',
  },
  {
    q: "is enough to write 'make it fast and efficient' in the prompt, or the model need something more?",
    section: 'prompts',
  },
  {
    q: 'why bother asking the AI to put a time/memory complexity comment above each function it writes?',
    section: 'prompts',
  },
  {
    q: "If we add a standard 'performance context' block to all our team's prompts, can we stop doing perf checks in review?",
    section: 'prompts',
  },
  {
    q: "i use py-spy on our django workers. what's the node equivalent to get a flame graph from a running server?",
    section: 'profile-then-fix',
  },
  { q: 'flame graph wide bar meaning', section: 'profile-then-fix' },
  {
    q: "when I tell cursor 'make this faster' it rewrites random stuff that barely matters. is there a better way to ask?",
    section: 'profile-then-fix',
  },
  {
    q: "for the quiz: self time vs total time, what's the difference and which one do I sort by?",
    section: 'profile-then-fix',
  },
  {
    q: 'the profiler itself slows everything down, so should I compare my before/after timings with it switched on?',
    section: 'profile-then-fix',
  },
  {
    q: 'Incident: our node service gets OOMKilled every ~3 days, memory just climbs, nothing fails in tests. what are the usual suspects in AI-written code?',
    section: 'memory',
  },
  { q: 'heap snapshot how', section: 'memory' },
  {
    q: "In Java I'd use a LinkedHashMap with removeEldestEntry for an LRU. How do I do the same in plain JS? our Map cache never shrinks",
    section: 'memory',
  },
  {
    q: "readFile on a 3 GB log threw ERR_FS_FILE_TOO_LARGE. in Go I'd use bufio.Scanner, what's the node way?",
    section: 'memory',
  },
  {
    q: 'setInterval(() => console.log(report.id), 60000) - colleague say this keeps the whole report in memory?? it only use the id',
    section: 'memory',
  },
  { q: 'median or mean for benchmark runs', section: 'benchmark-habit' },
  {
    q: "in python i measure peak memory with tracemalloc. what's the node equivalent when benchmarking a function?",
    section: 'benchmark-habit',
  },
  {
    q: 'benchmark-ips in ruby does warmup for me. why run the 100-item size first and then ignore its numbers?',
    section: 'benchmark-habit',
  },
  {
    q: "our test 'handles 10k orders in < 50ms' fails about 1 in 5 CI runs but always passes locally. people want to delete it. how do we keep it without the flakiness?",
    section: 'perf-test-first',
  },
  {
    q: 'django has assertNumQueries. how do I write the same kind of guard in a node/vitest test?',
    section: 'perf-test-first',
  },
  {
    q: 'write the perf test BEFORE the code? how does that even work with an ai assistant',
    section: 'perf-test-first',
  },
  {
    q: "wrapping up my class tomorrow: what's the one-line takeaway, and the short list of things you hand the model so it can care about speed?",
    section: 'big-idea',
  },
  { q: 'explain analyze seq scan vs bitmap heap scan', section: null },
  { q: 'pgbouncer transaction mode vs session mode with prisma, which one?', section: null },
  {
    q: 'two workers updating the same rows sometimes deadlock in postgres. do i fix the lock ordering or retry?',
    section: null,
  },
  {
    q: 'v8 hidden classes: does adding object properties in different orders make my code slower?',
    section: null,
  },
  { q: 'WeakRef and FinalizationRegistry, when should I actually use them?', section: null },
  { q: 'structuredClone vs JSON.parse(JSON.stringify(x)) which is faster for deep copies', section: null },
  {
    q: 'react table with 20k rows is janky when scrolling. should I virtualize it, and with which library?',
    section: null,
  },
  { q: 'LCP is 4s on mobile because of the hero image. preload or fetchpriority=high?', section: null },
  { q: 'k6 ramp up to 500 vus script', section: null },
  { q: 'testcontainers vs pg-mem for db integration tests in CI?', section: null },
  { q: 'kubernetes HPA for a node api: scale on cpu or on requests per second?', section: null },
  { q: 'cursor vs claude code for a big legacy refactor, which one should my team buy?', section: null },
  { q: 'how do I set up an MCP server so my coding agent can query our postgres read-only?', section: null },
  { q: 'Java service with a 32GB heap: G1 or ZGC if we care about pause times?', section: null },
  { q: 'will threading speed up my CPU-bound python loop or will the GIL stop me?', section: null },
  { q: 'go pprof mutex contention profile, how do i read it', section: null },
  { q: 'php-fpm pm.max_children how to size it for a 4GB box', section: null },
  { q: 'my sourdough starter smells like nail polish remover, is it dead?', section: null },
  { q: 'how do I ask for a raise as a junior dev after one year?', section: null },
  { q: "how to say 'thank you very much' in Korean, polite version", section: null },
];

export const BLIND_N_IN_SCOPE = inScope(BLIND_N);
export const BLIND_N_OUT_OF_SCOPE = outOfScope(BLIND_N);
export const BLIND_O_IN_SCOPE = inScope(BLIND_O);
export const BLIND_O_OUT_OF_SCOPE = outOfScope(BLIND_O);
export const BLIND_P_IN_SCOPE = inScope(BLIND_P);
export const BLIND_P_OUT_OF_SCOPE = outOfScope(BLIND_P);
export const BLIND_Q_IN_SCOPE = inScope(BLIND_Q);
export const BLIND_Q_OUT_OF_SCOPE = outOfScope(BLIND_Q);
