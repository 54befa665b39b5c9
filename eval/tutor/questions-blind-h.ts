/**
 * Independent blind sets J and K (40 in-scope + 20 out-of-scope each), written on 2026-11-27 (third
 * session) by two more helpers working apart, each reading only the lesson content (lesson.ts, the section
 * MDX, lab prose, quiz topics) — never the tutor's code, word lists, earlier question sets, BENCHMARKS.md
 * or git history — and never running the tutor. Each author's own header follows (they named their sets K
 * and L). They were written while the third session's fourth round of tutor changes was made without
 * sight of them, and added after it was committed; the first run is the blind figure in BENCHMARKS.md.
 * `section` null = the lesson does not cover it.
 */
import { inScope, outOfScope, type BlindQuestion } from './blind';

/**
 * Blind question set BLIND_K for the "Performance Bugs in AI-Generated Code" lesson tutor.
 *
 * Written by: a helper agent (blind-set author K), 2026-11-27 13:56 UTC (`date -u`: Fri Nov 27 13:56:38 UTC 2026).
 * Written blind: the tutor, its code, its outputs, benchmarks and every other question set were never read or run.
 * Sources read (only these):
 *   - lessons/performance-bugs-in-ai-generated-code/lesson.ts (section ids/titles, key terms, patterns table)
 *   - lessons/performance-bugs-in-ai-generated-code/sections/*.mdx (lesson text)
 *   - lessons/performance-bugs-in-ai-generated-code/labs/<lab>/lab.ts (titles, summaries, hints, prose only; no code.ts)
 *   - lessons/performance-bugs-in-ai-generated-code/quiz.ts (skimmed for topics via grep of prompts/sectionIds)
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section = null).
 * Voices emphasised: self-taught developers, bootcamp students, product engineers on a deadline,
 * quiz revision ("what's the difference between...", "why does...").
 */

const BLIND_J: BlindQuestion[] = [
  // ---------------------------------------------------------------- works-on-my-machine (3)
  {
    q: "our bootcamp instructor keeps saying AI code 'passes tests then dies in prod'. why wouldnt my tests with like 5 rows show the problem??",
    section: 'works-on-my-machine',
  },
  {
    q: "In the lesson's example outage only the orders dashboard was slow, so why did checkout start timing out as well?",
    section: 'works-on-my-machine',
  },
  {
    q: "the 'what happens at a million' trick — what exactly am i meant to check on each loop",
    section: 'works-on-my-machine',
  },

  // ---------------------------------------------------------------- six-patterns (10)
  {
    q: "revising for the quiz: what's the difference between O(n) and O(n²) when I double the input? how much slower does each get",
    section: 'six-patterns',
  },
  {
    q: 'copilot gave me `const hits = signups.filter(s => bannedEmails.includes(s.email))` — about 40k signups and 30k banned. is that ok or gonna hurt? what should it be instead',
    section: 'six-patterns',
  },
  {
    q: 'Why would `WHERE lower(status) = ?` be slower than `WHERE status = ?` when the column already has an index on it?',
    section: 'six-patterns',
  },
  {
    q: 'if a loop-inside-a-loop takes 1 ms for 1000 items, roughly how long for 100000?',
    section: 'six-patterns',
  },
  {
    q: 'I have async function for handle request, but inside I call readFileSync on big file. Why all other requests are waiting? The function is async, no?',
    section: 'six-patterns',
  },
  {
    q: "deadline tomorrow. our refunds export does `SELECT * FROM orders` and then `.filter(o => o.status === 'refund_requested')` in node, PM says page is slow. fastest sensible fix?",
    section: 'six-patterns',
  },
  {
    q: 'why does LIMIT 50 OFFSET 40000 get slower the deeper you go? whats the better way',
    section: 'six-patterns',
  },
  {
    q: "building a shop API for my bootcamp project. when new products get added between requests, users see the same product on two pages in a row. what's causing it and how do i stop it?",
    section: 'six-patterns',
  },
  {
    q: "is creating `new Intl.NumberFormat('en-US', {style:'currency', currency:'EUR'})` inside a .map over every price actually expensive or am i overthinking it",
    section: 'six-patterns',
  },
  {
    q: "what does 'hoisting' mean when you talk about a hot loop? not the var hoisting thing from JS interviews",
    section: 'six-patterns',
  },

  // ---------------------------------------------------------------- n-plus-one (6)
  {
    q: "how many queries does this fire for 10k orders?\nfor (const o of orders) {\n  const [c] = await db.query('select * from customers where id = $1', [o.customer_id])\n}",
    section: 'n-plus-one',
  },
  {
    q: 'why doesnt Promise.all fix the n+1 thing?? it runs them in parallel right',
    section: 'n-plus-one',
  },
  {
    q: "quiz revision: what's the difference between select_related and prefetch_related in Django",
    section: 'n-plus-one',
  },
  {
    q: 'prisma n+1 fix?',
    section: 'n-plus-one',
  },
  {
    q: "While I'm developing locally, how can I spot whether a page is sending one DB query per row? Is there a way to see the count?",
    section: 'n-plus-one',
  },
  {
    q: 'i fixed my n+1 by grabbing all the customer ids and doing one IN query, then `customers.find(c => c.id === o.customer_id)` for each order. reviewer says i just swapped one problem for another?? what did i do',
    section: 'n-plus-one',
  },

  // ---------------------------------------------------------------- prompts (4)
  {
    q: 'what should i actually write in my prompt so claude stops giving me the naive version of stuff',
    section: 'prompts',
  },
  {
    q: "why does adding 'make it fast and efficient' to my request barely change what the AI writes?",
    section: 'prompts',
  },
  {
    q: 'Is there any point asking the model to put the time/memory complexity as a comment on top of the function it writes?',
    section: 'prompts',
  },
  {
    q: "Teacher here. For a class exercise I want a 'good' prompt for an API endpoint over a table with tens of millions of rows. What details should that prompt spell out?",
    section: 'prompts',
  },

  // ---------------------------------------------------------------- profile-then-fix (5)
  {
    q: "told cursor 'make this faster', it rewrote half the file and the endpoint is exactly as slow as before. what am i doing wrong",
    section: 'profile-then-fix',
  },
  {
    q: 'self time vs total time??',
    section: 'profile-then-fix',
  },
  {
    q: "There's a python process already running on our server hogging CPU. Can I see where it spends its time without restarting it?",
    section: 'profile-then-fix',
  },
  {
    q: 'flame graph: do i look at the tall stacks or the wide bars first?',
    section: 'profile-then-fix',
  },
  {
    q: "why shouldnt I trust the profiler's timings to tell me whether my change made things quicker?",
    section: 'profile-then-fix',
  },

  // ---------------------------------------------------------------- memory (5)
  {
    q: "Post-incident: our Node service's memory climbs slowly over a few days, then the container gets OOM-killed. No errors in the logs. How do we track down what's holding on to memory?",
    section: 'memory',
  },
  {
    q: 'We keep `const cache = new Map()` on module level for remember prices by sku. It is a problem? In tests all is working fine.',
    section: 'memory',
  },
  {
    q: 'need to count ERROR lines in a 5gb log in node, readFile blows up with ERR_FS_FILE_TOO_LARGE. how am i supposed to do it',
    section: 'memory',
  },
  {
    q: 'why does my setInterval callback keep the entire report object in memory when it only logs report.id?',
    section: 'memory',
  },
  {
    q: "what's the difference between LRU eviction and just deleting the oldest key you inserted? and can you do LRU with a plain Map",
    section: 'memory',
  },

  // ---------------------------------------------------------------- benchmark-habit (3)
  {
    q: 'why benchmark at 100, 10k and 1M specifically, and why are the 100-item numbers thrown away?',
    section: 'benchmark-habit',
  },
  {
    q: 'median or mean for benchmark timings? why',
    section: 'benchmark-habit',
  },
  {
    q: 'how do I get the peak memory of a node benchmark run? self taught, never did this before',
    section: 'benchmark-habit',
  },

  // ---------------------------------------------------------------- perf-test-first (3)
  {
    q: "my 'under 50ms' test passes on my laptop but fails randomly in CI. how do i keep a speed check without it being flaky",
    section: 'perf-test-first',
  },
  {
    q: 'Instead of timing stuff, can a unit test just assert how many DB queries a function makes? How would that look?',
    section: 'perf-test-first',
  },
  {
    q: 'what is a performance budget, and do you write it before or after the code',
    section: 'perf-test-first',
  },

  // ---------------------------------------------------------------- big-idea (1)
  {
    q: 'I manage the team, not technical. Whats the one-line takeaway of this lesson I should repeat to my devs?',
    section: 'big-idea',
  },

  // ---------------------------------------------------------------- out of scope (20)
  // frontend / web performance
  {
    q: 'how do I improve my LCP score in Lighthouse, the hero image loads late',
    section: null,
  },
  {
    q: 'when should I wrap a component in React.memo or use useMemo to stop re-renders?',
    section: null,
  },
  {
    q: 'our next.js bundle is 2mb, how do i do code splitting / dynamic import to shrink it',
    section: null,
  },
  // databases
  {
    q: "how do you read the output of EXPLAIN ANALYZE in postgres? what's a seq scan vs bitmap heap scan",
    section: null,
  },
  {
    q: 'How big should I set the pgbouncer pool size for 4 app servers?',
    section: null,
  },
  {
    q: 'whats the difference between a GIN index and a btree index, when do i use which',
    section: null,
  },
  {
    q: 'do $1 placeholders actually protect against SQL injection or do I still need to escape input myself?',
    section: null,
  },
  // JavaScript
  {
    q: 'why does a Promise.then callback run before a setTimeout(fn, 0)? microtasks vs macrotasks confuse me',
    section: null,
  },
  {
    q: 'when would I use a WeakMap or WeakRef, and how do they differ from a normal Map for garbage collection?',
    section: null,
  },
  {
    q: 'quicksort worst case big O',
    section: null,
  },
  // infrastructure
  {
    q: 'should we gzip or brotli our JSON API responses, and is that done in nginx or in node?',
    section: null,
  },
  {
    q: 'how do I configure kubernetes horizontal pod autoscaling based on CPU',
    section: null,
  },
  {
    q: 'what is the default heap limit in node and how do i raise it with --max-old-space-size',
    section: null,
  },
  // testing
  {
    q: 'how many virtual users should a k6 load test use to simulate black friday traffic',
    section: null,
  },
  {
    q: 'how do I mock fetch in vitest so my api tests dont hit the network',
    section: null,
  },
  // AI tools
  {
    q: 'Cursor or GitHub Copilot — which one is better for a solo dev on a budget?',
    section: null,
  },
  {
    q: 'our Claude API bill doubled this month, how do we cut token usage / use prompt caching',
    section: null,
  },
  // far from the topic
  {
    q: 'can you help me write a cover letter for a junior developer job',
    section: null,
  },
  {
    q: "any tips for running a sprint retrospective that people don't hate?",
    section: null,
  },
  {
    q: 'm3 macbook air or thinkpad for a coding bootcamp?',
    section: null,
  },
];

/**
 * Blind question set BLIND_L for the lesson tutor ("Performance Bugs in AI-Generated Code").
 *
 * Written by: a helper agent, 2026-11-27 ~13:56 UTC (`date -u`: Fri Nov 27 13:55:56 UTC 2026).
 * Written blind: the author never ran, read or saw the tutor, its code, its outputs or any earlier
 * question set. Nothing under lib/, components/, scripts/, e2e/ or other /tmp/hp folders was read.
 *
 * Sources read (only these):
 *   - lessons/performance-bugs-in-ai-generated-code/lesson.ts (section ids/titles, key terms)
 *   - lessons/performance-bugs-in-ai-generated-code/sections/01..09 *.mdx (lesson text)
 *   - lessons/performance-bugs-in-ai-generated-code/labs/0x-name/lab.ts (prose: titles, summaries, hints)
 *   - lessons/performance-bugs-in-ai-generated-code/quiz.ts (section ids of the questions, to see topics)
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section: null).
 * Voices emphasised: senior engineers mentoring juniors, SREs/on-call, QA/test engineers, tech leads
 * drafting review comments; plus students, a teacher, managers, non-native speakers, pasted code.
 */

const BLIND_K: BlindQuestion[] = [
  // ---------------- works-on-my-machine (3) ----------------
  {
    q: 'Non-technical manager here. The feature sailed through code review and every test was green, then it fell over the first morning real users hit it. How does working code end up that slow?',
    section: 'works-on-my-machine',
  },
  {
    q: 'our seeded test db has maybe 5 rows per table. is that why AI-written code looks fine in CI and then chokes in prod?',
    section: 'works-on-my-machine',
  },
  {
    q: 'Mentoring a junior who reviews AI pull requests. Is there one simple habit for eyeballing loops over data that catches most of the slow stuff?',
    section: 'works-on-my-machine',
  },

  // ---------------- six-patterns (10, incl. lab prose for quadratic-lookup, blocking-in-async, filter-at-source, pagination, hot-loop-allocation) ----------------
  {
    q: 'Drafting a review comment on this: `const active = users.filter(u => bannedIds.includes(u.id))` where bannedIds is ~40k long. What do I suggest instead, and how do I explain the cost to the author?',
    section: 'six-patterns',
  },
  {
    q: 'revising for the quiz: a nested loop thing takes 1 ms for 1,000 items. roughly how long for 100,000? i keep messing up the squaring',
    section: 'six-patterns',
  },
  {
    q: 'On-call, 2am: p99 went up on every endpoint of our Node API, not just one. The culprit looks like a single route doing fs.readFileSync on a big export file. Why would one route freeze all the others?',
    section: 'six-patterns',
  },
  {
    q: 'what mean "event loop" in node? why when one function is busy the other requests must wait, I thought async is parallel',
    section: 'six-patterns',
  },
  {
    q: 'Support tickets say the admin list is instant on page 1 but takes seconds around page 900. We page with LIMIT/OFFSET. Why does depth matter, and what should we switch to?',
    section: 'six-patterns',
  },
  {
    q: "prices.map(c => new Intl.NumberFormat('en-US', {style:'currency', currency:'EUR'}).format(c/100)) -- is this actually a problem on 200k prices?",
    section: 'six-patterns',
  },
  {
    q: 'my lead rejected my PR because I do SELECT * on orders and then .filter() in JS to keep the refund ones. the result is identical?? why does it matter where the filtering happens',
    section: 'six-patterns',
  },
  {
    q: "I teach an intro JavaScript class. I'd like a five-minute live demo in the browser console showing why checking membership in an array gets slow while a Set doesn't. What would I run, and what should students notice when n doubles?",
    section: 'six-patterns',
  },
  {
    q: 'the blocking lab confuses me. serveAll already does Promise.all but the counter says zero reads in flight. what is loadProfileSync doing that kills the overlap?',
    section: 'six-patterns',
  },
  {
    q: 'Besides includes(), which array methods nested inside filter/map/for should I flag in code review as a quadratic smell?',
    section: 'six-patterns',
  },

  // ---------------- n-plus-one (7, incl. lab prose) ----------------
  {
    q: "```for (const o of orders) { const [c] = await db.query('SELECT name FROM customers WHERE id = $1', [o.customer_id]) }``` how many db calls is that with 10k orders, and how do i collapse it",
    section: 'n-plus-one',
  },
  {
    q: "can't I just throw all the per-row customer lookups into Promise.all so they run at the same time? that fixes the n+1 right",
    section: 'n-plus-one',
  },
  {
    q: 'django: select_related or prefetch_related, when do I use which?',
    section: 'n-plus-one',
  },
  {
    q: 'Post-incident: I suspect our orders page fires one query per row. How do I confirm that quickly without reading through all the code?',
    section: 'n-plus-one',
  },
  {
    q: 'Review question: the fix batches the customer ids into one IN query, then uses customers.find() inside orders.map() to stitch the results back together. Good to approve?',
    section: 'n-plus-one',
  },
  {
    q: 'what happens if my IN (...) list ends up with like 80 thousand ids in it',
    section: 'n-plus-one',
  },
  {
    q: 'n+1 lab - after I switched to a JOIN, the users that have no team vanished from the output. hint pls',
    section: 'n-plus-one',
  },

  // ---------------- prompts (3) ----------------
  {
    q: "When my juniors ask Copilot to 'find duplicate users' they get toy-sized code back. What should I teach them to add to the request so the answer is built for real volumes?",
    section: 'prompts',
  },
  {
    q: 'does adding "make it efficient" to a prompt do anything',
    section: 'prompts',
  },
  {
    q: 'Thinking of making it team policy that every AI-generated function carries a one-line complexity comment on top. Worth it, or just noise?',
    section: 'prompts',
  },

  // ---------------- profile-then-fix (4) ----------------
  {
    q: 'Got a flame graph out of clinic for our node server during the slowdown. How do I read it, which bars actually matter?',
    section: 'profile-then-fix',
  },
  {
    q: 'self time vs total time in a profiler - difference?',
    section: 'profile-then-fix',
  },
  {
    q: 'python worker is pegging the CPU in prod right now. can I profile it without restarting the process?',
    section: 'profile-then-fix',
  },
  {
    q: "I pasted a 300-line function into the chat and said 'make this faster'. It rewrote a bunch of stuff and the timing barely moved. What should I be giving it instead?",
    section: 'profile-then-fix',
  },

  // ---------------- memory (5, incl. lab prose) ----------------
  {
    q: "Our Node service gets OOM-killed every few days. Memory climbs slowly, nothing in the error logs. How do I actually find what's leaking?",
    section: 'memory',
  },
  {
    q: '```const cache = new Map(); export function getUser(id){ if(!cache.has(id)) cache.set(id, loadUser(id)); return cache.get(id) }``` anything wrong with this in a server that stays up for weeks?',
    section: 'memory',
  },
  {
    q: 'getting ERR_FS_FILE_TOO_LARGE when i try to count lines in a 6GB log with readFile. whats the right way',
    section: 'memory',
  },
  {
    q: 'my setInterval callback only print report.id, but heap snapshot show the whole report object still alive. why is that happen and how to fix?',
    section: 'memory',
  },
  {
    q: 'price cache lab: I added eviction but the hit rate fell to about 15%. I just clear the whole map once it hits the limit, is that wrong?',
    section: 'memory',
  },

  // ---------------- benchmark-habit (3) ----------------
  {
    q: 'QA here, setting up microbenchmarks for AI-generated utility functions. Which input sizes should we time, and why would we throw away the numbers for the smallest one?',
    section: 'benchmark-habit',
  },
  {
    q: 'how do i get the peak memory of a function run in node for a benchmark report',
    section: 'benchmark-habit',
  },
  {
    q: 'my benchmark says 10k items = 4 ms and 1M items = 45 seconds. is that linear or quadratic, how do you tell from two numbers like that?',
    section: 'benchmark-habit',
  },

  // ---------------- perf-test-first (4, incl. lab prose) ----------------
  {
    q: "Our CI perf assertions ('must finish under 50ms') fail randomly, maybe 1 run in 10, and people have started ignoring them. How do we keep speed checks without the flakiness?",
    section: 'perf-test-first',
  },
  {
    q: 'After fixing an N+1 I want a test that stops anyone bringing it back. Timing feels unreliable on our runners. Is there a deterministic option?',
    section: 'perf-test-first',
  },
  {
    q: 'perf budget meaning?',
    section: 'perf-test-first',
  },
  {
    q: "in the write-the-test-first lab the checklist says my budget 'protects nothing'. what is it expecting from me?",
    section: 'perf-test-first',
  },

  // ---------------- big-idea (1) ----------------
  {
    q: "If I could give my team one takeaway from this whole lesson, what's the core idea? Like, why can't the AI just notice on its own that its code is slow?",
    section: 'big-idea',
  },

  // ---------------- out of scope (20): near misses first, then a few far ones ----------------
  {
    q: 'postgres EXPLAIN ANALYZE shows a Seq Scan on orders with actual time 1200ms. how do I read the rest of the plan?',
    section: null,
  },
  {
    q: 'Should pgbouncer run in transaction or session pooling mode in front of Prisma?',
    section: null,
  },
  {
    q: 'redis hit maxmemory last night. allkeys-lru or volatile-ttl, which eviction policy should we set?',
    section: null,
  },
  {
    q: 'How do I set Cache-Control with stale-while-revalidate on our CDN for the product API responses?',
    section: null,
  },
  {
    q: 'react table with 5k rows stutters when scrolling. should i use react-window or some other virtualization lib?',
    section: null,
  },
  {
    q: 'lighthouse says LCP is 4.5s on mobile. quickest wins?',
    section: null,
  },
  {
    q: "A junior asked me how V8's generational garbage collector works: young vs old generation, scavenges, when objects get promoted. Can you explain it so I can pass it on?",
    section: null,
  },
  {
    q: 'How do I write a k6 script that ramps up to 500 virtual users over 5 minutes and then holds?',
    section: null,
  },
  {
    q: 'our playwright e2e tests are flaky on button clicks. turn on retries or fix the locators, what do you recommend?',
    section: null,
  },
  {
    q: 'How do we set up multi-window burn-rate alerts for a 99.9% latency SLO?',
    section: null,
  },
  {
    q: 'python: threading or multiprocessing for CPU-bound image processing, given the GIL?',
    section: null,
  },
  {
    q: 'What does Cursor cost per seat compared with Copilot Business for a team of 20?',
    section: null,
  },
  {
    q: 'How do I configure Claude Code so it can run our test suite but never git push?',
    section: null,
  },
  {
    q: 'HPA cpu or memory?',
    section: null,
  },
  {
    q: 'Composite index on (status, created_at) vs (created_at, status): which column should go first, and why?',
    section: null,
  },
  {
    q: 'importing lodash bloats our bundle. how do i get tree shaking to actually work with webpack',
    section: null,
  },
  {
    q: 'Would rewriting our image resizing in WebAssembly be faster than plain JS?',
    section: null,
  },
  {
    q: 'best hydration percentage for a beginner sourdough loaf?',
    section: null,
  },
  {
    q: "Any tips for writing a performance review for a junior engineer who's struggling?",
    section: null,
  },
  {
    q: 'git rebase vs merge for feature branches, which should our team standardise on?',
    section: null,
  },
];

export const BLIND_J_IN_SCOPE = inScope(BLIND_J);
export const BLIND_J_OUT_OF_SCOPE = outOfScope(BLIND_J);
export const BLIND_K_IN_SCOPE = inScope(BLIND_K);
export const BLIND_K_OUT_OF_SCOPE = outOfScope(BLIND_K);
