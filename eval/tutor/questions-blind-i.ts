/**
 * Independent blind sets L and M (40 in-scope + 20 out-of-scope each), written on 2026-11-27 (third
 * session) by two more helpers working apart, each reading only the lesson content (lesson.ts, the section
 * MDX, lab prose, quiz topics) — never the tutor's code, word lists, earlier question sets, BENCHMARKS.md
 * or git history — and never running the tutor. Each author's own header follows (they named their sets M
 * and N). They were written while the third session's fifth round of tutor changes was made without sight
 * of them, and added after it was committed; the first run is the blind figure in BENCHMARKS.md.
 * `section` null = the lesson does not cover it.
 */
import { inScope, outOfScope, type BlindQuestion } from './blind';

/**
 * Blind question set BLIND_M for the "Performance Bugs in AI-Generated Code" lesson tutor.
 *
 * Written by: a helper agent (blind-set writer "m").
 * Written at: Fri Nov 27 14:00:12 UTC 2026 (date -u at start of writing).
 * Written blind: the author never saw, ran or read the tutor, its code, its tests, its benchmarks,
 * earlier question sets or any tutor output.
 *
 * Sources read (only these):
 *   - lessons/performance-bugs-in-ai-generated-code/lesson.ts (section ids/titles, key terms)
 *   - lessons/performance-bugs-in-ai-generated-code/sections/*.mdx (lesson text, all nine sections)
 *   - lessons/performance-bugs-in-ai-generated-code/labs/<lab>/lab.ts prose only (titles, summaries, hints, prose)
 *   - lessons/performance-bugs-in-ai-generated-code/quiz.ts (only grepped for the sectionIds/prompts it covers)
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section = null).
 * Voices emphasised: mobile and frontend developers, data scientists who write some JavaScript,
 * open-source maintainers reviewing contributions, and people asking in a hurry with little context.
 */

const BLIND_L: BlindQuestion[] = [
  // ---------------------------------------------------------------- works-on-my-machine (3)
  {
    q: "Manager here. The contractor's AI-written module passed every test and QA signed off, then it fell over in the first week live. How can tests be green and the thing still be that slow?",
    section: 'works-on-my-machine',
  },
  {
    q: 'whats the "what if it was a million" trick for reviewing loops',
    section: 'works-on-my-machine',
  },
  {
    q: 'writing a postmortem. staging had a few hundred seeded orders and the dashboard was instant, monday 9am everyone opens it, db pool runs out and checkout starts timing out too. isnt there an example just like this in the course? what did they say went wrong',
    section: 'works-on-my-machine',
  },

  // ---------------------------------------------------------------- six-patterns (12)
  {
    q: 'Teaching this next week. Can you give me the six slow patterns as a short list, each with its usual fix, so I can put it on one slide?',
    section: 'six-patterns',
  },
  {
    q: 'revising for the quiz: a loop that is O(n^2) takes 1 ms at 1,000 items. roughly how long at 100,000?',
    section: 'six-patterns',
  },
  {
    q: 'const active = users.filter(u => bannedIds.includes(u.id))  // bannedIds ~40k entries. page freezes for seconds, why??',
    section: 'six-patterns',
  },
  {
    q: "I'm a frontend dev and honestly not sure Set.has is faster than includes or if that's just a Twitter myth. Is there a quick way to check it myself in the browser devtools console?",
    section: 'six-patterns',
  },
  {
    q: 'My boss keep saying "this is O(n squared)". What is big O in simple words, and why we ignore the constant?',
    section: 'six-patterns',
  },
  {
    q: 'In my express route I use fs.readFileSync for one big json file. When many users come at same moment, all requests become slow, not only this one. Why the others must wait? My function is already async.',
    section: 'six-patterns',
  },
  {
    q: "blocking lab: serveAll already does Promise.all but 'most reads in flight' stays 0 and it's still ~1ms per request. handler calls loadProfileSync. what am i missing",
    section: 'six-patterns',
  },
  {
    q: "Data person here, I mostly write pandas but now I have a small Node script. I do SELECT * FROM events and then rows.filter(r => r.country === 'DE'). A colleague said that's bad practice, but the output is identical. What's actually wrong with it?",
    section: 'six-patterns',
  },
  {
    q: 'refund queue lab - I added a WHERE with lower(status) = ? and rows fetched dropped but rows scanned is still the entire table. why',
    section: 'six-patterns',
  },
  {
    q: 'Reviewing a PR on my open-source project: the contributor added /api/export that returns every record as a single JSON array, around 50k rows today. What should I ask them to change before I merge?',
    section: 'six-patterns',
  },
  {
    q: 'Mobile dev. Our feed uses LIMIT/OFFSET from the backend and users sometimes see the same post twice while scrolling if new posts arrive meanwhile. Also later pages load slower. Is there a better way to page through it?',
    section: 'six-patterns',
  },
  {
    q: "we build new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }) inside .map() for every invoice line. is that actually costly or premature optimisation",
    section: 'six-patterns',
  },

  // ---------------------------------------------------------------- n-plus-one (6)
  {
    q: 'n+1 query meaning',
    section: 'n-plus-one',
  },
  {
    q: "reviewer flagged this:\nfor (const o of orders) { const [c] = await db.query('select name from customers where id=$1', [o.customer_id]); ... }\nwhat should it look like instead?",
    section: 'n-plus-one',
  },
  {
    q: 'django: my template loops over orders and shows order.customer.name, debug toolbar shows hundreds of queries. how do I get it down to one or two',
    section: 'n-plus-one',
  },
  {
    q: 'What if I just fire all those per-row queries at once with Promise.all? That fixes the N+1, right? Seems simpler than rewriting the SQL.',
    section: 'n-plus-one',
  },
  {
    q: 'Maintainer of a small Prisma-based project. Before merging a contributor change, how can I check whether it quietly sends one query per row? Is there a log I can switch on?',
    section: 'n-plus-one',
  },
  {
    q: 'batching customer ids into one IN (...) query but sometimes there are 80k ids. Is there some limit I should worry about?',
    section: 'n-plus-one',
  },

  // ---------------------------------------------------------------- prompts (3)
  {
    q: 'What info should I put in my prompt to Copilot/Claude so it stops giving me the naive tutorial version of a function? Like concretely what to write.',
    section: 'prompts',
  },
  {
    q: "For a workshop: why doesn't writing 'make it fast and efficient' in the prompt change much, and what should students write instead?",
    section: 'prompts',
  },
  {
    q: 'Why should I ask the model to write the time complexity in a comment over the function? It can be wrong anyway, no?',
    section: 'prompts',
  },

  // ---------------------------------------------------------------- profile-then-fix (4)
  {
    q: 'how read flame graph',
    section: 'profile-then-fix',
  },
  {
    q: "Mostly a Python/notebook person. My script is slow and I want to see which functions eat the time. What's built in, and can I attach to a process that's already running?",
    section: 'profile-then-fix',
  },
  {
    q: 'I told Claude "speed up this file" and it refactored half of it and nothing got faster. What is a better way to work with it on this?',
    section: 'profile-then-fix',
  },
  {
    q: 'node cpu profile: which flag, and what do I open the output file in? also what is self time vs total time',
    section: 'profile-then-fix',
  },

  // ---------------------------------------------------------------- memory (5)
  {
    q: 'Just got paged: our Node service memory goes up all week until the container is OOM-killed, restarts fix it for a few days. How do I actually find what is leaking?',
    section: 'memory',
  },
  {
    q: 'const cache = new Map();\nfunction getUser(id) { if (!cache.has(id)) cache.set(id, load(id)); return cache.get(id); }\nok for prod?',
    section: 'memory',
  },
  {
    q: 'trying to count error lines in a 6 GB log with node, readFile throws ERR_FS_FILE_TOO_LARGE. how am i supposed to do this',
    section: 'memory',
  },
  {
    q: 'My setInterval callback only uses report.id, yet the heap snapshot shows the whole huge report object still alive. Why would a tiny closure keep all of it?',
    section: 'memory',
  },
  {
    q: "A PR I'm reviewing pushes every incoming request object into a module-level array 'for debugging'. Harmless, or should I block it? What would be a safer way to keep recent requests around?",
    section: 'memory',
  },

  // ---------------------------------------------------------------- benchmark-habit (3)
  {
    q: 'why do people benchmark at 100, 10k and 1M exactly? and why throw away the 100 result',
    section: 'benchmark-habit',
  },
  {
    q: 'When timing a JS function over several runs, should I report the mean or the median? And how do I get peak memory in Node?',
    section: 'benchmark-habit',
  },
  {
    q: 'my function: 10k items -> 3 ms, 1M items -> about 30 s. what does that jump tell me about it?',
    section: 'benchmark-habit',
  },

  // ---------------------------------------------------------------- perf-test-first (3)
  {
    q: 'Our "under 50ms" perf test fails randomly on CI maybe one run in five. Should we just delete it?',
    section: 'perf-test-first',
  },
  {
    q: 'I want a test in our repo that fails if anyone brings back an N+1, but timings on GitHub Actions runners are all over the place. Is there a deterministic way?',
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab: the perfBudget I wrote also passes the slow starter code. is that fine or did I do it wrong',
    section: 'perf-test-first',
  },

  // ---------------------------------------------------------------- big-idea (1)
  {
    q: 'tl;dr of this whole lesson in one line pls',
    section: 'big-idea',
  },

  // ---------------------------------------------------------------- out of scope (20)
  // near misses: performance / databases / JS / frontend / mobile / infra / testing / AI tools
  {
    q: 'React Native FlatList with ~2000 rows janks badly on older Android phones when scrolling. Which props help (windowSize, getItemLayout...)?',
    section: null,
  },
  {
    q: 'is forEach slower than a plain for loop in V8? should i rewrite all my loops',
    section: null,
  },
  {
    q: 'How do I read Postgres EXPLAIN ANALYZE output? What do the cost numbers and "Seq Scan" vs "Bitmap Heap Scan" mean?',
    section: null,
  },
  {
    q: 'What max pool size should I set for node-postgres if I run 6 pods against one Postgres with max_connections = 100?',
    section: null,
  },
  {
    q: 'pandas: is df.apply with a lambda really that much slower than vectorised numpy ops? when is apply ok',
    section: null,
  },
  {
    q: 'Android/Kotlin: should disk reads go on Dispatchers.IO or Dispatchers.Default, and what is the difference?',
    section: null,
  },
  {
    q: 'Our Playwright e2e tests fail randomly waiting for a selector after a page transition animation. How do I make them stable without adding sleeps?',
    section: null,
  },
  {
    q: 'debounce vs throttle for a scroll handler, which one and why',
    section: null,
  },
  {
    q: "Lighthouse says our LCP is 4.1 s because of the hero image. What's the usual fix: preload, fetchpriority, a smaller format?",
    section: null,
  },
  {
    q: 'How should I configure a Kubernetes HorizontalPodAutoscaler target CPU for a Node API that is mostly I/O bound?',
    section: null,
  },
  {
    q: "What does Cache-Control: stale-while-revalidate do exactly, and does Vercel's CDN respect it?",
    section: null,
  },
  {
    q: 'How big a file can I paste into Claude or ChatGPT before it runs out of context window? Our service file is about 4,000 lines.',
    section: null,
  },
  {
    q: 'vitest: how do I mock global fetch in one test without it leaking into the others?',
    section: null,
  },
  {
    q: 'iOS app gets killed in the background for memory. How do I use Xcode Instruments (Allocations / Leaks) to find what is growing?',
    section: null,
  },
  // far from the topic
  {
    q: 'Maintaining a small npm library: MIT or Apache-2.0, and what changes for people who depend on it?',
    section: null,
  },
  {
    q: 'how to squash a contributors commits into one when merging their PR on github',
    section: null,
  },
  {
    q: 'Does GitHub Copilot use the code in my private repos to train its models? Where is the setting to turn that off?',
    section: null,
  },
  {
    q: 'why 0.1 + 0.2 !== 0.3 in javascript',
    section: null,
  },
  {
    q: "With date-fns, how do I show a UTC timestamp in the user's local time zone, including the DST change?",
    section: null,
  },
  {
    q: 'Any recommendation for a standing desk under 500 euros? My back hurts from all the coding.',
    section: null,
  },
];

/**
 * Blind question set BLIND_N for the Hotpath lesson tutor
 * ("Performance Bugs in AI-Generated Code").
 *
 * Written by: a helper agent (set "n"), Fri Nov 27 14:00 UTC 2026 (`date -u`).
 * Written blind: the author never ran, read or saw the tutor, its code, its tests or its earlier results.
 * Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts, sections/*.mdx,
 * labs/0x-slug/lab.ts (prose only: titles, summaries, hints, why/see/fix/contract), and quiz.ts (prompts only, for topics).
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id of the best-answering section), 20 out of scope (null).
 * Voices lean towards: software-engineering course students, a TA grading lab work, interview-prep learners,
 * and engineers who describe their own system before asking.
 */

const BLIND_M: BlindQuestion[] = [
  // ---- works-on-my-machine (3) ----
  {
    q: 'In the Monday dashboard example, why did checkout start timing out? The dashboard is a totally separate page from checkout.',
    section: 'works-on-my-machine',
  },
  {
    q: 'all our jest tests pass with 10 sample rows. why wouldnt they catch a function thats O(n^2)',
    section: 'works-on-my-machine',
  },
  {
    q: 'quick heuristic for reviewing AI loops? like one question to ask about each loop',
    section: 'works-on-my-machine',
  },

  // ---- six-patterns (10) ----
  {
    q: "`const result = users.filter(u => bannedIds.includes(u.id))` my TA wrote 'quadratic' next to this in code review. it's one line, how is it quadratic?",
    section: 'six-patterns',
  },
  {
    q: "interview prep: if a nested-loop algo handles 1k items in 1ms, what's a rough estimate for 100k items? want to get quick at these",
    section: 'six-patterns',
  },
  {
    q: "We run a Fastify API at ~400 req/s. One route does a synchronous CPU-heavy transform that takes ~300 ms, and whenever it's hit our health checks fail and unrelated routes slow down. Why would one route affect the others, and what should we do?",
    section: 'six-patterns',
  },
  {
    q: 'is SELECT * then .filter() in js actually that bad? table is only ~50k rows and postgres is fast',
    section: 'six-patterns',
  },
  {
    q: 'why is page 800 of our admin table so slow when page 1 is instant?? LIMIT 50 OFFSET ...',
    section: 'six-patterns',
  },
  {
    q: 'In my invoice code I am create new Intl.NumberFormat for each price inside the map. Output is correct. Is this a problem for speed?',
    section: 'six-patterns',
  },
  {
    q: "TA here, grading the product catalogue lab. A student returns 50 items per request using LIMIT/OFFSET but fails the check where products get added between requests. How do I explain what's wrong?",
    section: 'six-patterns',
  },
  {
    q: "grading the refund queue lab: one submission has WHERE lower(status) = ? and rows scanned is still the entire table. why doesn't the filter help?",
    section: 'six-patterns',
  },
  {
    q: 'lab 3 — serveAll already does Promise.all but the burst still takes ~1ms per request and max in flight is 0. what am i missing',
    section: 'six-patterns',
  },
  {
    q: "revising for the quiz: which array methods should I be suspicious of when they're nested inside filter or map?",
    section: 'six-patterns',
  },

  // ---- n-plus-one (6) ----
  {
    q: "Our Django app has an order list page; each row prints order.customer.name. Debug toolbar shows ~2,000 SQL queries per page load against Postgres. What's the idiomatic way to fix this in the ORM?",
    section: 'n-plus-one',
  },
  {
    q: 'n+1 promise.all fix?',
    section: 'n-plus-one',
  },
  {
    q: 'for our SE course project we use prisma. how do i get every order together with its customer without a query for each order?',
    section: 'n-plus-one',
  },
  {
    q: 'I batched my lookups into one IN query but sometimes there are like 60k ids. is that going to be a problem?',
    section: 'n-plus-one',
  },
  {
    q: 'Preparing for a backend interview. How would I explain N+1 with real numbers, e.g. how many queries at 10k rows and roughly how much time the round trips add?',
    section: 'n-plus-one',
  },
  {
    q: "Grading the users/teams lab: a student's inner JOIN version sends just 1 query but fails correctness for a few users. What did they miss?",
    section: 'n-plus-one',
  },

  // ---- prompts (4) ----
  {
    q: "what should I actually write in the prompt so the assistant doesn't give me a nested loop when I need to dedupe ~2M customer records?",
    section: 'prompts',
  },
  {
    q: "does adding 'make it fast and efficient' to my prompt do anything",
    section: 'prompts',
  },
  {
    q: "why would you ask the model to add a complexity comment above the function? my teammate thinks it's just noise",
    section: 'prompts',
  },
  {
    q: "I'm about to ask Claude Code to add a list endpoint over our events table — roughly 40M rows and growing, Postgres. What details about paging and indexing should go into the request itself?",
    section: 'prompts',
  },

  // ---- profile-then-fix (4) ----
  {
    q: "i told the AI 'optimize this file' and it rewrote some parsing code that barely runs. how do i get it to go after the part that's actually slow",
    section: 'profile-then-fix',
  },
  {
    q: 'flame graph: what does a wide bar with nothing stacked on it mean?',
    section: 'profile-then-fix',
  },
  {
    q: "Python Celery worker stuck at 100% CPU on one long task, and I can't restart it without losing work. How can I see where it's spending time right now?",
    section: 'profile-then-fix',
  },
  {
    q: 'Is it ok to use the timings from the profiler to decide whether my optimisation helped?',
    section: 'profile-then-fix',
  },

  // ---- memory (5) ----
  {
    q: "Our Node service's RSS climbs ~200 MB a day and a restart 'fixes' it. The only suspect I have is a module-level Map we use to memoise user lookups by user id. Could that be the culprit, and what should it look like instead?",
    section: 'memory',
  },
  {
    q: 'ERR_FS_FILE_TOO_LARGE when reading a 5gb log in node, how should i be reading it?',
    section: 'memory',
  },
  {
    q: 'how do i actually find which objects are leaking? i can see heap going up but no idea what',
    section: 'memory',
  },
  {
    q: 'if a setInterval callback only logs report.id, does the whole report object stay in memory?',
    section: 'memory',
  },
  {
    q: 'TA grading the price cache lab: a student empties the whole cache once it reaches 500 entries. Entries retained passes but hit rate fails. What should I tell them?',
    section: 'memory',
  },

  // ---- benchmark-habit (3) ----
  {
    q: 'my benchmark: 10k items took 3ms, 1M items took about 30 seconds. what does that ratio tell me about the function?',
    section: 'benchmark-habit',
  },
  {
    q: 'how do I get peak memory per input size when benchmarking a function in node?',
    section: 'benchmark-habit',
  },
  {
    q: 'why should the test input be generated before starting the timer in a benchmark? does it matter much',
    section: 'benchmark-habit',
  },

  // ---- perf-test-first (4) ----
  {
    q: 'our perf test asserts < 50ms and it fails randomly on CI like 1 in 5 runs. how do we keep the check without it being flaky?',
    section: 'perf-test-first',
  },
  {
    q: 'how can i write a test that fails if someone reintroduces an N+1 later',
    section: 'perf-test-first',
  },
  {
    q: 'Grading lab 8: a student set perfBudget to { size: 50000, maxMs: 5000 } and the slow starter passes it. Is that acceptable?',
    section: 'perf-test-first',
  },
  {
    q: 'Engineering manager here. Can we make speed part of the acceptance criteria so slow AI-generated code fails automatically before merge? What does that look like in practice?',
    section: 'perf-test-first',
  },

  // ---- big-idea (1) ----
  {
    q: "I'm teaching this lesson to second-years on Thursday. If they remember only one sentence from the whole thing, what should it be and why?",
    section: 'big-idea',
  },

  // ---- out of scope (20) ----
  {
    q: "how big should the pg Pool max be for a node api on 4 cores? we keep seeing 'timeout acquiring connection'",
    section: null,
  },
  {
    q: 'B-tree vs GIN index in Postgres — when does GIN make sense?',
    section: null,
  },
  {
    q: "how do i read EXPLAIN ANALYZE output, what's the difference between actual time and cost",
    section: null,
  },
  {
    q: 'React.memo on list items — will it stop every row re-rendering on each keystroke in the search box?',
    section: null,
  },
  {
    q: 'Lighthouse says LCP is 4.2 s on mobile. What are the usual culprits?',
    section: null,
  },
  {
    q: 'is WeakMap the right way to attach metadata to DOM nodes without leaking memory?',
    section: null,
  },
  {
    q: 'why does my Promise.then callback run before a setTimeout(fn, 0) even though the timeout was scheduled first?',
    section: null,
  },
  {
    q: 'Kubernetes HPA: can I scale pods on p95 latency instead of CPU? how',
    section: null,
  },
  {
    q: 'cache-control for hashed static assets: immutable vs long max-age, which one?',
    section: null,
  },
  {
    q: 'quicksort worst case?',
    section: null,
  },
  {
    q: 'is mutation testing (Stryker) worth setting up for a mid-size TypeScript codebase?',
    section: null,
  },
  {
    q: "how do I freeze the current date in Jest so tests don't break around midnight?",
    section: null,
  },
  {
    q: 'Our team can only expense one tool — Cursor or Copilot, which is cheaper per seat and which is better for a monorepo?',
    section: null,
  },
  {
    q: 'we pass customer emails into an LLM to summarise them. how do we defend against prompt injection?',
    section: null,
  },
  {
    q: 'Python GIL: will using threads speed up my CPU-bound number crunching?',
    section: null,
  },
  {
    q: 'how to detect goroutine leaks in a Go service',
    section: null,
  },
  {
    q: 'SE course group project: our scrum master disappeared and nobody runs the standups. how should we split the sprint work fairly?',
    section: null,
  },
  {
    q: 'best way to get red wine out of a wool carpet',
    section: null,
  },
  {
    q: 'explain the rules of cricket in a few lines',
    section: null,
  },
  {
    q: "How do I set up MySQL read replicas so reporting queries don't hit the primary, and how do I handle replication lag in the app?",
    section: null,
  },
];

export const BLIND_L_IN_SCOPE = inScope(BLIND_L);
export const BLIND_L_OUT_OF_SCOPE = outOfScope(BLIND_L);
export const BLIND_M_IN_SCOPE = inScope(BLIND_M);
export const BLIND_M_OUT_OF_SCOPE = outOfScope(BLIND_M);
