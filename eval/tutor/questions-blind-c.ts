/**
 * Independent blind sets A and B (40 in-scope + 15 out-of-scope each), written on 2026-11-27 by a helper
 * that read only the lesson content — never the tutor's code, word lists, earlier question sets or
 * BENCHMARKS.md — and never ran the tutor (see its note in the commit that added this file). Added to the
 * bench after all tutor changes of the second session were committed and scored once; the first run is
 * the blind figure recorded in BENCHMARKS.md. `section` null = the lesson does not cover it.
 */
import { inScope, outOfScope, type BlindQuestion } from './blind';

const BLIND_A: BlindQuestion[] = [
  // ---- works-on-my-machine (2)
  {
    q: 'all my tests pass with the ai code but when we deployed it basically died. how can tests be green and prod be so slow??',
    section: 'works-on-my-machine',
  },
  {
    q: 'in the monday outage story, why did checkout start timing out? it was only the dashboard that had the bad code',
    section: 'works-on-my-machine',
  },

  // ---- six-patterns (9)
  {
    q: 'what does O(n²) actually mean in practice, like if I double the data how much slower does it get',
    section: 'six-patterns',
  },
  {
    q: "const dupes = a.filter(x => b.includes(x))  <- this takes forever when both arrays have ~50k items. why, and what's the fix",
    section: 'six-patterns',
  },
  {
    q: 'our node api freezes for EVERYONE while one request is being handled, the handler does fs.readFileSync on a big json file. why does one request hold up the others?',
    section: 'six-patterns',
  },
  {
    q: 'is Set.has really faster than array.includes? by how much roughly',
    section: 'six-patterns',
  },
  {
    q: "We do SELECT * FROM events and then .filter() in JS to keep the ones for the current user. A colleague says that's bad practice but the result is the same, so why does it matter?",
    section: 'six-patterns',
  },
  {
    q: 'offset pagination gets super slow around page 2000, what should i use instead',
    section: 'six-patterns',
  },
  {
    q: "Why is `new Intl.NumberFormat(...)` inside a .map() a problem? It's just one object",
    section: 'six-patterns',
  },
  {
    q: 'if a nested loop takes 1ms on 1000 items how long would it take on 100000?',
    section: 'six-patterns',
  },
  {
    q: "our /customers endpoint sends all 50k customers as one big json and the browser tab just hangs. what's the proper way to do this",
    section: 'six-patterns',
  },

  // ---- n-plus-one (7)
  { q: 'n+1??', section: 'n-plus-one' },
  {
    q: 'how many queries does this send for 5000 orders: one select for the orders, then a for loop with `await db.query(...)` per order for the customer',
    section: 'n-plus-one',
  },
  {
    q: "can't i just fire off all those lookups at the same time with Promise.all? parallel = fixed, right",
    section: 'n-plus-one',
  },
  {
    q: 'django select_related vs prefetch_related, when do i use which',
    section: 'n-plus-one',
  },
  {
    q: 'After replacing my loop of queries with one IN query I match the results with customers.find() inside orders.map(). Is that fine?',
    section: 'n-plus-one',
  },
  {
    q: 'how can i tell if a page has an n+1 problem without reading through all the code',
    section: 'n-plus-one',
  },
  {
    q: "prod db hit max connections right after yesterday's deploy. the new code loops over the users and does `await getProfile(user.id)` (one SELECT each) inside the loop. is that the cause?",
    section: 'n-plus-one',
  },

  // ---- prompts (3)
  {
    q: 'what should i put in my prompt so copilot stops giving me the naive slow version',
    section: 'prompts',
  },
  {
    q: "Does adding 'make it fast and efficient' to the prompt actually help?",
    section: 'prompts',
  },
  {
    q: 'why would you ask the AI to write the time complexity in a comment above the function? seems pointless',
    section: 'prompts',
  },

  // ---- profile-then-fix (4)
  { q: 'how do i read a flame graph', section: 'profile-then-fix' },
  {
    q: "I asked chatgpt to 'optimize this' and it rewrote half the file and nothing got faster. what am I doing wrong?",
    section: 'profile-then-fix',
  },
  {
    q: 'ran node --cpu-prof, got a .cpuprofile file. now what, how do I open it',
    section: 'profile-then-fix',
  },
  { q: 'self time vs total time?', section: 'profile-then-fix' },

  // ---- memory (6)
  {
    q: "our node service's RAM keeps climbing over a few days until the container gets OOM killed. where do I even start",
    section: 'memory',
  },
  {
    q: 'we cache rendered results in a plain Map keyed by url at module level. is that a leak?',
    section: 'memory',
  },
  {
    q: 'readFile on a 5gb log file throws ERR_FS_FILE_TOO_LARGE, how am i supposed to read it',
    section: 'memory',
  },
  { q: 'how can closures cause memory leaks in js', section: 'memory' },
  { q: 'how to implement an LRU cache in javascript using Map', section: 'memory' },
  {
    q: 'someone added `allRequests.push(req)` at module level "for debugging" and left it in. is that actually a problem?',
    section: 'memory',
  },

  // ---- benchmark-habit (4)
  {
    q: 'how do I write a quick benchmark for one function? what input sizes should I test',
    section: 'benchmark-habit',
  },
  { q: 'why use the median and not the average when timing runs', section: 'benchmark-habit' },
  {
    q: 'my timings: 10k items = 5 ms, 1M items = 50000 ms. is that linear or quadratic',
    section: 'benchmark-habit',
  },
  { q: 'how to measure the peak memory of a node script', section: 'benchmark-habit' },

  // ---- perf-test-first (4)
  {
    q: 'how do I make a unit test that fails when the function gets too slow',
    section: 'perf-test-first',
  },
  {
    q: 'our performance test in CI fails randomly like 1 in 5 runs. how do we make it less flaky without deleting it',
    section: 'perf-test-first',
  },
  {
    q: 'can a test check the number of database queries instead of the time? how would that look',
    section: 'perf-test-first',
  },
  { q: 'what is a performance budget', section: 'perf-test-first' },

  // ---- big-idea (1)
  { q: 'tl;dr of this whole lesson?', section: 'big-idea' },

  // ---- out of scope (15)
  { q: 'how do I center a div with flexbox', section: null },
  { q: 'git rebase vs merge, which one should my team use', section: null },
  { q: 'should I serve my images as webp or avif to make the site load faster', section: null },
  { q: 'how do i reduce my webpack bundle size', section: null },
  { q: "what's the difference between TCP and UDP", section: null },
  { q: 'how to prevent sql injection in a node express app', section: null },
  { q: 'React.memo vs useMemo, when to use which?', section: null },
  { q: 'how do I configure the kubernetes horizontal pod autoscaler', section: null },
  { q: 'how to increase the java heap size with -Xmx for a spring boot app', section: null },
  { q: "What's the syntax for list comprehensions in python", section: null },
  { q: 'how do I set Cache-Control headers for static files on nginx', section: null },
  { q: 'debounce vs throttle for a scroll handler?', section: null },
  { q: 'best way to prepare for a senior engineer interview', section: null },
  { q: 'can you recommend a good pasta recipe for tonight', section: null },
  { q: 'who painted the mona lisa', section: null },
];

const BLIND_B: BlindQuestion[] = [
  // ---- works-on-my-machine (2)
  {
    q: 'Our staging env has like 300 rows of seed data and everything is instant there. Is that why we never catch the slowness before release?',
    section: 'works-on-my-machine',
  },
  {
    q: 'is there one simple question i can ask about every loop when reviewing code from copilot, to spot the slow ones',
    section: 'works-on-my-machine',
  },

  // ---- six-patterns (9)
  {
    q: "big o notation explained simply pls, I'm teaching it to juniors tomorrow and want a concrete example with numbers",
    section: 'six-patterns',
  },
  { q: 'Is `indexOf` inside a `for` loop the same problem as includes?', section: 'six-patterns' },
  {
    q: 'my server cannot answer other request while one is computing big report inside async function. async should be parallel no? how to fix',
    section: 'six-patterns',
  },
  {
    q: 'what is the event loop and why does one slow callback make everything else wait',
    section: 'six-patterns',
  },
  {
    q: "why put the condition in the sql WHERE instead of filtering in code? doesn't the db have to look at every row anyway",
    section: 'six-patterns',
  },
  { q: 'cursor vs offset pagination difference?', section: 'six-patterns' },
  {
    q: 'ai wrote `lines.map(l => l.match(new RegExp(pattern)))` and the reviewer flagged it. whats wrong with it',
    section: 'six-patterns',
  },
  {
    q: "what does 'hoisting' mean for a hot loop? not the var hoisting thing from js interviews",
    section: 'six-patterns',
  },
  {
    q: 'search page is sluggish once we have lots of products. for each product we do allTags.find(t => t.id === p.tagId). could that be it?',
    section: 'six-patterns',
  },

  // ---- n-plus-one (7)
  { q: 'what is eager loading', section: 'n-plus-one' },
  {
    q: 'prisma: how do i load the orders with their customer without it doing a query per order',
    section: 'n-plus-one',
  },
  { q: 'JOIN or one batched IN query - which one should i pick?', section: 'n-plus-one' },
  { q: 'postgres `WHERE id = ANY($1)` what does that do, is it same as IN', section: 'n-plus-one' },
  {
    q: 'I collected 80 000 ids and want to put them all in one WHERE IN (...). is that ok or will it break',
    section: 'n-plus-one',
  },
  { q: 'sqlalchemy selectinload vs joinedload?', section: 'n-plus-one' },
  {
    q: 'Explain to me like a beginner why a query inside a loop is bad if each query only takes 1 millisecond',
    section: 'n-plus-one',
  },

  // ---- prompts (3)
  {
    q: 'is there a template or preamble i can paste before asking claude for data processing code?',
    section: 'prompts',
  },
  {
    q: 'if i tell the model the data size and a time limit in the prompt, is its code guaranteed to be fast then?',
    section: 'prompts',
  },
  {
    q: "we have ~2M orders in memory and 50k blocked customer ids. how should i phrase the request to the assistant so it doesn't write something dumb",
    section: 'prompts',
  },

  // ---- profile-then-fix (4)
  {
    q: 'which tool to profile a python process that is already running in production',
    section: 'profile-then-fix',
  },
  {
    q: 'revising for the quiz: the profiling loop is measure, profile, ... what comes after? i forget the order',
    section: 'profile-then-fix',
  },
  {
    q: 'should I use the times the profiler shows to decide whether my change made it faster?',
    section: 'profile-then-fix',
  },
  { q: 'clinic.js flame how to use it on my express server', section: 'profile-then-fix' },

  // ---- memory (6)
  {
    q: 'it eats all the RAM after running for about a week, but every test passes. how do I find what is holding on to memory',
    section: 'memory',
  },
  { q: 'Invalid string length error when reading a big file in node??', section: 'memory' },
  { q: 'should I write my own LRU cache or use a package', section: 'memory' },
  {
    q: 'setInterval callback refers to a huge report object but only logs report.id. does the whole report stay in memory?',
    section: 'memory',
  },
  {
    q: 'how to go through a huge csv line by line in node without loading the whole thing',
    section: 'memory',
  },
  {
    q: "what's a ring buffer and why use one to remember recent requests",
    section: 'memory',
  },

  // ---- benchmark-habit (4)
  { q: 'why throw away the first run when benchmarking (warm up)?', section: 'benchmark-habit' },
  {
    q: 'what prompt should I use to get the assistant to write a benchmark along with the function',
    section: 'benchmark-habit',
  },
  {
    q: "what's the python equivalent of this timing-at-several-sizes habit, which modules",
    section: 'benchmark-habit',
  },
  {
    q: 'why build the input data before starting the timer and not inside the timed part',
    section: 'benchmark-habit',
  },

  // ---- perf-test-first (4)
  { q: 'vitest test for speed, example?', section: 'perf-test-first' },
  {
    q: "I'm teaching a class on TDD. How would test-first work for a performance requirement when students code with an AI assistant?",
    section: 'perf-test-first',
  },
  {
    q: 'instead of checking absolute milliseconds, could the test check how the time grows between two sizes?',
    section: 'perf-test-first',
  },
  { q: 'Django assertNumQueries, what is it for', section: 'perf-test-first' },

  // ---- big-idea (1)
  {
    q: 'summary list pls: what are the main signals I should give the model so it writes fast code',
    section: 'big-idea',
  },

  // ---- out of scope (15)
  { q: 'what is a CSS grid template area', section: null },
  { q: 'how do i undo the last git commit but keep the changes', section: null },
  { q: 'how do I lazy load images below the fold', section: null },
  { q: 'what does Largest Contentful Paint measure in Core Web Vitals', section: null },
  { q: 'how do JWT refresh tokens work', section: null },
  { q: 'rust lifetimes explained', section: null },
  { q: 'how to set up a redis cluster with sentinel for failover', section: null },
  { q: 'what is DNS propagation and why does it take so long', section: null },
  { q: 'how to write a postgres window function to rank rows within each group', section: null },
  { q: 'docker image is 2GB, how do multi-stage builds work', section: null },
  { q: 'is the python GIL going away', section: null },
  { q: 'should I learn Go or Rust for my career', section: null },
  { q: 'how do I ask my manager for a raise', section: null },
  { q: "what's the capital of australia", section: null },
  { q: 'write a haiku about the sea', section: null },
];

export const BLIND_A_IN_SCOPE = inScope(BLIND_A);
export const BLIND_A_OUT_OF_SCOPE = outOfScope(BLIND_A);
export const BLIND_B_IN_SCOPE = inScope(BLIND_B);
export const BLIND_B_OUT_OF_SCOPE = outOfScope(BLIND_B);
