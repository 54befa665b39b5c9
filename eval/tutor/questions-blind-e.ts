/**
 * Independent blind sets D and E (40 in-scope + 20 out-of-scope each), written on 2026-11-27 (third
 * session) by two helpers working apart, each reading only the lesson content (lesson.ts, the section MDX,
 * lab prose, quiz topics) — never the tutor's code, word lists, earlier question sets, BENCHMARKS.md or
 * git history — and never running the tutor. Each author's own header follows (they named their sets E and
 * F). They were written while the third session's tutor changes were made without sight of them, and
 * added after those changes were committed; the first run is the blind figure in BENCHMARKS.md.
 * `section` null = the lesson does not cover it.
 */
import { inScope, outOfScope, type BlindQuestion } from './blind';

/**
 * Blind question set BLIND_E for the lesson tutor of "Performance Bugs in AI-Generated Code".
 *
 * Written by: a helper agent (blind question writer), Fri Nov 27 13:42:37 UTC 2026.
 * Written blind: the author never saw, ran or read the tutor, its code, its tests, its benchmarks or any
 * earlier question set or result. Labels are the author's own judgement from the lesson text.
 *
 * Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts (section ids, titles, key terms),
 * sections/01..09 .mdx files (lesson text), labs/NN-name/lab.ts prose (all eight) (titles, summaries, hints, why/see/fix/contract),
 * labs/index.ts (lab order), quiz.ts (skimmed for topics only).
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section: null).
 * Voices emphasised: students revising for the quiz, non-native English speakers, people with typos,
 * and people pasting code snippets. No question copies a run of 7+ words from the lesson (checked
 * mechanically against sections, lab prose, lesson.ts and quiz.ts).
 */

const BLIND_D: BlindQuestion[] = [
  // ---- works-on-my-machine: 2
  {
    q: 'my teacher say AI code is passing all the tests but then it is dying in production. if the code is correct, why the tests do not catch this slowness?',
    section: 'works-on-my-machine',
  },
  {
    q: 'revising for the quiz - in the monday morning dashboard example, why did checkout go down too when only the dashboard was slow?',
    section: 'works-on-my-machine',
  },
  // ---- six-patterns: 10
  {
    q: "```js\nconst visible = posts.filter(p => !blockedUserIds.includes(p.authorId));\n```\nreviewer left a comment 'O(n*m)' on this. its one line, why is it slow and whats the fix",
    section: 'six-patterns',
  },
  {
    q: 'set.has vs array.includs - why is one sooo much faster when the list is huge?',
    section: 'six-patterns',
  },
  {
    q: "revision q: a nested loop thing takes 1 ms with 1,000 items. roughly how long with 100,000 if it's quadratic?",
    section: 'six-patterns',
  },
  {
    q: 'Post-incident question. An async Express route called fs.readFileSync on a big JSON file, and during the traffic spike every other endpoint froze as well. Why would one route stall the whole server?',
    section: 'six-patterns',
  },
  {
    q: "I am using Promise.all for many request but still they are served one after one. Inside the handler there is a sync function for load the profile. Why they don't overlap?",
    section: 'six-patterns',
  },
  {
    q: "is it actually bad to do `SELECT * FROM orders` and then `.filter(o => o.status === 'refund_requested')` in node? works fine locally",
    section: 'six-patterns',
  },
  {
    q: 'why does LIMIT 50 OFFSET 40000 get slower the deeper you page, and whats the alternative',
    section: 'six-patterns',
  },
  {
    q: 'our products api sends the entire catalog (50k items) on every call lol. what should it return instead?',
    section: 'six-patterns',
  },
  {
    q: "```ts\nreturn amounts.map(a => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(a / 100));\n```\nanything wrong with this perf-wise?",
    section: 'six-patterns',
  },
  {
    q: 'when the lesson says to hoist stuff out of the hot loop, thats not the JS var hoisting thing right? what does it mean here',
    section: 'six-patterns',
  },
  // ---- n-plus-one: 6
  { q: 'wat is an N+1 query exactly', section: 'n-plus-one' },
  {
    q: "```js\nfor (const post of posts) {\n  post.author = await db.get('SELECT * FROM users WHERE id = ?', [post.author_id]);\n}\n```\nmy lead says this is N+1. how do i turn it into one query?",
    section: 'n-plus-one',
  },
  {
    q: "Couldn't I just fire all the per-row lookups at the same time with Promise.all instead of rewriting the SQL?",
    section: 'n-plus-one',
  },
  { q: 'django select_related vs prefetch_related, which one for what?', section: 'n-plus-one' },
  {
    q: 'how can I check if a page in my prisma app is doing N+1? is there some kind of log',
    section: 'n-plus-one',
  },
  {
    q: 'after batching the ids into one IN query, why put the results in a Map? calling customers.find() inside the map looked simpler to me',
    section: 'n-plus-one',
  },
  // ---- prompts: 3
  {
    q: "I always tell Copilot 'make it fast and efficient' and I still get the naive version. What should I actually write in the prompt?",
    section: 'prompts',
  },
  {
    q: 'the model give me O(n2) solution for find duplicate users. how i can ask so it choose the better structure from the beginning?',
    section: 'prompts',
  },
  {
    q: 'whats the point of asking the AI to put a complexity comment on top of the function it writes',
    section: 'prompts',
  },
  // ---- profile-then-fix: 4
  { q: 'how do you read a flame graph? what do the wide bars mean', section: 'profile-then-fix' },
  {
    q: "studying for the quiz: self time vs total time, what's the difference and which one should I rank functions by?",
    section: 'profile-then-fix',
  },
  {
    q: 'node api gets slow under realistic load. is there a built in flag or some tool to profile it?',
    section: 'profile-then-fix',
  },
  {
    q: "I asked Claude to 'make this faster' and it rewrote half the file for basically zero gain. What's a better process for this?",
    section: 'profile-then-fix',
  },
  // ---- memory: 5
  {
    q: '```js\nconst cache = {};\nfunction getUser(id) {\n  if (!cache[id]) cache[id] = loadUser(id);\n  return cache[id];\n}\n```\nour server RAM creeps up for days and then it gets OOM killed. could this be it?',
    section: 'memory',
  },
  { q: 'how to make a LRU cache with a plain JS Map, no library', section: 'memory' },
  {
    q: 'node crash with ERR_FS_FILE_TOO_LARGE when i read a 5gb log file to count the errors. how shuold I read it?',
    section: 'memory',
  },
  { q: 'can a setInterval callback leak memory?? it only logs an id', section: 'memory' },
  {
    q: 'How do I confirm a Node process is really leaking, and then pin down which objects are the problem?',
    section: 'memory',
  },
  // ---- benchmark-habit: 4
  {
    q: 'why benchmark at 100, 10k and 1M? and why throw away the numbers from the 100 run',
    section: 'benchmark-habit',
  },
  {
    q: 'for a micro benchmark should i report the avarage or the median time per call',
    section: 'benchmark-habit',
  },
  { q: 'how do i get the peak memory of a function in a node benchmark?', section: 'benchmark-habit' },
  {
    q: 'revising: going from 10k to 1M items the time went up around 10,000x. what does that tell me about the function?',
    section: 'benchmark-habit',
  },
  // ---- perf-test-first: 4
  { q: 'how can I write a vitest test that fails if my function gets too slow?', section: 'perf-test-first' },
  {
    q: 'our timing based perf tests fail randomly on the CI runners and ppl started ignoring them. how do we make them less flaky?',
    section: 'perf-test-first',
  },
  {
    q: 'is there a way to test the number of DB queries instead of the time? because time is different on every machine',
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab: should my perfBudget use maxClass or a size + maxMs? which one is safer?',
    section: 'perf-test-first',
  },
  // ---- big-idea: 2
  {
    q: "Manager here, no time to read all of it. What's the core takeaway of the whole lesson in a couple of lines?",
    section: 'big-idea',
  },
  {
    q: "what does the lesson mean by handing the model a 'signal'? which signals are there?",
    section: 'big-idea',
  },
  // ---- out of scope (null): 20
  { q: 'how does a b-tree index work internally in postgres', section: null },
  { q: 'EXPLAIN ANALYZE output - how do i read it? which numbers matter', section: null },
  {
    q: 'my react component re-renders like 50 times on every keystroke, useMemo or React.memo?',
    section: null,
  },
  { q: 'How can I cut the JS bundle size of my Next.js app? Lighthouse keeps complaining.', section: null },
  { q: 'what value should i set for --max-old-space-size on a 4gb container', section: null },
  {
    q: 'how to pass a big array to worker_threads without copying it, is SharedArrayBuffer the way?',
    section: null,
  },
  { q: 'k6 or jmeter for load testing a REST api, which is easier to start with', section: null },
  { q: 'why python threads dont make my cpu heavy code faster? is it the GIL', section: null },
  { q: "We're outgrowing a single Postgres box. Read replicas or sharding first?", section: null },
  { q: 'how many connections should `max` be in a pg Pool for a small api', section: null },
  { q: 'dataloader in graphql: how do the maxBatchSize and per-request cache options work?', section: null },
  { q: 'when a price changes in the database how do I invalidate the matching redis keys', section: null },
  { q: 'WeakMap vs Map for keeping metadata about DOM nodes - which one avoids leaks?', section: null },
  { q: 'is Cursor worth it over Copilot? how much does each one cost per month', section: null },
  { q: 'can someone explain quicksort vs mergesort, which one is faster in practice', section: null },
  { q: 'how to prevent sql injection when i build queries in node', section: null },
  { q: 'whats a good feeding schedule for a sourdough starter', section: null },
  {
    q: 'can you help me write a cover letter for junior developer job? english is not my first language',
    section: null,
  },
  { q: 'what is capital city of australia, sydney or canberra?', section: null },
  { q: 'any good stretches for back pain after long coding sessions', section: null },
];

/**
 * Blind question set F for the "Performance Bugs in AI-Generated Code" lesson tutor.
 *
 * Written by: a helper agent (set F), 2026-11-27 13:42 UTC (`date -u`: Fri Nov 27 13:42:17 UTC 2026).
 * Written blind: the author never ran, read or saw the tutor, its code, its tests, its benchmarks or any
 * earlier question set or tutor output.
 * Sources read: lessons/performance-bugs-in-ai-generated-code/lesson.ts, sections/*.mdx,
 * labs/<each lab>/lab.ts (titles, summaries, hints and prose only), quiz.ts (topics only).
 *
 * 60 questions: 40 in scope (section = lesson.ts sections[].id), 20 out of scope (section = null).
 * Voices emphasised: engineers right after an incident, team leads and managers, teachers, and people
 * describing symptoms in everyday words.
 */

const BLIND_E: BlindQuestion[] = [
  // ---------------------------------------------------------------- works-on-my-machine (3)
  {
    q: 'writing the postmortem now. the weekly orders dashboard was instant in staging (we seeded maybe 300 orders), then at 9am monday half the company opened it and checkout went down with it. how did every check stay green??',
    section: 'works-on-my-machine',
  },
  {
    q: "I manage a small team and don't code much anymore. If the AI-written code passed review and every test, how can it still be too slow once real customers hit it?",
    section: 'works-on-my-machine',
  },
  {
    q: 'is there one simple thing i can ask myself when i see a loop to know if itll be a problem later on when we have way more data',
    section: 'works-on-my-machine',
  },

  // ---------------------------------------------------------------- six-patterns (10)
  {
    q: '`const common = listA.filter(x => listB.includes(x))` fine on my laptop, super slow with 50k each. why + whats the fix',
    section: 'six-patterns',
  },
  {
    q: 'revising for the quiz: a nested-loop thing needs 1ms for 1000 items, so how long for 100k? I keep saying 100 ms and getting it wrong',
    section: 'six-patterns',
  },
  {
    q: "Whenever one customer exports a big report, the whole site just hangs for everybody else until it's done. It's a Node backend. Why would one person's export freeze everyone?",
    section: 'six-patterns',
  },
  {
    q: 'I not understand why readFileSync inside async function is problem. the function is async already, no?',
    section: 'six-patterns',
  },
  {
    q: "after last night's alert: our admin list pages with LIMIT 50 OFFSET n and the deep pages take seconds while page 1 is instant. what's the right fix",
    section: 'six-patterns',
  },
  {
    q: "Reviewing a PR where the assistant does SELECT * FROM orders and then rows.filter(r => r.status == 'open') in JS. Table has 3M rows. Should I push back, and what do I ask for instead?",
    section: 'six-patterns',
  },
  {
    q: 'why is new Intl.NumberFormat inside .map() slow?? its literally just formatting a number',
    section: 'six-patterns',
  },
  {
    q: 'pagination lab: with offset some products come back twice when new ones get added between requests. why does that happen',
    section: 'six-patterns',
  },
  {
    q: 'Teaching a class on big-O next week. Is there a tiny snippet I can paste into the browser console to show arrays vs Sets live?',
    section: 'six-patterns',
  },
  {
    q: 'refund queue lab — I put WHERE lower(status) = ? in the query and Rows scanned is still the whole table. what gives',
    section: 'six-patterns',
  },

  // ---------------------------------------------------------------- n-plus-one (6)
  {
    q: "we fetch 5k invoices and then await a lookup of each invoice's client inside the for loop. how many round trips is that actually",
    section: 'n-plus-one',
  },
  {
    q: "Hotfix last night: I wrapped the per-order customer queries in Promise.all to speed things up and the DB pool got even more swamped. Why didn't that help?",
    section: 'n-plus-one',
  },
  {
    q: 'django select_related vs prefetch_related?',
    section: 'n-plus-one',
  },
  {
    q: 'How do I tell whether a page has an n+1 problem without reading through all the code?',
    section: 'n-plus-one',
  },
  {
    q: 'batching ids into one IN query - what if there are like 80k ids, does the db care',
    section: 'n-plus-one',
  },
  {
    q: 'users/teams lab: after switching to a JOIN a bunch of users vanished from my results?? the ones w/o team i think',
    section: 'n-plus-one',
  },

  // ---------------------------------------------------------------- prompts (3)
  {
    q: 'what do i put in the prompt so the assistant stops giving me the naive nested loop version',
    section: 'prompts',
  },
  {
    q: 'I teach a bootcamp. Do you have a template my students can paste in front of an AI request when the data is going to be big?',
    section: 'prompts',
  },
  {
    q: 'whats the point of making the model write the complexity in a comment above the function',
    section: 'prompts',
  },

  // ---------------------------------------------------------------- profile-then-fix (4)
  {
    q: "I asked ChatGPT to make my function faster and it rewrote half of it, but it's not any faster. What am I doing wrong?",
    section: 'profile-then-fix',
  },
  {
    q: 'flame graph: what do wide bars mean',
    section: 'profile-then-fix',
  },
  {
    q: 'how do I profile a python process thats already running in prod without restarting it',
    section: 'profile-then-fix',
  },
  {
    q: "can i use the profiler's own timings to decide if my change made it faster?",
    section: 'profile-then-fix',
  },

  // ---------------------------------------------------------------- memory (5)
  {
    q: 'Our app gets slower and slower over a few days and then just dies. Restarting it fixes things for a while. What could cause that?',
    section: 'memory',
  },
  {
    q: 'node: ERR_FS_FILE_TOO_LARGE when i readFile a 5gb log. how should I process it',
    section: 'memory',
  },
  {
    q: '`setInterval(() => console.log(report.id), 60000)` — someone told me this keeps the entire report in memory. is that true? I only use the id',
    section: 'memory',
  },
  {
    q: "how do you actually locate what's leaking? I can see memory climbing but no idea which objects",
    section: 'memory',
  },
  {
    q: 'price cache lab: if I just throw out the oldest inserted key instead of the least recently used one, will the hit rate suffer?',
    section: 'memory',
  },

  // ---------------------------------------------------------------- benchmark-habit (4)
  {
    q: 'why benchmark at 100, 10k and 1M specifically, and why throw away the 100 result',
    section: 'benchmark-habit',
  },
  {
    q: 'benchmark timings: median or mean?',
    section: 'benchmark-habit',
  },
  {
    q: 'Thinking of making my team attach a quick benchmark whenever they merge a function the assistant wrote. Is that worth the overhead, and what exactly should it report?',
    section: 'benchmark-habit',
  },
  {
    q: 'went from 10k to 1M items and the time went up roughly 10,000x. what does that mean',
    section: 'benchmark-habit',
  },

  // ---------------------------------------------------------------- perf-test-first (4)
  {
    q: 'our timing test in CI fails maybe 1 run in 5 with the same code, people started ignoring it. how do we keep the check but stop the flakiness',
    section: 'perf-test-first',
  },
  {
    q: 'how can I write a test that fails if someone brings back the one-query-per-row thing?',
    section: 'perf-test-first',
  },
  {
    q: "As an engineering manager, how do I turn 'this has to be fast' into something the team can't quietly break later?",
    section: 'perf-test-first',
  },
  {
    q: 'leaderboard lab wants my budget to FAIL on the starter code? why would i want my own check to fail',
    section: 'perf-test-first',
  },

  // ---------------------------------------------------------------- big-idea (1)
  {
    q: "Need the one-line key message of this lesson for my last slide tomorrow (I'm teaching it). What's the core idea?",
    section: 'big-idea',
  },

  // ---------------------------------------------------------------- out of scope (20)
  {
    q: 'postmortem follow-up: postgres hit max_connections during the outage. how big should the connection pool be per app instance?',
    section: null,
  },
  {
    q: "how do i read EXPLAIN ANALYZE output in postgres, what's the cost of a seq scan vs an index scan",
    section: null,
  },
  {
    q: 'We run 4 app servers, each with its own in-memory cache. How do people keep them in sync when a price changes — Redis pub/sub?',
    section: null,
  },
  {
    q: 'my react component re-renders like 50 times when I type in an input. useMemo or React.memo?',
    section: null,
  },
  {
    q: 'webpack bundle is 4mb, how to split it so the first page loads faster',
    section: null,
  },
  {
    q: "How do I estimate how many servers we'll need for Black Friday traffic? Leadership wants a number by Friday.",
    section: null,
  },
  {
    q: 'Any tips for a fair rubric for grading group coding projects? Some students do all the work and others coast.',
    section: null,
  },
  {
    q: 'java service has long GC pauses, should we switch from G1 to ZGC',
    section: null,
  },
  {
    q: 'a regex validating emails sometimes takes like 30 seconds on weird input. catastrophic backtracking? how to fix',
    section: null,
  },
  {
    q: 'quicksort worst case?',
    section: null,
  },
  {
    q: 'k6 vs jmeter for load tests',
    section: null,
  },
  {
    q: 'please explain python GIL, why my threads not make program faster',
    section: null,
  },
  {
    q: 'is putting the user id straight into the sql string dangerous? how do I avoid sql injection',
    section: null,
  },
  {
    q: 'Cursor vs Copilot for a team of 8 — which is cheaper per seat?',
    section: null,
  },
  {
    q: 'the pictures on our website take forever to show up on my phone, but the text appears straight away. why?',
    section: null,
  },
  {
    q: 'write me a cover letter for a junior backend job',
    section: null,
  },
  {
    q: 'how to set up a Datadog alert when p95 latency goes over 500ms',
    section: null,
  },
  {
    q: "nightly batch job died with 'deadlock detected' in postgres. what causes that and how do we stop it",
    section: null,
  },
  {
    q: 'users table is 400M rows. shard it or add read replicas?',
    section: null,
  },
  {
    q: 'how do i undo my last git commit but keep the changes',
    section: null,
  },
];

export const BLIND_D_IN_SCOPE = inScope(BLIND_D);
export const BLIND_D_OUT_OF_SCOPE = outOfScope(BLIND_D);
export const BLIND_E_IN_SCOPE = inScope(BLIND_E);
export const BLIND_E_OUT_OF_SCOPE = outOfScope(BLIND_E);
