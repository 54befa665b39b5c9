/**
 * Independent blind sets ZH, ZI, ZJ and ZK (40 in-scope + 20 out-of-scope each), written on 2026-11-27
 * (third session) by four more helpers working apart, each reading only the lesson content (lesson.ts, the
 * section MDX, lab prose, quiz topics) — never the tutor's code, word lists, earlier question sets,
 * BENCHMARKS.md or git history — and never running the tutor. Each author's own header follows (they named
 * their sets AI, AJ, AK and AL). They were written while the last round of changes was made without sight
 * of them (commits fdaadb8 and 058afac: other stacks' questions that name the lesson's stack, other stacks'
 * tool names, the model refitted with Z–ZG), and added after; the first run is the blind figure in
 * BENCHMARKS.md. `section` null = the lesson does not cover it.
 */
import { inScope, outOfScope, type BlindQuestion } from './blind';

// Blind question set BLIND_AI for the Hotpath lesson tutor
// ("Performance Bugs in AI-Generated Code").
// Written by a helper agent on 2026-11-27 at 15:04 UTC (date -u).
// Written blind: the author never ran, read or queried the tutor, its code, its tests,
// the benchmarks, earlier question sets or any git history.
// Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts,
// sections/01..09 (.mdx), the lab.ts file in each labs folder (prose only: titles, summaries, hints, prose),
// and quiz.ts (only to see which topics exist).
// 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section = null).

const BLIND_ZH: BlindQuestion[] = [
  // ---- works-on-my-machine (3)
  {
    q: 'our fixtures only have like 5 rows. is that why nobody spotted the slowness in code review when the assistant wrote it?',
    section: 'works-on-my-machine',
  },
  {
    q: "I'm a product manager, not an engineer. How can a dashboard that was fine on Friday end up breaking checkout on Monday morning? Please explain it like the story in the intro.",
    section: 'works-on-my-machine',
  },
  {
    q: 'is there one simple question I can ask myself when reviewing any loop that goes over data?',
    section: 'works-on-my-machine',
  },

  // ---- six-patterns (11)
  {
    q: 'O(n) vs O(n^2) in real life - what actually happens when i double the input size?',
    section: 'six-patterns',
  },
  {
    q: 'If my nested loop needs 1 ms for 1,000 items, roughly how long will it take at 100,000? Revising for the quiz and I keep getting the arithmetic wrong.',
    section: 'six-patterns',
  },
  {
    q: "`const out = users.filter(u => banned.includes(u.id))` reviewer left a comment 'quadratic' on this line, what's wrong with it and how do I fix",
    section: 'six-patterns',
  },
  {
    q: 'why is Set.has quicker than Array.includes?? doesnt it also have to look thru everything',
    section: 'six-patterns',
  },
  {
    q: 'In my node server I use fs.readFileSync inside async handler. Colleague say this is blocking all the other users. Is true? Why the async keyword not help?',
    section: 'six-patterns',
  },
  { q: 'event loop?? explain pls', section: 'six-patterns' },
  {
    q: 'we pull every row of the orders table with select * and then .filter() in JS to keep only the refund ones (maybe 1 in a few hundred). bad idea? what instead',
    section: 'six-patterns',
  },
  {
    q: "Page 1 of our admin list loads instantly but page 800 takes several seconds. We're using LIMIT and OFFSET. Why does going deeper get slower, and what's the alternative?",
    section: 'six-patterns',
  },
  {
    q: 'in the pagination lab, why would some products come back twice when new products are inserted between requests?',
    section: 'six-patterns',
  },
  {
    q: "is it really that costly to create a new Intl.NumberFormat for every price inside map()? it's just a formatter object",
    section: 'six-patterns',
  },
  { q: 'what does it mean to hoist something out of a loop', section: 'six-patterns' },

  // ---- n-plus-one (6)
  { q: 'n+1 query = ?', section: 'n-plus-one' },
  {
    q: 'Postmortem: our orders endpoint ran one customer lookup per order inside a for-await loop and fell over around 10k orders. Is wrapping those lookups in Promise.all an acceptable hotfix?',
    section: 'n-plus-one',
  },
  {
    q: 'prisma: include vs calling findUnique for each row in a loop, which one loads the relation eagerly?',
    section: 'n-plus-one',
  },
  {
    q: 'django select_related or prefetch_related for a many-to-many?? i always mix them up',
    section: 'n-plus-one',
  },
  {
    q: 'I swapped the loop for a single IN query covering every customer id, then matched them back with customers.find() inside orders.map(). Is there still a problem with that?',
    section: 'n-plus-one',
  },
  {
    q: 'n+1 lab: after I switched to a JOIN the users that have no team just disappeared from the result. why',
    section: 'n-plus-one',
  },

  // ---- prompts (4)
  {
    q: 'what should I tell copilot so it stops giving me the toy tutorial version of a function? which details actually change the answer',
    section: 'prompts',
  },
  { q: "Is it enough to write 'make it fast and efficient' in my prompt?", section: 'prompts' },
  {
    q: 'why would I ask the model to put a comment with the time complexity on top of the function? feels pointless, it can just lie',
    section: 'prompts',
  },
  {
    q: 'I teach a workshop for junior devs next week. Could you show me how to word a request for an orders API endpoint on a table with tens of millions of rows, including how it should page through results?',
    section: 'prompts',
  },

  // ---- profile-then-fix (4)
  {
    q: 'how do you read a flame graph? wide bars vs tall stacks, which one matters',
    section: 'profile-then-fix',
  },
  {
    q: "i asked chatgpt to 'make this faster', it rewrote half the file and nothing got faster lol. what should i do differently",
    section: 'profile-then-fix',
  },
  {
    q: "Our Python worker is slow in production. Can I profile it while it's running, without restarting it?",
    section: 'profile-then-fix',
  },
  {
    q: 'Should I trust the timings the profiler shows to decide if my change helped or not?',
    section: 'profile-then-fix',
  },

  // ---- memory (5)
  {
    q: "we push every incoming req object into a global array 'for debugging'. could that be why RAM keeps going up?",
    section: 'memory',
  },
  {
    q: 'Reading a 5 GB log with fs.promises.readFile fails with ERR_FS_FILE_TOO_LARGE. Why, and how should I read it instead?',
    section: 'memory',
  },
  { q: 'how do i turn my plain Map cache into an LRU so it stops growing forever', section: 'memory' },
  {
    q: 'My setInterval callback only uses report.id but the whole report seems to stay in memory. Why does that happen?',
    section: 'memory',
  },
  {
    q: 'I know heap usage is leaking from the graph, but how do I find WHICH objects are leaking? step by step in chrome devtools please',
    section: 'memory',
  },

  // ---- benchmark-habit (3)
  {
    q: 'what input sizes should a benchmark use, and why those particular ones?',
    section: 'benchmark-habit',
  },
  {
    q: 'My function got about 10000 times slower going from 10k items to 1M items. What does that tell me about it?',
    section: 'benchmark-habit',
  },
  { q: 'how to get peak memory of a function for a benchmark in node', section: 'benchmark-habit' },

  // ---- perf-test-first (3)
  {
    q: 'How can I write a vitest test that fails when a function becomes too slow?',
    section: 'perf-test-first',
  },
  {
    q: 'Our timing test randomly fails on CI but always passes on my laptop. Should we just delete it or is there a better way?',
    section: 'perf-test-first',
  },
  {
    q: 'can a test check the number of database queries instead of the time? like a max of 2 queries per call',
    section: 'perf-test-first',
  },

  // ---- big-idea (1)
  { q: 'tl;dr of the whole lesson? what are the main habits to take away', section: 'big-idea' },

  // ---- out of scope, near misses (17)
  {
    q: 'lighthouse says i ship too much unused javascript in my next.js app, how do i shrink the bundle',
    section: null,
  },
  { q: 'What Cache-Control header should I set for hashed static assets behind a CDN?', section: null },
  { q: "in postgres EXPLAIN (ANALYZE, BUFFERS), what does 'shared hit' vs 'read' mean?", section: null },
  { q: 'When is it worth denormalizing a table instead of keeping the joins?', section: null },
  { q: 'how to set up postgres read replicas to spread read traffic', section: null },
  { q: 'WeakMap vs Map for caching data keyed by DOM nodes, which is better?', section: null },
  { q: 'why 0.1 + 0.2 !== 0.3 in javascript', section: null },
  {
    q: 'My React component re-renders on every keystroke. Should I wrap things in useMemo or useCallback?',
    section: null,
  },
  { q: 'how do I improve the LCP score of our landing page on mobile', section: null },
  { q: 'Kubernetes HPA: how do I autoscale on requests per second instead of CPU?', section: null },
  { q: 'our docker images are 2GB, would a multi-stage build help and how does it work', section: null },
  { q: 'How do I mock fetch in Jest for a component test?', section: null },
  { q: 'what is mutation testing and is stryker worth setting up?', section: null },
  { q: "How big is Claude's context window, will it read my entire repo at once?", section: null },
  { q: 'copilot or cursor, which one is cheaper per month for a team of ten?', section: null },
  {
    q: 'How do I stop an AI coding assistant from putting our API keys into code it suggests?',
    section: null,
  },
  { q: 'what value should i give --max-old-space-size for node in a 4GB container', section: null },

  // ---- out of scope, far off (3)
  { q: 'best way to cook rice without a rice cooker?', section: null },
  { q: 'Can you help me write a cover letter for a junior developer job?', section: null },
  { q: 'what year did the berlin wall fall', section: null },
];

// Blind question set BLIND_AJ for the Hotpath lesson tutor
// ("Performance Bugs in AI-Generated Code").
// Written by a helper agent on Fri Nov 27 15:04:55 UTC 2026, blind: the author never ran or read the tutor,
// its code, its tests or any earlier question sets or results.
// Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts, sections/*.mdx,
// labs/<each lab>/lab.ts (titles, summaries, hints, prose only), quiz.ts (prompts only, for topics).
// 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section: null).
// Emphasis: developers from other stacks (Java, Kotlin, Go, Python, Ruby, C#, PHP, Elixir) and SREs after an incident.

const BLIND_ZI: BlindQuestion[] = [
  {
    q: "My team's AI-written report passed code review and every single test, then fell over on real data. I'm the manager, not a coder: why didn't the tests catch it?",
    section: 'works-on-my-machine',
  },
  {
    q: 'go dev reviewing copilot PRs. is there like one question i should ask about every `for _, x := range` loop to spot the slow ones?',
    section: 'works-on-my-machine',
  },
  {
    q: '```py\nflagged = [o for o in orders if o.customer_id in blocked_ids]\n```\nblocked_ids is a plain list of ~50k. Python dev here, is this the same includes() problem the course shows in JS? fix?',
    section: 'six-patterns',
  },
  {
    q: "Java guy: ArrayList.contains() inside a stream().filter(). Why would a HashSet make that so much faster, isn't it the same number of checks?",
    section: 'six-patterns',
  },
  {
    q: 'revising: a quadratic loop takes 1ms on 1,000 items. roughly how long on 100,000??',
    section: 'six-patterns',
  },
  {
    q: 'In C# we learn never to call .Result on a Task in async code because it parks a thread. Is fs.readFileSync inside an async Express handler the same sin? Why do the other requests stall?',
    section: 'six-patterns',
  },
  {
    q: "serveAll already wraps everything in Promise.all but 'most reads in flight' stays 0 and a burst of 1000 takes ~1s. what am i missing",
    section: 'six-patterns',
  },
  {
    q: "Laravel dev. A colleague's AI code does Order::all() and then ->filter() on the collection to keep the refunds. What does that cost us compared to doing it in the query?",
    section: 'six-patterns',
  },
  {
    q: 'I moved the condition into sql as WHERE lower(status) = ? but rows scanned is still the whole table. why',
    section: 'six-patterns',
  },
  {
    q: 'Rails + kaminari: page 2000 of our audit log takes forever while page 1 is instant. Why do deep pages get slower, and what is this keyset/cursor alternative people mention?',
    section: 'six-patterns',
  },
  {
    q: 'with limit/offset paging some products come back twice when new ones get inserted between requests - why does that happen and how do i avoid it',
    section: 'six-patterns',
  },
  {
    q: 'kotlin dev: we do `lines.map { Regex(pattern).find(it) }` over a big file. is that the hot loop allocation thing? what does hoisting mean here',
    section: 'six-patterns',
  },
  {
    q: 'does `toLocaleString` with currency options inside map() cost the same as making a new Intl.NumberFormat per item?',
    section: 'six-patterns',
  },
  {
    q: "Hibernate: lazy @ManyToOne on Order.customer, and a loop calling order.getCustomer().getName(). The SQL log shows thousands of tiny selects. Is this that N+1 thing, and what's the general cure?",
    section: 'n-plus-one',
  },
  {
    q: 'If I put all the per-row queries in a Promise.all they run in parallel, so the N+1 is solved, right?',
    section: 'n-plus-one',
  },
  {
    q: 'SRE here, right after an incident. DB CPU spiked and the app was sending way more queries than we expected. Backend is Django. How do I check whether a page has an N+1 without reading every view?',
    section: 'n-plus-one',
  },
  {
    q: 'quiz prep - with 10,000 orders how many queries does the loop version send vs the join version, and what is that in round-trip time at 1 ms each',
    section: 'n-plus-one',
  },
  {
    q: "Go service. I switched to a single `WHERE id = ANY($1)` with all the ids, but sometimes that's 200k ids. any limit i should worry about?",
    section: 'n-plus-one',
  },
  {
    q: 'lab 1: used an inner join and now users without a team vanish from the output. why',
    section: 'n-plus-one',
  },
  {
    q: "What should I actually write in my prompt so copilot stops handing me the toy version? saying 'make it efficient' changes nothing",
    section: 'prompts',
  },
  {
    q: "I'm a bootcamp teacher prepping Friday's class. Is there a ready-made block of text students can stick in front of a request when the data is big? What goes in it?",
    section: 'prompts',
  },
  {
    q: 'why would I ask the model to put the time complexity in a comment above the function, it could just be wrong',
    section: 'prompts',
  },
  {
    q: "Python shop. Which profiler can attach to a process that's already running in prod without restarting it?",
    section: 'profile-then-fix',
  },
  {
    q: 'flame graph: whats the difference between self time and total time, and which one do I sort by first?',
    section: 'profile-then-fix',
  },
  {
    q: "Postmortem follow-up: our lead asked Claude to 'optimise the service' and it rewrote some helper that barely matters. How should we have asked instead?",
    section: 'profile-then-fix',
  },
  {
    q: 'is ok to use the numbers from profiler for decide if my change made it faster? or I should do other way',
    section: 'profile-then-fix',
  },
  {
    q: 'In Java land we had a static HashMap cache that caused OutOfMemoryError after about a week. What fix does the lesson give for the same mistake in JS?',
    section: 'memory',
  },
  {
    q: "SRE: node pod memory climbs for ~3 days, then OOMKilled, restart 'fixes' it. How do I actually find what is leaking?",
    section: 'memory',
  },
  {
    q: 'readFile on a 6GB log gives ERR_FS_FILE_TOO_LARGE lol. how do i count the ERROR lines then',
    section: 'memory',
  },
  {
    q: 'how can a setInterval callback keep a giant object in memory when all it does is log an id?',
    section: 'memory',
  },
  {
    q: 'unbounded cache lab: when the map hits the limit I clear() it. entries retained is fine now but hit rate dropped way under 60%. why',
    section: 'memory',
  },
  {
    q: 'I use Benchee in Elixir and usually just pick one input size. The course wants three sizes: which ones, and why a hundred times apart?',
    section: 'benchmark-habit',
  },
  {
    q: 'BenchmarkDotNet does warm-up for me in C#. In the node benchmark sketch, why are the 100-item numbers thrown away?',
    section: 'benchmark-habit',
  },
  { q: 'benchmark: median vs mean??', section: 'benchmark-habit' },
  {
    q: 'whats the python equivalent of that node benchmark habit, for the timing and the memory numbers?',
    section: 'benchmark-habit',
  },
  {
    q: "our 'must be under 50ms' test fails randomly on CI, maybe 1 run in 10. how do we keep a perf test without it being flaky",
    section: 'perf-test-first',
  },
  {
    q: 'Rails dev. How would I write a test that breaks the build when someone sneaks an N+1 back in? Time the request, or something else?',
    section: 'perf-test-first',
  },
  {
    q: "manager here. the team keeps saying 'performance budget'. what is it in plain words and how does it actually get enforced?",
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab: the budget I wrote also passes the slow starter code. is that a problem?',
    section: 'perf-test-first',
  },
  {
    q: "tl;dr of the whole lesson? what are the few signals I'm supposed to hand the model",
    section: 'big-idea',
  },
  {
    q: 'SRE, the incident is over. Leadership wants a blameless postmortem doc. What sections should the template have?',
    section: null,
  },
  {
    q: 'how do I pick p99 latency SLO targets for an internal API, and what error budget goes with them?',
    section: null,
  },
  {
    q: 'Java service with a 32GB heap: should we switch from G1 to ZGC to cut GC pause times?',
    section: null,
  },
  {
    q: 'Two checkouts can book the same seat at the same moment in Postgres. Which isolation level or lock stops that?',
    section: null,
  },
  {
    q: 'Can I make Copilot index our private monorepo so its suggestions use our internal helper functions?',
    section: null,
  },
  {
    q: 'Largest Contentful Paint is ~4s on mobile for our landing page. What are the usual fixes to get it under 2.5s?',
    section: null,
  },
  {
    q: 'React.memo vs useMemo vs useCallback - which one actually stops a child component re-rendering?',
    section: null,
  },
  { q: 'why does [10, 9, 1].sort() in javascript give [1, 10, 9]??', section: null },
  {
    q: 'k8s question: should we set CPU limits on our pods at all or only requests? heard limits cause throttling',
    section: null,
  },
  { q: 'Laravel app: how do I set up a read replica and send only the SELECTs to it?', section: null },
  { q: 'how do i freeze Date.now() in jest so my time-dependent tests stop flaking', section: null },
  { q: 'is mutation testing worth it? stryker takes 40 min on our repo', section: null },
  {
    q: 'How do I stop Claude Code from asking permission every time it wants to run a shell command?',
    section: null,
  },
  {
    q: 'Elixir: for state shared across processes, when do I pick a GenServer vs an Agent vs an ETS table?',
    section: null,
  },
  {
    q: 'go: how do I run the -race detector in CI, and is it ok to leave it on in production builds?',
    section: null,
  },
  {
    q: 'C# - do I still need ConfigureAwait(false) everywhere in ASP.NET Core or was that only for the old framework?',
    section: null,
  },
  { q: 'whats a good hydration % for a beginner sourdough loaf', section: null },
  { q: 'can you help me write a cover letter for a barista job', section: null },
  { q: "explain the offside rule in football like I'm five", section: null },
  { q: 'what should I name my pet tortoise? he is very slow', section: null },
];

// Blind question set BLIND_AK for the Hotpath lesson tutor
// ("Performance Bugs in AI-Generated Code").
// Written by a helper agent on Fri Nov 27 15:04:28 UTC 2026.
// Written blind: the author never ran, read or saw the tutor, its code, its tests or earlier question sets.
// Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts (section ids, titles, key terms),
// the nine section MDX files in its sections folder, the prose of each lab.ts in its labs folder
// (titles, summaries, hints, why/see/fix/contract text), and quiz.ts (topics only).
// 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section: null).

const BLIND_ZJ: BlindQuestion[] = [
  {
    q: 'why do AI-written functions pass all the tests and then crawl once real data hits them? was the logic wrong?',
    section: 'works-on-my-machine',
  },
  {
    q: 'Teaching this next week. In the Monday dashboard story, why did checkout go down too when only the dashboard was slow?',
    section: 'works-on-my-machine',
  },
  {
    q: "revising for quiz - what's the one question u should ask about every loop over data?",
    section: 'works-on-my-machine',
  },
  { q: 'if a loop-inside-a-loop takes 1 ms for 1000 items how long for 100000??', section: 'six-patterns' },
  {
    q: '`users.filter(u => banned.includes(u.id))` where banned has about 40k ids. fine or not?',
    section: 'six-patterns',
  },
  {
    q: "serveAll already has Promise.all but the requests still run one after the other, there's a loadProfileSync call inside. why doesn't async help here",
    section: 'six-patterns',
  },
  {
    q: 'my code pulls the whole table into javascript and then throws away most rows with .filter. is that really so bad if the server is strong?',
    section: 'six-patterns',
  },
  { q: 'OFFSET vs cursor pagination', section: 'six-patterns' },
  { q: 'new Intl.NumberFormat inside .map for each price — bad?', section: 'six-patterns' },
  {
    q: "What mean 'hoisting' for a loop? It is same as javascript var hoisting or different thing?",
    section: 'six-patterns',
  },
  { q: 'big O explained simply pls, whats the difference O(n) vs O(n^2)', section: 'six-patterns' },
  {
    q: 'refund queue lab: I wrote WHERE lower(status) = ? and rows scanned is still the whole table, why',
    section: 'six-patterns',
  },
  { q: 'does set.has get slower when the set has milions of items', section: 'six-patterns' },
  {
    q: 'post-incident here. page loads 10k orders then fetches each customer with its own query. how many queries is that and whats the propper fix',
    section: 'n-plus-one',
  },
  {
    q: 'TA here — a student wrapped his per-order queries in Promise.all and says the N+1 is fixed now. Is it?',
    section: 'n-plus-one',
  },
  { q: 'django select_related vs prefetch_related, which one when', section: 'n-plus-one' },
  {
    q: 'how can I check whether prisma is firing one query per row on my page? is there a log switch?',
    section: 'n-plus-one',
  },
  {
    q: 'For a slide for leadership: roughly how long would the one-query-per-order approach spend on round trips at a million orders?',
    section: 'n-plus-one',
  },
  {
    q: 'n+1 lab: switched to a JOIN and now the users without a team are gone from the results??',
    section: 'n-plus-one',
  },
  {
    q: 'what should i tell copilot up front so it doesnt hand me the tutorial-grade slow version',
    section: 'prompts',
  },
  { q: "is writing 'make it fast and efficient' in my prompt good enough?", section: 'prompts' },
  {
    q: 'Is there a ready-made block of text my students can paste before their requests when the data is big?',
    section: 'prompts',
  },
  {
    q: 'why ask the model to put a complexity comment above the function, whats the point',
    section: 'prompts',
  },
  {
    q: "asked the ai to 'make this faster', it rewrote half the file and its not faster at all lol. what should i have done",
    section: 'profile-then-fix',
  },
  { q: 'self time vs total time?', section: 'profile-then-fix' },
  {
    q: 'In flame graph, which bars I must look first, the tall ones or the wide ones?',
    section: 'profile-then-fix',
  },
  {
    q: 'can i use the profiler numbers to decide if my fix actually helped, or no',
    section: 'profile-then-fix',
  },
  {
    q: 'how to profile a python proces thats already running in prod without restarting it',
    section: 'profile-then-fix',
  },
  {
    q: 'node service memory climbs for days then gets OOM killed. how do i figure out which objects are leaking',
    section: 'memory',
  },
  { q: 'readFile on a 5gb log just throws, how should i count the error lines', section: 'memory' },
  {
    q: 'setInterval callback only logs report.id but the whole report seems to stay in memory, why??',
    section: 'memory',
  },
  { q: 'I push every incoming req into an array so I can debug later. Problem?', section: 'memory' },
  {
    q: 'unbounded cache lab: when the cache is full I just clear() the whole map, but hit rate drops under 60%. what eviction do they want',
    section: 'memory',
  },
  {
    q: 'why does the benchmrk use 100, 10k and 1M items and then throw away the 100 result?',
    section: 'benchmark-habit',
  },
  {
    q: 'when benchmarking a function, mean or median per call, and is time the only thing I should report?',
    section: 'benchmark-habit',
  },
  {
    q: 'went from 10k to 1M items and time went up like 9000x. linear or quadratic?',
    section: 'benchmark-habit',
  },
  {
    q: 'our perf test with a 50ms limit fails randomly on CI but passes locally. how do i make it less flakey',
    section: 'perf-test-first',
  },
  {
    q: 'how do i write a test that breaks the build if someone brings back the one-query-per-order loop?',
    section: 'perf-test-first',
  },
  { q: 'leaderboard lab, what do i put in perfBudget, maxClass or size+maxMs?', section: 'perf-test-first' },
  {
    q: "studying for the quiz: what's the main takeaway of the whole lesson in a sentence or two",
    section: 'big-idea',
  },
  { q: 'how do I make my webpack bundle smaller, main.js is 4mb', section: null },
  { q: 'would rewriting the hot function in WebAssembly make it faster?', section: null },
  { q: 'how do I read the output of explian analyze in postgres', section: null },
  {
    q: 'we get deadlocks between two transactions updating the same rows, what isolation level should we use',
    section: null,
  },
  { q: 'when is it time to add read replicas or shard the database?', section: null },
  { q: 'what pool size should pgbouncer have for 4 app servers', section: null },
  { q: 'how to prevent sql injection when I build queries by hand', section: null },
  { q: 'why does a promise .then callback run before setTimeout 0? microtask vs macrotask', section: null },
  {
    q: 'my react component re-renders on every keystroke, should I wrap everything in useMemo?',
    section: null,
  },
  { q: 'how to improve LCP and CLS in lighthouse', section: null },
  { q: 'how to configure kubernetis HPA to scale on cpu', section: null },
  { q: 'what Cache-Control headers should i set for static assets on a CDN', section: null },
  { q: 'how do I mock fetch in jest', section: null },
  { q: 'What is mutation testing and is it worth setting up for a small team?', section: null },
  { q: 'Copilot or Cursor, which is cheaper for a team of 10?', section: null },
  { q: "the AI keeps suggesting npm packages that don't exist, how do I stop that", section: null },
  { q: 'does the python GIL mean threads are useless for cpu work?', section: null },
  { q: 'banana bread recipe without eggs?', section: null },
  { q: 'Can you help me write cover letter for job in Germany? my english is not so good', section: null },
  { q: 'my wifi keeps dropping every evening, router or provider problem?', section: null },
];

// Blind question set BLIND_AL for the Hotpath lesson tutor
// (lesson: Performance Bugs in AI-Generated Code).
// Written by a helper agent on Fri Nov 27 15:04:50 UTC 2026.
// Written blind: the author never ran, saw or read the tutor, its code, its tests or earlier question sets.
// Sources read (in /work/main/lessons/performance-bugs-in-ai-generated-code): lesson.ts, the nine section .mdx files,
// the prose fields (titles, summaries, hints, prose) of each lab folder's lab.ts, labs/index.ts, and quiz.ts (topics only).
// Not read: any lab code.ts, lib, components, scripts, e2e, README, BENCHMARKS, git history.
// 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section: null).

const BLIND_ZK: BlindQuestion[] = [
  // works-on-my-machine
  {
    q: 'Honest question from a sceptic: our Copilot PRs pass CI and get approved, and the code is correct. In what sense is that a bug? If everything is green, why would it only fall over in prod?',
    section: 'works-on-my-machine',
  },
  {
    q: 'prepping a workshop for my team. the monday morning dashboard story, is that a real outage? and why did checkout break when it was only the dashboard that was slow',
    section: 'works-on-my-machine',
  },
  { q: 'whats the one question to ask about every loop', section: 'works-on-my-machine' },
  // six-patterns
  {
    q: 'Reviewing a PR, found this: `const active = users.filter(u => activeIds.includes(u.id))`. activeIds has ~40k entries in prod. Am I being pedantic flagging it, or is it a real problem? What would you replace it with?',
    section: 'six-patterns',
  },
  {
    q: 'quiz revision: a quadratic loop takes 1 ms at 1,000 items. how long at 100,000 and why',
    section: 'six-patterns',
  },
  {
    q: 'We run an Express API. Every handler is async, but one of them calls fs.readFileSync on a ~300 MB JSON file per request, and whenever that endpoint gets traffic, latency on totally unrelated endpoints jumps too. Why would one sync read hold up other requests?',
    section: 'six-patterns',
  },
  {
    q: "blocking lab: serveAll already does Promise.all so why is nothing running in parallel?? 'most reads in flight' stays at 0",
    section: 'six-patterns',
  },
  {
    q: 'my app gets all the customers out of the database and then the code throws away the ones we dont need. someone said thats bad. why, and what should it do instead',
    section: 'six-patterns',
  },
  {
    q: 'refund queue lab: I changed it to WHERE lower(status) = ? and rows fetched went down, but rows scanned is still the whole table. what am i missing',
    section: 'six-patterns',
  },
  {
    q: 'why OFFSET pagination become so slow on deep page? our product list page 800 take many seconds, page 1 is instant',
    section: 'six-patterns',
  },
  {
    q: 'pagination lab - how do i tell the client theres another page without doing a seperate COUNT query?',
    section: 'six-patterns',
  },
  {
    q: "Code review comment says this is slow: `amounts.map(a => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(a))`. It's a one-liner, what's actually wrong with it?",
    section: 'six-patterns',
  },
  {
    q: 'Team lead here. I want a short checklist for reviewers of AI-generated PRs: which recurring slow patterns does the lesson say to look for?',
    section: 'six-patterns',
  },
  // n-plus-one
  {
    q: "We have a Django ListView of invoices; the template prints {{ invoice.customer.name }} on every row and the debug toolbar reports about 2,000 SQL queries for one page. What's the Django way to fix this?",
    section: 'n-plus-one',
  },
  {
    q: "Coworker's take: the per-row lookups are fine as long as we fire them all at once with Promise.all, since they run concurrently. Is he right?",
    section: 'n-plus-one',
  },
  {
    q: 'in the batched fix they build `new Map(customers.map(...))` keyed by id. why not just customers.find() for each order, simpler no?',
    section: 'n-plus-one',
  },
  {
    q: 'n+1 lab: switched to a JOIN, queries counter shows 1 now, but the correctness check fails and a bunch of users are missing from the result??',
    section: 'n-plus-one',
  },
  {
    q: 'inherited a big app. how can i tell wich pages have the N+1 thing without reading every file',
    section: 'n-plus-one',
  },
  {
    q: 'for the quiz: how many queries does the loop version send for 10,000 orders, and roughly how long is that if every round trip costs 1ms',
    section: 'n-plus-one',
  },
  // prompts
  {
    q: "what do i actually type into the prompt so copilot stops giving me the naive version? looking for concrete lines, not 'be efficient'",
    section: 'prompts',
  },
  { q: 'Does it help at all to tell the AI "make it fast" or "write efficient code"?', section: 'prompts' },
  {
    q: 'Why would I ask the model to write the Big-O in a comment above the function? It can just make that up.',
    section: 'prompts',
  },
  {
    q: 'Writing prompt guidelines for my team. When we ask Cursor for a list endpoint on a table that will reach tens of millions of rows, what should the request spell out?',
    section: 'prompts',
  },
  // profile-then-fix
  {
    q: "Our nightly report job in Node went from ~40 s to 6 min after a refactor. I pasted the whole file into Claude and said 'optimize this'; it rewrote string handling all over and nothing improved. How should I go about it instead?",
    section: 'profile-then-fix',
  },
  { q: 'how do you read a flame graph, which bars do I look at first', section: 'profile-then-fix' },
  {
    q: 'python service is already running in production, can I profile it without restarting it?',
    section: 'profile-then-fix',
  },
  {
    q: 'Should I trust the timings the profiler shows to decide whether my fix actually made things faster?',
    section: 'profile-then-fix',
  },
  // memory
  {
    q: "Node service on k8s: memory climbs ~50 MB an hour and the pod gets OOMKilled every two days or so, nothing in the logs. We keep a module-level Map of rendered pages keyed by full URL, query strings included. Could that be it, and what's the fix?",
    section: 'memory',
  },
  {
    q: 'unbounded cache lab: I just clear() the whole map when it reaches 500 and now the hit rate check fails. why is that wrong',
    section: 'memory',
  },
  { q: 'how read 5GB log file in node? readFile give me ERR_FS_FILE_TOO_LARGE', section: 'memory' },
  {
    q: "Reviewer question: `setInterval(() => log('polling', job.id), 30_000)` where `job` carries a big payload. Does the timer keep the whole job alive, or just the id?",
    section: 'memory',
  },
  {
    q: "how do I actually find which objects are leaking? I can see the heap going up but not what's in it",
    section: 'memory',
  },
  // benchmark-habit
  { q: 'what input sizes should a benchmark use, and why those ones', section: 'benchmark-habit' },
  {
    q: 'Ran a benchmark: going from 10k items to 1M items, the time went up about 10,000x. What does that say about the function?',
    section: 'benchmark-habit',
  },
  { q: 'how to get peak memory of a benchmark run in node', section: 'benchmark-habit' },
  // perf-test-first
  {
    q: 'We want CI to block merges that make our search endpoint slower, but timing asserts on shared GitHub Actions runners are flaky as hell. What are our options?',
    section: 'perf-test-first',
  },
  {
    q: 'how do i write a test that fails if someone reintroduces an N+1 later on',
    section: 'perf-test-first',
  },
  {
    q: 'perf-test-first lab: my perfBudget passes on the starter code as well. thats fine right? less red',
    section: 'perf-test-first',
  },
  { q: 'performance budget = ?', section: 'perf-test-first' },
  // big-idea
  {
    q: "I'm a manager, not a coder. What's the main takeaway of this lesson in a sentence or two?",
    section: 'big-idea',
  },
  // out of scope
  {
    q: 'Our Postgres connection pool keeps maxing out. How many connections should each of our 12 app instances get, and do we need PgBouncer in front?',
    section: null,
  },
  {
    q: 'how do I read EXPLAIN ANALYZE output? whats the difference between a Bitmap Heap Scan and an Index Scan',
    section: null,
  },
  {
    q: 'Why does my Promise.then callback run before setTimeout(fn, 0) even though I scheduled the timeout first?',
    section: null,
  },
  {
    q: 'When should I use a WeakMap instead of a normal Map for caching per-object data in JS?',
    section: null,
  },
  {
    q: "what's a sensible --max-old-space-size for a Node process in a container with a 2GB memory limit",
    section: null,
  },
  { q: 'redis vs memcached?', section: null },
  {
    q: 'My React table re-renders all 500 rows on every keystroke in the search box. useMemo, React.memo, or virtualization?',
    section: null,
  },
  {
    q: "How do I get our Next.js landing page's Largest Contentful Paint under 2.5s? Lighthouse blames the hero image.",
    section: null,
  },
  { q: 'k6 or Locust for load testing an API at a few thousand concurrent users?', section: null },
  { q: 'best way to mock Postgres in Vitest unit tests so CI doesnt need a real database?', section: null },
  { q: 'Should our Kubernetes HPA scale the Node pods on CPU usage or on p95 latency?', section: null },
  {
    q: 'Does turning on gzip or brotli for API responses actually help with ~200KB JSON payloads, or does the CPU cost eat the gain?',
    section: null,
  },
  {
    q: 'Our tech lead wants to rewrite the hot path from Node in Rust via napi-rs. Is that usually worth it?',
    section: null,
  },
  {
    q: 'Can an AI review bot be trusted to catch SQL injection and other security holes in pull requests?',
    section: null,
  },
  {
    q: 'how do I stop Claude Code from editing files outside the directory I told it to work in',
    section: null,
  },
  {
    q: 'As an engineering manager, how should we estimate story points for performance work in sprint planning?',
    section: null,
  },
  {
    q: 'For a reporting dashboard in Postgres, when does it make sense to denormalize into a wide table instead of joining at query time?',
    section: null,
  },
  { q: 'whats a good hydration % for a first sourdough loaf', section: null },
  { q: 'Can you help me write a cover letter for a junior backend developer role?', section: null },
  { q: 'how many time zones does russia have', section: null },
];

export const BLIND_ZH_IN_SCOPE = inScope(BLIND_ZH);
export const BLIND_ZH_OUT_OF_SCOPE = outOfScope(BLIND_ZH);
export const BLIND_ZI_IN_SCOPE = inScope(BLIND_ZI);
export const BLIND_ZI_OUT_OF_SCOPE = outOfScope(BLIND_ZI);
export const BLIND_ZJ_IN_SCOPE = inScope(BLIND_ZJ);
export const BLIND_ZJ_OUT_OF_SCOPE = outOfScope(BLIND_ZJ);
export const BLIND_ZK_IN_SCOPE = inScope(BLIND_ZK);
export const BLIND_ZK_OUT_OF_SCOPE = outOfScope(BLIND_ZK);
