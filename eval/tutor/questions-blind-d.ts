/**
 * Independent blind set C (40 in-scope + 20 out-of-scope), written on 2026-11-27 by a helper that read only
 * the lesson content — never the tutor's code, word lists, earlier question sets or BENCHMARKS.md — and
 * never ran the tutor, while the third round of tutor changes (the other-domain rule) was being made
 * without sight of it. Added after those changes were committed; its first run is the blind figure in
 * BENCHMARKS.md. `section` null = the lesson does not cover it.
 */
import { inScope, outOfScope, type BlindQuestion } from './blind';

const BLIND_C: BlindQuestion[] = [
  // ---------- in scope: works-on-my-machine (3) ----------
  {
    q: 'why did my code pass every test and then basically die in prod?? it was totally fine with like 5 rows locally',
    section: 'works-on-my-machine',
  },
  {
    q: "In the Monday dashboard story I don't get why checkout went down. The dashboard was the slow page, so how did a totally different feature break?",
    section: 'works-on-my-machine',
  },
  {
    q: 'When I review a PR, is there some quick question I can ask myself about each loop to guess whether it will blow up on big data?',
    section: 'works-on-my-machine',
  },

  // ---------- in scope: six-patterns (9) ----------
  {
    q: 'whats actually wrong with `const hits = invites.filter(x => users.includes(x))`? reads fine to me and the test passes',
    section: 'six-patterns',
  },
  {
    q: 'Why would Set.has be quicker than Array.includes? Both just check if a value is in there, no?',
    section: 'six-patterns',
  },
  {
    q: 'revising for the quiz: if a nested loop takes 1 ms on 1,000 items, roughly how long on 100,000, and how do you work it out?',
    section: 'six-patterns',
  },
  {
    q: 'Our Express route loads a template with fs.readFileSync. Under load EVERY request gets slower, even the routes that never touch that file. How is that possible?',
    section: 'six-patterns',
  },
  {
    q: 'I put my heavy number crunching loop inside an async function so it wont block anything. but the server still freezes while it runs?',
    section: 'six-patterns',
  },
  {
    q: 'Teacher here. I need a simple way to explain to my class why page 800 of a list using OFFSET is so much slower than page 1, and what to use instead.',
    section: 'six-patterns',
  },
  {
    q: 'Copilot wrote `SELECT * FROM products` and then `.filter(p => p.inStock)` in the JS. The table is small for now, is it really worth changing?',
    section: 'six-patterns',
  },
  {
    q: "we do `lines.map(l => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(l.price))` for each invoice line, any problem with that?",
    section: 'six-patterns',
  },
  {
    q: 'what does "hoist it out of the loop" mean here? i thought hoisting was the weird var thing in javascript',
    section: 'six-patterns',
  },

  // ---------- in scope: n-plus-one (6) ----------
  {
    q: 'n+1 query meaning?',
    section: 'n-plus-one',
  },
  {
    q: "for (const u of users) {\n  const [team] = await db.query('SELECT * FROM teams WHERE id = $1', [u.team_id]);\n  u.team = team;\n}\nsenior dev flagged this in review but it works fine?? what is he on about",
    section: 'n-plus-one',
  },
  {
    q: 'If I wrap all the per-row queries in Promise.all they run in parallel, so that solves the N+1, right?',
    section: 'n-plus-one',
  },
  {
    q: 'prisma: how do i get each order together with its customer without firing off a separate query for every order',
    section: 'n-plus-one',
  },
  {
    q: 'Django select_related vs prefetch_related, which one do I use when?',
    section: 'n-plus-one',
  },
  {
    q: 'I collect all the ids and do one query with IN like you say, but sometimes there is 50 000 ids. The database will accept this or it is a problem?',
    section: 'n-plus-one',
  },

  // ---------- in scope: prompts (4) ----------
  {
    q: 'What should I actually write in my request so the assistant stops giving me the naive tutorial version of the code?',
    section: 'prompts',
  },
  {
    q: 'does adding "make it fast and efficient" to my prompt do anything at all',
    section: 'prompts',
  },
  {
    q: 'If I tell Claude the table has 10 million rows and a 200 ms limit, can I then just trust that what it writes is fast enough?',
    section: 'prompts',
  },
  {
    q: 'why would I ask the AI to put a comment with the big-O above the function? feels like pointless noise',
    section: 'prompts',
  },

  // ---------- in scope: profile-then-fix (4) ----------
  {
    q: 'asked chatgpt to "optimize this" and it rewrote half the file and nothing got faster lol. what should i have done instead',
    section: 'profile-then-fix',
  },
  {
    q: 'How am I supposed to read a flame graph? What do the really wide bars tell me?',
    section: 'profile-then-fix',
  },
  {
    q: 'self time vs total time in the profiler?? which one matters',
    section: 'profile-then-fix',
  },
  {
    q: 'What command do I use to profile a slow Node script or server, and where do I open the result?',
    section: 'profile-then-fix',
  },

  // ---------- in scope: memory (5) ----------
  {
    q: "Post-incident: our Node service's RAM creeps up all day until it gets killed for running out of memory, but every test passes. How do I actually find what's leaking?",
    section: 'memory',
  },
  {
    q: 'I cache results in a plain Map keyed by user id. coworker says thats a memory leak?? how can a cache be a leak',
    section: 'memory',
  },
  {
    q: 'need to count the ERROR lines in a 5GB log file but readFile blows up with ERR_FS_FILE_TOO_LARGE. how should i read it',
    section: 'memory',
  },
  {
    q: 'my setInterval callback only logs report.id but the whole huge report seems to stay in memory. is this a closure thing?',
    section: 'memory',
  },
  {
    q: 'For debugging I push every incoming req into an array at the top of the module. Is that bad? It is only for logging.',
    section: 'memory',
  },

  // ---------- in scope: benchmark-habit (4) ----------
  {
    q: 'What input sizes should I benchmark a function with, and why those particular ones?',
    section: 'benchmark-habit',
  },
  {
    q: 'when timing several runs of a function, should I report the average or the median?',
    section: 'benchmark-habit',
  },
  {
    q: 'the timings for my smallest input (100 items) jump all over the place and the first run is way slower. is my benchmark broken',
    section: 'benchmark-habit',
  },
  {
    q: 'How can a benchmark in Node also report the peak memory a function used, not just its time?',
    section: 'benchmark-habit',
  },

  // ---------- in scope: perf-test-first (4) ----------
  {
    q: 'how can I write a test that fails when a function gets too slow, like a normal unit test would?',
    section: 'perf-test-first',
  },
  {
    q: 'our timing test passes on my laptop but fails randomly in CI, people keep re-running it. any ideas how to make it stable?',
    section: 'perf-test-first',
  },
  {
    q: 'Is there some way to check performance in a test that does not depend on the clock at all? Timing seems too flaky.',
    section: 'perf-test-first',
  },
  {
    q: 'performance budget = ?',
    section: 'perf-test-first',
  },

  // ---------- in scope: big-idea (1) ----------
  {
    q: 'tl;dr of this whole lesson in one or two sentences pls',
    section: 'big-idea',
  },

  // ---------- out of scope (20) ----------
  {
    q: 'python list comprehension with if else, where does the else go?',
    section: null,
  },
  {
    q: 'Java app throws OutOfMemoryError: Java heap space. Which JVM flags set the max heap size, -Xmx?',
    section: null,
  },
  {
    q: 'React: useMemo vs useCallback, when do I memo a value and when a function?',
    section: null,
  },
  {
    q: 'What Cache-Control headers should I send for static assets so browsers cache them but still pick up new deploys?',
    section: null,
  },
  {
    q: 'my SPA works at / but refreshing /about gives 404 from nginx, how do i make it always serve index.html',
    section: null,
  },
  {
    q: 'Rust borrow checker says "cannot borrow `v` as mutable because it is also borrowed as immutable". how do I fix it?',
    section: null,
  },
  {
    q: 'In Go, how do I wait for a bunch of goroutines to finish? sync.WaitGroup or channels?',
    section: null,
  },
  {
    q: 'C# async void vs async Task, why do people say never use async void?',
    section: null,
  },
  {
    q: 'how to undo my last git commit but keep the changes',
    section: null,
  },
  {
    q: 'Docker build keeps using a cached layer and my new npm packages are not installed. How do I bust the build cache?',
    section: null,
  },
  {
    q: 'Kubernetes pod keeps getting OOMKilled. How do I write the memory requests and limits in the deployment yaml?',
    section: null,
  },
  {
    q: 'webpack bundle is 4MB, how do I set up code splitting and tree shaking to make it smaller',
    section: null,
  },
  {
    q: 'CSS transition on my menu is laggy on phones, should I animate transform instead of left/top? and what does will-change do',
    section: null,
  },
  {
    q: 'How do I protect my login form from SQL injection in PHP?',
    section: null,
  },
  {
    q: 'my ping in online games is super high on wifi, how do i lower the latency on my home network',
    section: null,
  },
  {
    q: 'I have a senior developer interview next week. How should I prepare and what salary should I ask for?',
    section: null,
  },
  {
    q: 'Django admin: how do I show extra columns and a search box on the model list page?',
    section: null,
  },
  {
    q: 'regex with lookahead to check a password has at least one digit and one uppercase letter?',
    section: null,
  },
  {
    q: 'Spring Boot @Cacheable with Redis, how do I set a TTL per cache name in the config?',
    section: null,
  },
  {
    q: 'write me a short haiku about monday mornings',
    section: null,
  },
];

export const BLIND_C_IN_SCOPE = inScope(BLIND_C);
export const BLIND_C_OUT_OF_SCOPE = outOfScope(BLIND_C);
