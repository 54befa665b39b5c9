/**
 * Independent blind sets Z, ZA, ZB and ZC (40 in-scope + 20 out-of-scope each), written on 2026-11-27
 * (third session) by four more helpers working apart, each reading only the lesson content (lesson.ts, the
 * section MDX, lab prose, quiz topics) — never the tutor's code, word lists, earlier question sets,
 * BENCHMARKS.md or git history — and never running the tutor. Each author's own header follows (they named
 * their sets AA, AB, AC and AD). They were written while the scope model was refitted with sets V–Y
 * (commit 04dae3d) without sight of them, and added after; the first run is the blind figure in
 * BENCHMARKS.md. `section` null = the lesson does not cover it.
 */
import { inScope, outOfScope, type BlindQuestion } from './blind';

/**
 * Blind question set BLIND_AA for the lesson tutor of "Performance Bugs in AI-Generated Code".
 *
 * Written by: a helper agent (no access to the tutor, its code, its outputs or earlier question sets).
 * Written at: 2026-11-27 14:19 UTC (`date -u`: Fri Nov 27 14:19:00 UTC 2026).
 * Written blind: the tutor was never run or read; nothing under lib/, components/, scripts/, e2e/,
 * BENCHMARKS.md, README.md, git history or other /tmp/hp folders was opened.
 * Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts, sections/(all).mdx,
 * labs/0x-* /lab.ts (titles, summaries, hints, prose only), quiz.ts (section ids of questions only).
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section: null).
 */

const BLIND_Z: BlindQuestion[] = [
  // ---- works-on-my-machine (3) ----
  {
    q: 'our unit tests only use like 5 fixture rows.. is that the reason nobody noticed the function was slow before release?',
    section: 'works-on-my-machine',
  },
  {
    q: 'In the dashboard outage example, why did checkout go down too? It was only a slow report page.',
    section: 'works-on-my-machine',
  },
  {
    q: 'Is there one simple question I can ask myself when reviewing a PR full of loops, to catch the slow stuff early?',
    section: 'works-on-my-machine',
  },

  // ---- six-patterns (11) ----
  {
    q: 'revising for the quiz: if a nested loop takes 1 ms with 1,000 items, roughly how long with 100,000?',
    section: 'six-patterns',
  },
  {
    q: '`const out = users.filter(u => banned.includes(u.id))` my reviewer flagged this line. why? its just one line',
    section: 'six-patterns',
  },
  {
    q: 'what does O(n²) mean in normal words, i never studied computer science',
    section: 'six-patterns',
  },
  {
    q: 'Why would one fs.readFileSync inside an async express route make everybody else’s requests slow, not just that one?',
    section: 'six-patterns',
  },
  {
    q: 'blocking lab: serveAll already uses Promise.all but the profile reads still happen one after the other. what am i missing',
    section: 'six-patterns',
  },
  {
    q: 'Manager here. The team loads the whole orders table into Node and then filters out the handful of refund requests. It works. Is it really worth changing?',
    section: 'six-patterns',
  },
  {
    q: 'page 1 of admin list instant, page 900 takes ages. we use OFFSET. how fix',
    section: 'six-patterns',
  },
  {
    q: 'When shoppers add products while someone is scrolling the catalogue, some items show up twice on the next page. We page with limit+offset. Why does that happen?',
    section: 'six-patterns',
  },
  {
    q: 'is calling new Intl.NumberFormat inside .map() for every single price a problem',
    section: 'six-patterns',
  },
  {
    q: "does `(cents / 100).toLocaleString('en-US', {...})` in a loop cost the same as making a new formatter each time?",
    section: 'six-patterns',
  },
  {
    q: 'There is index on status column but my query `WHERE lower(status) = ?` still visit all rows in sqlite. Why the index is not used?',
    section: 'six-patterns',
  },

  // ---- n-plus-one (6) ----
  { q: 'what is n+1', section: 'n-plus-one' },
  {
    q: 'django: select_related vs prefetch_related, which one for a many-to-many?',
    section: 'n-plus-one',
  },
  {
    q: 'Post-incident question. A loop was awaiting one customer query per order; the hotfix wrapped them all in Promise.all and the connection pool died even faster. What should the fix have been?',
    section: 'n-plus-one',
  },
  {
    q: 'how can i see if my prisma page is firing a query per row?',
    section: 'n-plus-one',
  },
  {
    q: 'batching ids with IN (...) — can I just pass 200k ids in one single query?',
    section: 'n-plus-one',
  },
  {
    q: 'swapped my loop for a join and now the users without a team vanished from the results??',
    section: 'n-plus-one',
  },

  // ---- prompts (4) ----
  {
    q: 'what numbers should i put in my prompt so copilot doesnt hand me the toy tutorial version of the code',
    section: 'prompts',
  },
  {
    q: 'Is it enough to write "please make it fast and efficient" to the AI?',
    section: 'prompts',
  },
  {
    q: 'why do they suggest asking the model for a complexity comment on top of the function? seems useless to me',
    section: 'prompts',
  },
  {
    q: "Teaching this to juniors next week. Someone will ask: if the prompt has the row counts and time budget in it, is the result guaranteed to be fast? What's the honest answer?",
    section: 'prompts',
  },

  // ---- profile-then-fix (4) ----
  { q: 'flame graphs?? how to read, which bars matter', section: 'profile-then-fix' },
  {
    q: 'whats the command to profile a node script and where do I open the file it makes',
    section: 'profile-then-fix',
  },
  {
    q: 'Our Python worker is already running in prod and it is slow. Can I profile it without restarting it?',
    section: 'profile-then-fix',
  },
  {
    q: 'Every time I ask Claude to speed up my code it rewrites some random bit that barely matters. How do I get it to go after the real problem?',
    section: 'profile-then-fix',
  },

  // ---- memory (5) ----
  {
    q: 'node process ram climbs for 3 days then gets OOM killed. all tests pass. how do i find whats leaking?',
    section: 'memory',
  },
  {
    q: 'can I just readFile a 5GB log in node and split it on newlines?',
    section: 'memory',
  },
  {
    q: 'my setInterval callback only logs report.id, but the heap stays huge the whole time the timer runs. how is that possible?',
    section: 'memory',
  },
  {
    q: 'how to make an LRU cache with just a JS Map, no library',
    section: 'memory',
  },
  {
    q: '`const seen = []; app.use((req, res, next) => { seen.push(req); next(); })` we keep this for debugging. any problem?',
    section: 'memory',
  },

  // ---- benchmark-habit (3) ----
  {
    q: 'Please explain me why the benchmark use three size 100, 10k and 1M, and the 100 result we throw away?',
    section: 'benchmark-habit',
  },
  {
    q: 'for microbenchmark timings should I report the mean or the median',
    section: 'benchmark-habit',
  },
  {
    q: 'how do i get the peak memory for a benchmark in node',
    section: 'benchmark-habit',
  },

  // ---- perf-test-first (3) ----
  {
    q: 'Our perf test on CI fails at random, maybe 1 run in 5, with exactly the same code. Any way to make it less flaky?',
    section: 'perf-test-first',
  },
  {
    q: 'can my unit test check how many db queries a function sends, instead of timing it in ms?',
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab: should perfBudget be a maxClass or a size + maxMs? which is better',
    section: 'perf-test-first',
  },

  // ---- big-idea (1) ----
  {
    q: "What's the one main idea of this whole lesson, in a sentence?",
    section: 'big-idea',
  },

  // ---- out of scope (20): near misses, then far-off ----
  {
    q: 'how do I read EXPLAIN ANALYZE output in postgres? whats a seq scan vs a bitmap heap scan',
    section: null,
  },
  {
    q: 'pgbouncer: transaction or session pooling mode for a node app that uses prepared statements?',
    section: null,
  },
  {
    q: 'We get deadlocks between two transactions updating the same rows. Should I switch the isolation level to serializable?',
    section: null,
  },
  {
    q: 'why does Promise.resolve().then(...) log before setTimeout(..., 0)? microtask vs macrotask',
    section: null,
  },
  {
    q: 'When should I use a WeakMap instead of a Map for attaching metadata to objects?',
    section: null,
  },
  {
    q: 'what are V8 hidden classes and how do I stop a hot function from getting deoptimized?',
    section: null,
  },
  {
    q: 'my react component rerenders on every keystroke, should i wrap everything in useMemo and useCallback?',
    section: null,
  },
  {
    q: 'Lighthouse says LCP is 4.2 s on mobile and the hero image is a big PNG. What should I do first?',
    section: null,
  },
  {
    q: 'is react-window worth it for rendering a 20k row table in the browser?',
    section: null,
  },
  {
    q: 'Redis maxmemory-policy for a session store: allkeys-lru or volatile-lru?',
    section: null,
  },
  {
    q: 'How do I set up a Kubernetes HPA so my pods scale on CPU usage?',
    section: null,
  },
  {
    q: 'should we turn on brotli or gzip compression for our JSON API responses?',
    section: null,
  },
  {
    q: 'k6 load test - how many virtual users do i need to simulate 2000 req/s?',
    section: null,
  },
  {
    q: 'node container has 4GB ram, what should --max-old-space-size be set to?',
    section: null,
  },
  {
    q: 'Cursor vs Copilot — which is cheaper for a team of 10 devs?',
    section: null,
  },
  {
    q: 'Could we fine-tune an LLM on our own repo so it writes faster code by default?',
    section: null,
  },
  {
    q: 'in vitest how do I fake the timers so setInterval callbacks fire instantly in a test?',
    section: null,
  },
  {
    q: 'my sourdough starter smells like nail polish remover, is it dead?',
    section: null,
  },
  {
    q: 'Do I have to charge VAT as a freelance developer in Germany when I invoice a US client?',
    section: null,
  },
  {
    q: 'escreve uma mensagem curta de aniversário para a minha avó',
    section: null,
  },
];

/**
 * Blind question set BLIND_AB for the Hotpath lesson tutor
 * ("Performance Bugs in AI-Generated Code").
 *
 * Written by: a helper agent (blind question writer), Fri Nov 27 14:19 UTC 2026.
 * Written blind: the author never ran, read or saw the tutor, its code, its tests, benchmarks or
 * earlier question sets or results.
 * Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts, sections/(all).mdx,
 * labs/NN-*\/lab.ts (titles, summaries, hints, prose only), quiz.ts (topics and section ids only).
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section: null).
 * Emphasis: engineers describing incidents/systems, reviewers quoting code, and people from other
 * stacks (Java, Go, Python, Ruby, C#, PHP) using their own vocabulary.
 */

const BLIND_ZA: BlindQuestion[] = [
  // ---------------------------------------------------------------- works-on-my-machine (3)
  {
    q: "writing the postmortem now. friday we shipped a 'this week's orders' page, fine in staging with a few hundred seeded rows. monday 9am everybody opened it, db connections maxed out and CHECKOUT started timing out even tho nobody touched checkout. how does a slow report page take down checkout??",
    section: 'works-on-my-machine',
  },
  {
    q: "I'm a manager, not a dev. The AI-written feature passed code review and every unit test, then crawled in production. How can tests be green and the thing still be that slow?",
    section: 'works-on-my-machine',
  },
  {
    q: 'what is the "a million items" question im supposed to ask about each loop',
    section: 'works-on-my-machine',
  },

  // ---------------------------------------------------------------- six-patterns (11)
  {
    q: 'Reviewing a PR: `const pending = invited.filter(e => !registered.includes(e))`, both arrays are ~100k emails. Approve or request changes? What would I ask them to do instead?',
    section: 'six-patterns',
  },
  {
    q: "Java dev here. I'd never call list.contains() inside a loop, I'd build a HashSet first. Is a JS Set the same deal, i.e. membership check doesn't get slower as it fills up?",
    section: 'six-patterns',
  },
  {
    q: 'revising for the quiz: nested loop takes 1 ms on 1000 items, roughly how long on 100000? and why that much',
    section: 'six-patterns',
  },
  {
    q: 'Coming from Go, where every request gets its own goroutine. In Node, if one request handler calls readFileSync on a big file, do the other in-flight requests genuinely just sit there and wait?',
    section: 'six-patterns',
  },
  {
    q: 'our handler is `async`, the burst of requests goes through Promise.all, but inside it calls loadProfileSync(userId). timing shows ~1ms per request stacked one after another, zero overlap. why doesnt async/Promise.all make them concurrent?',
    section: 'six-patterns',
  },
  {
    q: 'C# background: in EF someone did `db.Orders.ToList().Where(o => o.Status == "Refund")` and dragged the whole table into memory. What does that same mistake look like with SQL + JS, and how is it fixed?',
    section: 'six-patterns',
  },
  {
    q: 'laravel person doing the refund queue lab. moved the condition into the query but rows scanned is still the whole table. i wrote WHERE lower(status) = ?. is that the problem?',
    section: 'six-patterns',
  },
  {
    q: 'admin list: page 1 loads instantly, page 800 takes ages. we do LIMIT 50 OFFSET n. why does it get slower the deeper you go',
    section: 'six-patterns',
  },
  {
    q: 'offset paging, shop adds new products while a customer clicks next, some products show up twice on two pages. how does a keyset cursor avoid that',
    section: 'six-patterns',
  },
  {
    q: 'In Python I know to re.compile outside the loop. Is there a JS version of that gotcha? A colleague mumbled something about Intl.NumberFormat.',
    section: 'six-patterns',
  },
  {
    q: "code review question: `cents.map(c => (c / 100).toLocaleString('en-US', { style: 'currency', currency: 'EUR' }))` — the author says there's no `new` in the loop so it's fine. is it?",
    section: 'six-patterns',
  },

  // ---------------------------------------------------------------- n-plus-one (6)
  {
    q: 'We hit the classic Hibernate thing: load 2,000 invoices, then invoice.getCustomer() in a loop fires one SELECT per invoice because the association is LAZY. Conceptually what is the cure, one join or a batched IN?',
    section: 'n-plus-one',
  },
  {
    q: "PR has `for (const o of orders) { const [c] = await db.query('select name from customers where id=$1', [o.customer_id]) ... }`. Author says tests pass with 3 orders. How many queries is that at 10k orders, and roughly how much time in round trips?",
    section: 'n-plus-one',
  },
  {
    q: 'cant i just fire all the per-row queries at once with Promise.all? seems way easier than rewriting the SQL',
    section: 'n-plus-one',
  },
  {
    q: 'select_related vs prefetch_related??',
    section: 'n-plus-one',
  },
  {
    q: 'using prisma. how do i even notice i have an n+1? is there some logging to turn on',
    section: 'n-plus-one',
  },
  {
    q: 'in users and teams lab i change to JOIN and now queries is 1 but some users are missing from result, the ones without team. what i do wrong?',
    section: 'n-plus-one',
  },

  // ---------------------------------------------------------------- prompts (4)
  {
    q: 'What do I actually put in the prompt so Copilot stops giving me the textbook nested-loop version when I ask it to find duplicate accounts in 1.2M users?',
    section: 'prompts',
  },
  {
    q: "Teacher here, building a workshop slide. Why isn't telling the assistant 'make it fast and efficient' good enough?",
    section: 'prompts',
  },
  {
    q: 'is it worth making the model write its time/memory complexity as a comment over every function? feels like noise to me',
    section: 'prompts',
  },
  {
    q: 'if my prompt already spells out row counts, a ms budget and O(n log n), can i skip checking what comes back?',
    section: 'prompts',
  },

  // ---------------------------------------------------------------- profile-then-fix (4)
  {
    q: "Our Node export job takes ~8 s on 100k orders. I told Claude 'make this faster' and it rewrote the date parsing, which changed nothing. What should I be handing it instead of just the code?",
    section: 'profile-then-fix',
  },
  {
    q: 'python service in prod is slow right now, any way to profile the already running process without restarting it?',
    section: 'profile-then-fix',
  },
  {
    q: 'flame graph self time vs total time?',
    section: 'profile-then-fix',
  },
  {
    q: 'I ran the server under the profiler before and after my change and the profile says 30% faster. Is that number good enough to decide the change helped?',
    section: 'profile-then-fix',
  },

  // ---------------------------------------------------------------- memory (5)
  {
    q: "Ruby dev: we had a class-level hash memoizing results keyed by URL, it grew until the dyno started throwing R14 memory errors after a couple of days. What's the fix the lesson would give for the same thing in JS?",
    section: 'memory',
  },
  {
    q: "in python i'd just iterate the file object instead of f.read(). in node, why does readFile choke on a 5 GB log, and whats the lazy line-by-line way?",
    section: 'memory',
  },
  {
    q: 'found this in our express app: `const seen = []; app.use((req, res, next) => { seen.push(req); next(); });` comment says "for debugging". how bad is this really, and what should it be?',
    section: 'memory',
  },
  {
    q: 'my setInterval callback only ever logs report.id, yet the heap still holds the entire million-row report. why is the rest of it not collected??',
    section: 'memory',
  },
  {
    q: 'heapUsed keeps climbing over the day on our node box. how do I find out WHICH objects are leaking?',
    section: 'memory',
  },

  // ---------------------------------------------------------------- benchmark-habit (3)
  {
    q: 'Used to BenchmarkDotNet in .NET. Ran the function at 10k and 1M items and the time went up around 9,000x. Is that linear or quadratic, and what sizes should I even be timing?',
    section: 'benchmark-habit',
  },
  {
    q: 'peak memory in a node benchmark - how',
    section: 'benchmark-habit',
  },
  {
    q: "Go's testing.B handles all that for me. In the TypeScript bench sketch, why does it stash the result in a `keep` variable that's never used, and build the inputs before starting the clock?",
    section: 'benchmark-habit',
  },

  // ---------------------------------------------------------------- perf-test-first (3)
  {
    q: 'we added a test "must finish under 50ms" and now it fails randomly on CI maybe 1 build in 5. team wants to just delete it. what are the alternatives that arent flaky?',
    section: 'perf-test-first',
  },
  {
    q: "In Django we lean on assertNumQueries. What's the equivalent trick in a Vitest suite for a Node data-access function?",
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab: should perfBudget be maxClass or a size + maxMs, and why is it supposed to FAIL on the starter code?',
    section: 'perf-test-first',
  },

  // ---------------------------------------------------------------- big-idea (1)
  {
    q: "What's the common thread between putting numbers in the prompt, benchmarking, profiling and budget tests? I need to explain it to my director in one line.",
    section: 'big-idea',
  },

  // ---------------------------------------------------------------- out of scope (20): near misses
  {
    q: "Postgres EXPLAIN ANALYZE shows 'Bitmap Heap Scan' with 'Recheck Cond' under it. What does that mean, is it bad?",
    section: null,
  },
  {
    q: 'we moved to pgbouncer in transaction pooling mode and now prepared statements error out randomly. how is that supposed to be configured?',
    section: null,
  },
  {
    q: 'Two workers update the same inventory rows in different orders and MySQL keeps reporting deadlocks. How should we order the locks or retry?',
    section: null,
  },
  {
    q: 'why does my promise.then callback run before a setTimeout(fn, 0) even though the timeout was scheduled first? microtask thing?',
    section: null,
  },
  {
    q: 'in modern V8 is a plain for (let i = 0...) loop still faster than forEach or is that a myth now',
    section: null,
  },
  {
    q: 'React table with 5k rows lags on every keystroke in the search box. useMemo, or virtualize it with react-window?',
    section: null,
  },
  {
    q: 'Lighthouse says LCP is 4.1s because of the hero image. preload it or fetchpriority=high?',
    section: null,
  },
  {
    q: 'k8s HPA scales our node pods on CPU but they get OOMKilled long before CPU is high. how do i autoscale on memory instead?',
    section: null,
  },
  {
    q: 'What Cache-Control headers should hashed JS bundles get behind CloudFront, immutable + max-age a year?',
    section: null,
  },
  {
    q: 'jest fake timers: how do I advance a setInterval by 60 seconds in a test without actually waiting?',
    section: null,
  },
  {
    q: 'k6 script question: how do I ramp up to 500 virtual users over 2 minutes and mark the run failed if p95 latency goes over 300 ms?',
    section: null,
  },
  {
    q: 'Cursor or Claude Code for a big monorepo refactor — which one handles multi-file edits better?',
    section: null,
  },
  {
    q: 'how do i stop copilot from autocompleting api keys from my .env into source files',
    section: null,
  },
  {
    q: 'Go service: pprof shows the goroutine count climbing forever. How do I track down which goroutines are leaking?',
    section: null,
  },
  {
    q: 'Java service with long GC pauses. Worth switching from G1 to ZGC, and which JVM flags?',
    section: null,
  },
  {
    q: "Python: adding threads doesn't make my CPU-bound loop any faster. Is that the GIL, and would multiprocessing fix it?",
    section: null,
  },
  {
    q: 'a regex like /(a+)+$/ froze our server on one weird input. how do we guard against catastrophic backtracking?',
    section: null,
  },

  // ---------------------------------------------------------------- out of scope: far off
  {
    q: 'best way to keep basil alive on a windowsill over winter?',
    section: null,
  },
  {
    q: 'can u explain how a mortgage offset account works',
    section: null,
  },
  {
    q: "translate 'see you next week' into Portuguese pls",
    section: null,
  },
];

/**
 * Blind question set BLIND_AC for the "Performance Bugs in AI-Generated Code" lesson tutor.
 *
 * Written by: a helper agent (set "blind-ac"), Fri Nov 27 14:19 UTC 2026 (date -u).
 * Written blind: the author never ran, read or saw the tutor, its code, its tests, its benchmarks or
 * any earlier question sets or results.
 * Sources read (only): lessons/performance-bugs-in-ai-generated-code/lesson.ts,
 *   sections/(all).mdx, labs/* /lab.ts prose (titles, summaries, hints, prose), and quiz.ts (topics only).
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id) and 20 out of scope (section = null).
 * Voices: students revising for the quiz, teachers/TAs, beginners in everyday words, non-native
 * English speakers, quick phone typing, short keyword queries, plus engineers after an incident,
 * a manager and pasted code fragments.
 */

const BLIND_ZB: BlindQuestion[] = [
  // ---------------------------------------------------------------- works-on-my-machine (2)
  {
    q: 'revising for the quiz: in that monday dashboard story, why did checkout start failing too?? only the dashboard was slow',
    section: 'works-on-my-machine',
  },
  {
    q: "I'm a TA running a code review session next week. Is there one simple question students can ask about any loop to catch most of these slow patterns?",
    section: 'works-on-my-machine',
  },

  // ---------------------------------------------------------------- six-patterns (9)
  {
    q: 'array includes vs set has',
    section: 'six-patterns',
  },
  {
    q: 'quiz practice - a nested loop thing takes 1 ms on 1000 items. how long on 100k items if its O(n^2)? I keep getting a different number',
    section: 'six-patterns',
  },
  {
    q: 'const hits = users.filter(u => banned.indexOf(u.id) !== -1)   // banned has ~40k ids. is this ok or bad',
    section: 'six-patterns',
  },
  {
    q: 'When one user downloads a big report my whole node server freezes for everybody else. The handler is async but inside I use readFileSync. How can one person block all the others?',
    section: 'six-patterns',
  },
  {
    q: 'what to do with heavy cpu calculation inside express route so other requests dont wait, it is not file reading, just math',
    section: 'six-patterns',
  },
  {
    q: 'we do SELECT * on the whole orders table and then .filter() in JS. network is fast, is this really a problem?',
    section: 'six-patterns',
  },
  {
    q: 'Page 1 of our list loads fast but page 2000 is very slow. We are using offset. Why this happens and what is better way?',
    section: 'six-patterns',
  },
  {
    q: 'new Intl.NumberFormat inside .map for every price - slow?? and what does hoisting mean here',
    section: 'six-patterns',
  },
  {
    q: "filter lab: i wrote WHERE lower(status) = ? and rows scanned still equals the whole table. what's wrong with it",
    section: 'six-patterns',
  },

  // ---------------------------------------------------------------- n-plus-one (7)
  {
    q: 'n+1 problem meaning',
    section: 'n-plus-one',
  },
  {
    q: 'Postmortem from last night: one page fired thousands of DB queries per load. Is there a logging setting I can switch on to catch other places doing this before they blow up?',
    section: 'n-plus-one',
  },
  {
    q: 'cant i just put all the customer lookups in Promise.all so they run in parallel? seems easier than rewriting as a join',
    section: 'n-plus-one',
  },
  {
    q: 'django select_related vs prefetch_related which one when',
    section: 'n-plus-one',
  },
  {
    q: "In Prisma I'm loading each post's author inside a for loop. What's the Prisma way to get all authors in the same call?",
    section: 'n-plus-one',
  },
  {
    q: 'I switched to one IN query with all the ids, but now we have 80 000 ids and the database says too many parameters. What now?',
    section: 'n-plus-one',
  },
  {
    q: 'lab 1 - my join version is fast but the check says output wrong, users without a team just disappear from the result',
    section: 'n-plus-one',
  },

  // ---------------------------------------------------------------- memory (6)
  {
    q: 'we push every incoming request into an array "for debugging" and memory climbs all week until the pod restarts. what should we do instead?',
    section: 'memory',
  },
  {
    q: 'fs.readFile on a 5gb log -> ERR_FS_FILE_TOO_LARGE. how do i count lines in it then',
    section: 'memory',
  },
  {
    q: 'how does an LRU cache built on a Map work? why does get() remove the entry and put it straight back',
    section: 'memory',
  },
  {
    q: 'Can a setInterval callback keep a huge object in memory even though it only prints the id of it? My teacher said something about closures.',
    section: 'memory',
  },
  {
    q: 'memory keeps going up in node, how do I find WHICH object is leaking? heap snapshot steps?',
    section: 'memory',
  },
  {
    q: 'cache lab: entries retained is fine now but my hit rate fell to like 10% after I added eviction. what am I doing wrong',
    section: 'memory',
  },

  // ---------------------------------------------------------------- prompts (3)
  {
    q: 'What should I actually write in my prompt so the assistant does not give me slow code? Is "make it efficient" enough?',
    section: 'prompts',
  },
  {
    q: 'why ask the AI to put a time complexity comment above the function? what does that give me',
    section: 'prompts',
  },
  {
    q: 'If I give the model a very good prompt with all the numbers, rows and milliseconds, I still need to check the result or it is guaranteed?',
    section: 'prompts',
  },

  // ---------------------------------------------------------------- profile-then-fix (4)
  {
    q: 'told copilot "make this faster", it rewrote half the file and its not any faster lol. how should i ask instead',
    section: 'profile-then-fix',
  },
  {
    q: 'flame graph how to read, what do wide bars mean',
    section: 'profile-then-fix',
  },
  {
    q: 'Our Python worker is already running in production and is slow right now. Can I profile it without restarting it?',
    section: 'profile-then-fix',
  },
  {
    q: 'After a fix, can I just use the profiler numbers to decide if it got faster, or is that a bad idea?',
    section: 'profile-then-fix',
  },

  // ---------------------------------------------------------------- benchmark-habit (4)
  {
    q: 'for the quiz - why exactly 100, 10k and 1M for the benchmark sizes? and why are the 100 results thrown away',
    section: 'benchmark-habit',
  },
  {
    q: 'my function took about 10,000x longer at 1M items than at 10k. what complexity does that suggest?',
    section: 'benchmark-habit',
  },
  {
    q: 'peak memory in node benchmark how',
    section: 'benchmark-habit',
  },
  {
    q: 'in the bench() sketch, what is the `keep` variable for? it is assigned and never really used',
    section: 'benchmark-habit',
  },

  // ---------------------------------------------------------------- perf-test-first (4)
  {
    q: 'Our "under 50 ms" test fails randomly in CI, green one run and red the next. The team wants to delete it. Is there a more reliable way to keep it?',
    section: 'perf-test-first',
  },
  {
    q: 'how to write a unit test that fails if a function sends more than 2 queries to the db',
    section: 'perf-test-first',
  },
  {
    q: "TA question: in the leaderboard lab one student's budget passes both the slow starter and their fixed code. Should that count as correct?",
    section: 'perf-test-first',
  },
  {
    q: 'performance budget definition + example',
    section: 'perf-test-first',
  },

  // ---------------------------------------------------------------- big-idea (1)
  {
    q: 'tl;dr of the whole lesson in one sentence pls, need it for my slides',
    section: 'big-idea',
  },

  // ---------------------------------------------------------------- out of scope (20)
  // near misses: performance
  {
    q: 'how to improve LCP on our landing page, lighthouse says 4.2s',
    section: null,
  },
  {
    q: 'p99 vs p50 latency, which one should our SLO be written against?',
    section: null,
  },
  // near misses: databases
  {
    q: 'How do I read the output of EXPLAIN ANALYZE in Postgres? What is a seq scan vs a bitmap heap scan?',
    section: null,
  },
  {
    q: 'what size should the pg connection pool be for a 4 core api server',
    section: null,
  },
  {
    q: 'composite index on (a, b) or two separate indexes, which is better',
    section: null,
  },
  {
    q: 'Our database is the bottleneck. Should we add read replicas or start sharding first?',
    section: null,
  },
  // near misses: JavaScript
  {
    q: 'difference between Map and WeakMap, and when would I use WeakRef?',
    section: null,
  },
  {
    q: 'v8 garbage collector young generation vs old generation, how does it decide to promote objects',
    section: null,
  },
  // near misses: frontend
  {
    q: 'React table with 10k rows re-renders on every keystroke in the search box. useMemo or a virtualized list?',
    section: null,
  },
  {
    q: 'how to code split a webpack bundle so the first page load is smaller',
    section: null,
  },
  // near misses: infrastructure
  {
    q: 'k8s pod keeps getting OOMKilled, how should i set memory requests and limits',
    section: null,
  },
  {
    q: 'redis or memcached for caching user sessions?',
    section: null,
  },
  {
    q: 'What Cache-Control headers should I set on static JS and CSS files behind a CDN?',
    section: null,
  },
  // near misses: testing
  {
    q: 'how do i mock the database in jest so unit tests dont need a real postgres',
    section: null,
  },
  {
    q: 'load testing our api with k6, how many virtual users should i start with',
    section: null,
  },
  // near misses: AI tools
  {
    q: 'Cursor or Copilot, which is cheaper for a team of five developers?',
    section: null,
  },
  {
    q: 'how to stop the coding assistant from putting my api keys into the code it generates',
    section: null,
  },
  // far off
  {
    q: 'best way to cook rice in a pan without it sticking',
    section: null,
  },
  {
    q: 'who won the football world cup in 2018',
    section: null,
  },
  {
    q: 'Can you help me write a cover letter for a junior developer job? I have no experience yet.',
    section: null,
  },
];

/**
 * Blind question set BLIND_AD for the lesson tutor of
 * "Performance Bugs in AI-Generated Code" (Hotpath).
 *
 * Written by: a helper agent (blind-question writer), 2026-11-27 14:19 UTC (`date -u`: Fri Nov 27 14:19:38 UTC 2026).
 * Written BLIND: the author never ran, read or saw the tutor, its code, its tests, its benchmarks or any
 * earlier question set or output.
 *
 * Sources read (only these):
 *   - lessons/performance-bugs-in-ai-generated-code/lesson.ts (section ids and titles, key terms)
 *   - lessons/performance-bugs-in-ai-generated-code/sections/01..09 *.mdx (lesson text)
 *   - lessons/performance-bugs-in-ai-generated-code/labs/NN-name/lab.ts (prose: titles, summaries, hints, why/see/fix/contract)
 *   - lessons/performance-bugs-in-ai-generated-code/labs/index.ts (lab order only)
 *   - lessons/performance-bugs-in-ai-generated-code/quiz.ts (grepped for topics / sectionIds only)
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section = null).
 * Emphasised voices: managers and team leads, sceptics, people asking about the labs and the quiz,
 * and people comparing two approaches.
 */

const BLIND_ZC: BlindQuestion[] = [
  // ---------------------------------------------------------------- works-on-my-machine (2)
  {
    q: "I'm not an engineer, I run the ops team. Devs tell me every test passed and the review was fine, yet the new dashboard fell over first thing Monday. How can code be 'correct' and still take the site down?",
    section: 'works-on-my-machine',
  },
  {
    q: 'why dont unit tests catch O(n^2) code? with 10 items both versions finish instantly',
    section: 'works-on-my-machine',
  },

  // ---------------------------------------------------------------- six-patterns (10)
  {
    q: 'Team lead here. I want a short checklist for reviewers of AI-written PRs: what are the usual slow code shapes to look for, and the standard fix for each?',
    section: 'six-patterns',
  },
  {
    q: 'offset vs cursor pagination - which one should I use and why do the later pages get slower with offset?',
    section: 'six-patterns',
  },
  {
    q: 'pagination lab: with LIMIT/OFFSET some products come back twice when new ones get added between requests. how do i stop that',
    section: 'six-patterns',
  },
  {
    q: 'copilot wrote `const hits = users.filter(u => banned.indexOf(u.id) !== -1)`. my senior says its quadratic but tbh it looks totally fine to me?? whats actually wrong',
    section: 'six-patterns',
  },
  {
    q: 'lab 3 (blocking) - serveAll already does Promise.all but the burst still takes ~1ms per request, nothing overlaps. what am I missing',
    section: 'six-patterns',
  },
  {
    q: 'why readFileSync inside async function is blocking the other requests? the function is async so i think it should not block anything',
    section: 'six-patterns',
  },
  {
    q: 'We create a new Intl.NumberFormat per row in our invoice export. Is that honestly a problem, or does the JS engine cache it behind the scenes anyway?',
    section: 'six-patterns',
  },
  {
    q: 'quiz prep: a loop inside a loop takes 1 ms on 1000 items, how long on 100k? and how do you work it out',
    section: 'six-patterns',
  },
  {
    q: 'refund queue lab: I moved the check into SQL as WHERE lower(status) = ? but rows scanned is still the whole table. why??',
    section: 'six-patterns',
  },
  {
    q: "I'm preparing a class for juniors. How do I explain why pulling a whole table with SELECT * and then calling .filter() in JavaScript is wasteful, beyond just 'it is slower'?",
    section: 'six-patterns',
  },

  // ---------------------------------------------------------------- n-plus-one (6)
  {
    q: 'fixing an n+1: JOIN or one big IN query with all the ids? when would I pick which',
    section: 'n-plus-one',
  },
  {
    q: "Can't I just fire the per-row lookups through Promise.all and let them run in parallel? Seems way simpler than rewriting the SQL.",
    section: 'n-plus-one',
  },
  {
    q: 'select_related vs prefetch_related?',
    section: 'n-plus-one',
  },
  {
    q: 'just got paged. pg logs show the orders page firing ~10k queries per load. how do I confirm it is an N+1 and what is the fastest fix in prisma',
    section: 'n-plus-one',
  },
  {
    q: 'n+1 lab: my inner join version is 1 query but the correctness check fails, a bunch of users are missing from the output',
    section: 'n-plus-one',
  },
  {
    q: 'I have about 80k customer ids to look up. Is it OK to put all of them in one IN (...) list?',
    section: 'n-plus-one',
  },

  // ---------------------------------------------------------------- prompts (3)
  {
    q: 'As an engineering manager I want to hand the team a standard snippet to paste in front of their Copilot/Claude requests so they stop getting slow code. What should go in it?',
    section: 'prompts',
  },
  {
    q: 'does adding "make it fast and efficient" to my prompt actualy change anything?',
    section: 'prompts',
  },
  {
    q: 'why ask the model to write its time/memory complexity as a comment above the function? it can just lie',
    section: 'prompts',
  },

  // ---------------------------------------------------------------- profile-then-fix (4)
  {
    q: "Honestly, what's the point of running a profiler when I can just paste the function into Claude and say 'make this faster'?",
    section: 'profile-then-fix',
  },
  {
    q: 'how to profile a python process thats already running in prod, without restart it?',
    section: 'profile-then-fix',
  },
  {
    q: 'self time vs total time in the profile, which one do I sort by and hand to the assistant?',
    section: 'profile-then-fix',
  },
  {
    q: 'the quiz wants the profiling loop steps in order. can you list them with one line each',
    section: 'profile-then-fix',
  },

  // ---------------------------------------------------------------- memory (5)
  {
    q: 'unbounded cache lab: when the map reaches 500 I clear it completely and my hit rate drops under 60%. what should I throw out instead?',
    section: 'memory',
  },
  {
    q: 'readFile vs createReadStream for a 5GB log?',
    section: 'memory',
  },
  {
    q: 'Postmortem time: our Node service memory creeps up over about three days and then the container gets OOM-killed. No errors in the logs. Where do I even start looking?',
    section: 'memory',
  },
  {
    q: '`return setInterval(() => console.log(report.id), 60000)` how can this keep the entire report in memory? it only uses the id',
    section: 'memory',
  },
  {
    q: 'my app push every request in a global array for debugging. is it problem if server run many weeks?',
    section: 'memory',
  },

  // ---------------------------------------------------------------- benchmark-habit (4)
  {
    q: 'revising for the quiz: what 3 input sizes does the benchmark use and why are they spaced 100x apart?',
    section: 'benchmark-habit',
  },
  {
    q: 'median or mean for benchmark timings?',
    section: 'benchmark-habit',
  },
  {
    q: 'For the benchmark report I also want peak memory for each input size in Node. What do I read, and should each size run in the same process?',
    section: 'benchmark-habit',
  },
  {
    q: 'why run the 100-item case and then ignore the result? feels like wasted data to me',
    section: 'benchmark-habit',
  },

  // ---------------------------------------------------------------- perf-test-first (5)
  {
    q: 'Timing assertions in CI have always been flaky for us. Why would I ever put a millisecond limit in a unit test?',
    section: 'perf-test-first',
  },
  {
    q: 'which is more reliable in CI: asserting milliseconds, or counting how many db queries the function makes?',
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab: the checklist complains my perfBudget lets the starter pass. what kind of budget am i supposed to write',
    section: 'perf-test-first',
  },
  {
    q: 'As a tech lead, how do I make sure a speed requirement from the product spec does not quietly regress the next time someone lets the AI refactor that module?',
    section: 'perf-test-first',
  },
  {
    q: 'instead of absolute times can i test that doubling the input roughly doubles the runtime? what ratio counts as pass',
    section: 'perf-test-first',
  },

  // ---------------------------------------------------------------- big-idea (1)
  {
    q: "I'm teaching this next week. What's the single takeaway I should close the session on?",
    section: 'big-idea',
  },

  // ---------------------------------------------------------------- out of scope (20)
  // near misses: databases
  {
    q: 'how do I read EXPLAIN ANALYZE in postgres? whats the difference between a seq scan and a bitmap heap scan',
    section: null,
  },
  {
    q: 'what pool size should I configure for node-postgres when we run 4 app instances against one db?',
    section: null,
  },
  {
    q: 'Should I denormalise the orders table to avoid joins, or keep it in third normal form?',
    section: null,
  },
  // near misses: JavaScript / runtime
  {
    q: 'WeakMap vs Map for caching data keyed by DOM nodes - when exactly does the WeakMap entry get garbage collected?',
    section: null,
  },
  {
    q: 'how do i share memory between worker threads with SharedArrayBuffer and Atomics',
    section: null,
  },
  {
    q: 'what value should I give --max-old-space-size on a 2GB container?',
    section: null,
  },
  {
    q: 'is Bun really faster than Node for an express API or is that just marketing',
    section: null,
  },
  // near misses: frontend
  {
    q: 'our main webpack chunk is 3 MB, how do I get the bundle size down?',
    section: null,
  },
  {
    q: 'React list with 5k rows lags every time I type in the search box. useMemo or virtualization, which one?',
    section: null,
  },
  // near misses: infrastructure / performance ops
  {
    q: 'redis or an in-process cache for sessions when we run several pods behind a load balancer?',
    section: null,
  },
  {
    q: 'Kubernetes HPA: should we autoscale on CPU or on request latency?',
    section: null,
  },
  {
    q: "What's a sensible p99 latency SLO for an internal API, and how do I alert on it without getting paged all night?",
    section: null,
  },
  // near misses: testing
  {
    q: 'how many virtual users should a k6 load test start with, and how long should the ramp-up be?',
    section: null,
  },
  {
    q: 'whats the difference between a unit test and an integration test',
    section: null,
  },
  // near misses: AI tools
  {
    q: 'I manage 12 devs. How do I justify paying for Cursor seats to finance - is there any data on the ROI?',
    section: null,
  },
  {
    q: 'how do we stop the coding assistant from putting our API keys and secrets into the code it suggests?',
    section: null,
  },
  // far off
  {
    q: 'whats a good hydration % for a beginner sourdough loaf',
    section: null,
  },
  {
    q: 'Who painted Girl with a Pearl Earring?',
    section: null,
  },
  {
    q: 'my landlord in the UK is refusing to return my deposit, what can I do',
    section: null,
  },
  {
    q: 'translate "the build is broken again" into spanish pls',
    section: null,
  },
];

export const BLIND_Z_IN_SCOPE = inScope(BLIND_Z);
export const BLIND_Z_OUT_OF_SCOPE = outOfScope(BLIND_Z);
export const BLIND_ZA_IN_SCOPE = inScope(BLIND_ZA);
export const BLIND_ZA_OUT_OF_SCOPE = outOfScope(BLIND_ZA);
export const BLIND_ZB_IN_SCOPE = inScope(BLIND_ZB);
export const BLIND_ZB_OUT_OF_SCOPE = outOfScope(BLIND_ZB);
export const BLIND_ZC_IN_SCOPE = inScope(BLIND_ZC);
export const BLIND_ZC_OUT_OF_SCOPE = outOfScope(BLIND_ZC);
