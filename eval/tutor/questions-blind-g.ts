/**
 * Independent blind sets H and I (40 in-scope + 20 out-of-scope each), written on 2026-11-27 (third
 * session) by two more helpers working apart, each reading only the lesson content (lesson.ts, the section
 * MDX, lab prose, quiz topics) — never the tutor's code, word lists, earlier question sets, BENCHMARKS.md
 * or git history — and never running the tutor. Each author's own header follows (they named their sets I
 * and J). They were written while the third session's third round of tutor changes was made without sight
 * of them, and added after it was committed; the first run is the blind figure in BENCHMARKS.md.
 * `section` null = the lesson does not cover it.
 */
import { inScope, outOfScope, type BlindQuestion } from './blind';

/**
 * Blind question set BLIND_I for the Hotpath lesson tutor
 * ("Performance Bugs in AI-Generated Code").
 *
 * Written by: a helper agent, 2026-11-27 13:53 UTC (date -u: Fri Nov 27 13:53:25 UTC 2026).
 * Written blind: the author never ran, read or saw the tutor, its code, its tests or any earlier question set.
 * Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts,
 *   sections/*.mdx, labs/*\/lab.ts (titles, summaries, hints, prose only), quiz.ts (topics only).
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id) and 20 out of scope (section = null).
 * Voices are deliberately mixed: students revising, engineers mid-incident, teachers, managers,
 * beginners, non-native speakers, people pasting code. Typos are intentional.
 */

const BLIND_H: BlindQuestion[] = [
  // ---------- works-on-my-machine (3) ----------
  {
    q: 'our weekly report page was totally fine in staging (few hundred fake rows) and then fell over monday 9am when everyone opened it. it ALSO took checkout down with it?? how does one slow page break a different feature',
    section: 'works-on-my-machine',
  },
  {
    q: "My unit tests only use like 5 rows. Why can't they catch an algorithm that is slow?",
    section: 'works-on-my-machine',
  },
  {
    q: 'is there one simple question I can ask about every loop during code review that catches most of these perf problems',
    section: 'works-on-my-machine',
  },

  // ---------- six-patterns (10) ----------
  {
    q: 'revising for the quiz: if an O(n^2) loop needs 1ms for 1k items, about how long for 100k?',
    section: 'six-patterns',
  },
  {
    q: 'const hits = users.filter(u => banned.includes(u.id))\n\nreviewer says use a Set instead. why would a Set be faster, doesnt it still have to check each thing?',
    section: 'six-patterns',
  },
  {
    q: "Inside my Express handler (it's an async function) I call fs.readFileSync on a big JSON file for every request. Since the handler is async that shouldn't block anything, right?",
    section: 'six-patterns',
  },
  {
    q: 'admin table: page 1 loads instantly, page 800 takes ages. we do LIMIT 50 OFFSET (page*50). why does it get slower the deeper you go and what do people use instead',
    section: 'six-patterns',
  },
  {
    q: "prices.map(p => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(p)) -- anything wrong with this?",
    section: 'six-patterns',
  },
  {
    q: 'Is it actually that bad to SELECT * the whole orders table and then .filter() in Node? Table is ~2M rows but we only need the refunded ones.',
    section: 'six-patterns',
  },
  {
    q: 'what is event loop? english is not my first language, please explain simple',
    section: 'six-patterns',
  },
  {
    q: "I'm a product manager. A developer told me our /products API 'sends the entire catalogue every time' and that it's a scaling risk. What would the fix look like, in plain terms?",
    section: 'six-patterns',
  },
  {
    q: 'in the refund queue lab I moved the condition into SQL as WHERE lower(status) = ? but rows scanned still equals the whole table. what am i missing',
    section: 'six-patterns',
  },
  {
    q: 'building new RegExp(pattern) inside a for loop over a million log lines, the pattern never changes. does that cost anything?',
    section: 'six-patterns',
  },

  // ---------- n-plus-one (6) ----------
  {
    q: "for (const post of posts) {\n  const [author] = await db.query('SELECT * FROM authors WHERE id = $1', [post.author_id]);\n  post.author = author;\n}\nfine locally, awful in prod with lots of posts. why?",
    section: 'n-plus-one',
  },
  {
    q: 'select_related vs prefetch_related',
    section: 'n-plus-one',
  },
  {
    q: "Can't I just fire all those per-row queries at once with Promise.all so they run in parallel? Seems easier than rewriting as a join.",
    section: 'n-plus-one',
  },
  {
    q: 'how do i tell if a page has an n+1 problem without reading through all the code',
    section: 'n-plus-one',
  },
  {
    q: 'Switched to one WHERE id IN (...) query like suggested, but for the big export there are ~80k ids and the driver now throws an error about too many parameters. Now what?',
    section: 'n-plus-one',
  },
  {
    q: 'did the users/teams lab with a JOIN, query count is good now but the users who have no team disappeared from the output?',
    section: 'n-plus-one',
  },

  // ---------- prompts (3) ----------
  {
    q: 'what should i actually put in my prompt to copilot so it stops giving me the naive nested-loop version',
    section: 'prompts',
  },
  {
    q: "I run a workshop on prompting for code. Students keep writing 'make it fast and efficient' in their prompts. Is that enough, or is there something better I should teach them?",
    section: 'prompts',
  },
  {
    q: 'why ask the AI to write a big-O comment above the function it generates? seems pointless',
    section: 'prompts',
  },

  // ---------- profile-then-fix (4) ----------
  {
    q: "asked claude to 'speed up' our CSV import script, it rewrote half of it and the runtime barely changed. what's a better way to go about this?",
    section: 'profile-then-fix',
  },
  {
    q: 'flame graph: tallest or widest?',
    section: 'profile-then-fix',
  },
  {
    q: 'profiler output has "self time" and "total time" columns, which one do I sort by to find the culprit?',
    section: 'profile-then-fix',
  },
  {
    q: 'How can I profile a Python worker that is already running in production, without restarting it?',
    section: 'profile-then-fix',
  },

  // ---------- memory (5) ----------
  {
    q: 'RangeError: Invalid string length\n\ngetting this when i readFile a 3GB nginx log in node to count errors. what do',
    section: 'memory',
  },
  {
    q: "Post-incident: our Node service's memory climbs steadily for about four days until it gets OOM-killed. The only suspicious thing we found is a Map we use as a cache, keyed by user id. Could that be it, and how should we fix it?",
    section: 'memory',
  },
  {
    q: 'setInterval(() => console.log("still running", job.name), 5000)\n\ncode review comment says this keeps the whole `job` object in memory (it is huge). is that true??',
    section: 'memory',
  },
  {
    q: 'whats the actual workflow to locate a memory leak in node? like step by step',
    section: 'memory',
  },
  {
    q: 'Someone added `allRequests.push(req)` at module level "just for debugging". Is that a problem, and what would be a safer way to keep recent requests around?',
    section: 'memory',
  },

  // ---------- benchmark-habit (4) ----------
  {
    q: 'why benchmark at 100, 10k and 1M specifically, and why do you throw away the numbers from the 100 run?',
    section: 'benchmark-habit',
  },
  {
    q: 'when timing a function several times should I report the average or the median? why?',
    section: 'benchmark-habit',
  },
  {
    q: 'how to get peak memory for a node benchmark',
    section: 'benchmark-habit',
  },
  {
    q: 'my function takes about 3 ms at 10k items and about 30 s at 1M items. what does that say about it?',
    section: 'benchmark-habit',
  },

  // ---------- perf-test-first (4) ----------
  {
    q: 'We added a test asserting a function runs under 50ms and it randomly fails on GitHub Actions maybe 1 run in 5. Should we just delete it?',
    section: 'perf-test-first',
  },
  {
    q: 'how can I write a unit test that fails in CI if someone reintroduces a query-per-row loop?',
    section: 'perf-test-first',
  },
  {
    q: 'performance budget = ? (concretely, not buzzword)',
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab: it says my budget is bad even though the starter code passes it. isnt passing good??',
    section: 'perf-test-first',
  },

  // ---------- big-idea (1) ----------
  {
    q: "Teacher here. I need the one-sentence takeaway of this lesson for my closing slide - what's the core message?",
    section: 'big-idea',
  },

  // ---------- out of scope (20) ----------
  {
    q: 'For a composite index on (customer_id, created_at), how do I decide which column goes first?',
    section: null,
  },
  {
    q: 'my react component re-renders like 50 times when I type in an input. should I wrap everything in useMemo?',
    section: null,
  },
  {
    q: 'what max pool size should i configure for node-postgres on a 4 vCPU database server',
    section: null,
  },
  {
    q: 'how do I read the output of EXPLAIN ANALYZE in postgres? what is a seq scan vs bitmap heap scan',
    section: null,
  },
  {
    q: 'Should I just raise --max-old-space-size to 8GB so the node process stops crashing?',
    section: null,
  },
  {
    q: 'would a WeakMap work as a cache that cleans itself up automatically?',
    section: null,
  },
  {
    q: 'how do I write a k6 load test that ramps up to 500 virtual users?',
    section: null,
  },
  {
    q: 'our Largest Contentful Paint is 4.8s on mobile, how to bring it down',
    section: null,
  },
  {
    q: 'Which is cheaper per month for a team of ten, Cursor or GitHub Copilot?',
    section: null,
  },
  {
    q: 'worst case complexity of quicksort and why',
    section: null,
  },
  {
    q: 'When a row changes in Postgres, how should I invalidate the matching key in Redis so users never see stale data?',
    section: null,
  },
  {
    q: 'how to configure kubernetes horizontal pod autoscaler on CPU',
    section: null,
  },
  {
    q: 'What Cache-Control headers should I set so the CDN caches our API responses for 5 minutes?',
    section: null,
  },
  {
    q: 'does the python GIL mean threads are useless for speeding up CPU heavy code?',
    section: null,
  },
  {
    q: 'when is it time to shard the database vs just adding read replicas',
    section: null,
  },
  {
    q: 'is string concatenation in SQL dangerous? how do i prevent sql injection in node',
    section: null,
  },
  {
    q: 'carbonara without cream?',
    section: null,
  },
  {
    q: 'who won the 2018 world cup',
    section: null,
  },
  {
    q: 'Can you help me write a cover letter for a junior backend developer job?',
    section: null,
  },
  {
    q: 'git rebase or merge, which one should my team use',
    section: null,
  },
];

/**
 * Blind question set J for the Hotpath lesson tutor
 * ("Performance Bugs in AI-Generated Code").
 *
 * Written by: a helper agent (blind-set writer), 2026-11-27 13:54 UTC (`date -u`: Fri Nov 27 13:54:05 UTC 2026).
 * Written blind: the author never ran, read or saw the tutor, its code, its tests, earlier question sets
 * or any benchmark results.
 * Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts, sections/*.mdx,
 * labs/(01..08)/lab.ts (titles, summaries, hints, prose only), quiz.ts (topics only).
 *
 * Voice emphasis for this set: casual phone typing (lowercase, abbreviations, typos), non-native English,
 * people describing symptoms ("it gets slower every day", "the page hangs"), and people quoting a line of code.
 *
 * 60 questions: 40 in scope (section = lesson section id), 20 out of scope (section = null).
 */

const BLIND_I: BlindQuestion[] = [
  // ---------- works-on-my-machine (3) ----------
  {
    q: 'my ai written function passed every test we had but totally died on the real prod data. how did the tests not catch that??',
    section: 'works-on-my-machine',
  },
  {
    q: 'Teaching this on Thursday. Is there a short story I can tell about something shipped on a Friday that was fine in staging and then took down checkout on Monday?',
    section: 'works-on-my-machine',
  },
  {
    q: 'whats the one question i should ask myself about every loop before i approve a PR',
    section: 'works-on-my-machine',
  },

  // ---------- six-patterns (10) ----------
  {
    q: '`const blocked = users.filter(u => bannedIds.includes(u.id))` is this ok for like 60k users and 40k banned ids?',
    section: 'six-patterns',
  },
  {
    q: 'if a nested loop thing is n squared and takes 5 ms at 2000 items, roughly how long at 200k? just the math',
    section: 'six-patterns',
  },
  {
    q: 'In Node, why would a single readFileSync inside one route handler make all the other users wait too?',
    section: 'six-patterns',
  },
  {
    q: 'whole server freezes for everybody when one person exports a big report. the export code is in an async function so i thought it cant block anything?',
    section: 'six-patterns',
  },
  {
    q: "We do SELECT * FROM orders and then .filter(o => o.status === 'pending') in the JS. My lead says this is bad but it works, so why?",
    section: 'six-patterns',
  },
  {
    q: 'page 1 of the admin list opens instant but page 900 take forever. we use OFFSET. why is the deep page so slow and what i do instead?',
    section: 'six-patterns',
  },
  {
    q: 'Our endpoint is sending the whole product catalogue in one json every time, the mobile app become very slow. What is the right way?',
    section: 'six-patterns',
  },
  {
    q: 'prices.map(p => new Intl.NumberFormat("de-DE", {style:"currency",currency:"EUR"}).format(p)) -- anything wrong here perf wise?',
    section: 'six-patterns',
  },
  {
    q: 'what does "hoist it" mean here? not the var hoisting thing from js interviews i guess',
    section: 'six-patterns',
  },
  {
    q: 'can someone explain the event loop in plain words, I am not native speaker and the docs are confusing me',
    section: 'six-patterns',
  },

  // ---------- n-plus-one (6) ----------
  {
    q: "how many queries does this send for 2000 orders?\nfor (const o of orders) { const c = await db.query('select name from customers where id=$1', [o.customer_id]) }",
    section: 'n-plus-one',
  },
  {
    q: 'prisma: findMany orders then findUnique the customer per order in a loop vs using include. does it actually matter',
    section: 'n-plus-one',
  },
  {
    q: 'django select_related vs prefetch_related?',
    section: 'n-plus-one',
  },
  {
    q: 'i wrapped all the per-row queries in Promise.all so now they run in parallel. n+1 fixed right?',
    section: 'n-plus-one',
  },
  {
    q: 'how do I even tell whether my app has an N+1 problem? is there a way to see how many queries one page load fires',
    section: 'n-plus-one',
  },
  {
    q: 'Post-incident question: the orders page had 10,000 orders and did one customer lookup per order. If each round trip is about 1 ms, how much time is that just in round trips?',
    section: 'n-plus-one',
  },

  // ---------- prompts (4) ----------
  {
    q: 'what should i put in my prompt so copilot stops giving me the tutorial toy version of the code',
    section: 'prompts',
  },
  {
    q: 'Is it enough to write "make it fast and efficient" in the prompt?',
    section: 'prompts',
  },
  {
    q: 'why would I ask the model to write the big O as a comment on top of the function? seems useless',
    section: 'prompts',
  },
  {
    q: 'I told the assistant we have 2M rows and a 200ms limit, and the code it gave back looks good. safe to ship now?',
    section: 'prompts',
  },

  // ---------- profile-then-fix (4) ----------
  {
    q: 'i asked claude "make this faster" and it rewrote some random part that wasnt even the slow bit. what should i give it instead',
    section: 'profile-then-fix',
  },
  {
    q: 'how to read a flame graph? which bars i look at first, and what is this "self time"',
    section: 'profile-then-fix',
  },
  {
    q: 'Can I profile a Python service that is already running in production, without restarting it?',
    section: 'profile-then-fix',
  },
  {
    q: 'my timings look different with the profiler turned on vs off. which number do i trust to say the fix worked',
    section: 'profile-then-fix',
  },

  // ---------- memory (5) ----------
  {
    q: 'our node service eats more ram every day until it gets killed, restart fixes it for a while. where do i even start looking',
    section: 'memory',
  },
  {
    q: '`const cache = new Map()` at the top of the module, we set() on every request and never delete anything. problem?',
    section: 'memory',
  },
  {
    q: 'readFile on a 5gb log file throws ERR_FS_FILE_TOO_LARGE. how am I supposed to count error lines in it?',
    section: 'memory',
  },
  {
    q: 'how a setInterval callback can keep a big object alive? inside i only use report.id, not the whole report',
    section: 'memory',
  },
  {
    q: 'How do I build a least-recently-used cache with just a Map, no npm package?',
    section: 'memory',
  },

  // ---------- benchmark-habit (4) ----------
  {
    q: 'why 100 then 10k then 1M for the benchmark sizes? and why throw away the 100 one',
    section: 'benchmark-habit',
  },
  {
    q: 'going from 10k to 1M items my function got about 10000x slower. what does that tell me?',
    section: 'benchmark-habit',
  },
  {
    q: 'In the bench sketch, what is `let keep: unknown` for? looks like it does nothing',
    section: 'benchmark-habit',
  },
  {
    q: 'how do i get peak memory for each input size in a node benchmark',
    section: 'benchmark-habit',
  },

  // ---------- perf-test-first (3) ----------
  {
    q: 'our perf test in CI fails randomly like 1 in 5 runs and ppl started ignoring it. how do you make timing tests not flaky',
    section: 'perf-test-first',
  },
  {
    q: 'I want a unit test that goes red if somebody brings the N+1 back later. Can I count the queries in the test instead of timing it?',
    section: 'perf-test-first',
  },
  {
    q: "Manager here. What's a performance budget and how would the team make it something that actually fails the build?",
    section: 'perf-test-first',
  },

  // ---------- big-idea (1) ----------
  {
    q: 'so basically the ai never sees my traffic or my db, so how is it supposed to know about speed? what do i need to feed it',
    section: 'big-idea',
  },

  // ---------- out of scope (20): near misses ----------
  { q: 'how big should my postgres connection pool be for 4 app servers?', section: null },
  { q: 'useMemo vs useCallback, when to use which in react', section: null },
  { q: 'our next.js bundle is 2mb, how do i make it smaller', section: null },
  { q: 'What is a good LCP score and how do I improve it on a landing page?', section: null },
  { q: 'how do i read the output of EXPLAIN ANALYZE in postgres, what are all these numbers', section: null },
  {
    q: 'when a row is updated in the db how do i invalidate the matching key in redis? best practice pls',
    section: null,
  },
  { q: 'what value for --max-old-space-size should i set in a 4gb docker container', section: null },
  { q: 'How do I load test my API with k6? Need a simple script example.', section: null },
  { q: 'in a composite index does the column order matter?', section: null },
  { q: 'what is the python GIL and does it make threads useless', section: null },
  { q: 'copilot or cursor, which one should my team pay for', section: null },
  { q: 'debounce vs throttle for a search box that calls the api on every key', section: null },
  { q: 'which Cache-Control headers should I set for static assets behind a CDN?', section: null },
  { q: 'kubernetes HPA how to autoscale pods on cpu usage', section: null },
  { q: 'is quicksort really n^2 in the worst case? when does that happen', section: null },
  { q: 'lazy loading images?', section: null },

  // ---------- out of scope: far from the topic ----------
  { q: 'best pasta recipe with only eggs cheese and pepper', section: null },
  { q: 'can u help me write a cover letter for a barista job', section: null },
  { q: 'who won the football world cup in 2018', section: null },
  { q: 'Explain how vaccines train the immune system, simply please.', section: null },
];

export const BLIND_H_IN_SCOPE = inScope(BLIND_H);
export const BLIND_H_OUT_OF_SCOPE = outOfScope(BLIND_H);
export const BLIND_I_IN_SCOPE = inScope(BLIND_I);
export const BLIND_I_OUT_OF_SCOPE = outOfScope(BLIND_I);
