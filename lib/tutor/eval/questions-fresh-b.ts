/**
 * Blind sets of the second session (see BENCHMARKS.md, "Tutor retrieval"). Written from the lesson's topics
 * only (the section texts and key terms), without reading the tutor's synonym or everyday-word lists, in
 * mixed learner voices: terse, rambling, typos, second-language phrasing, code pasted in, teacher and
 * quiz-practice questions. Each in-scope question names the section that answers it best.
 */
import type { InScopeQuestion } from './questions';

/**
 * Fresh 4: written before any code change of the second session, committed, then run once (11:00 UTC).
 * Blind first run: top-1 70% (23/33), top-3 79% (26/33), 7 false refusals; out-of-scope refused 92% (11/12).
 * Its misses were seen afterwards, so later runs of this set are not blind.
 */
export const FRESH4_IN_SCOPE: InScopeQuestion[] = [
  {
    q: 'why does code from chatgpt pass every test and then fall over once real users show up',
    sectionId: 'works-on-my-machine',
  },
  {
    q: 'Teacher here: how would I explain to students that the model never actually executes what it writes, and why that matters for speed?',
    sectionId: 'works-on-my-machine',
  },
  { q: 'in the monday dashboard story why did checkout go down as well', sectionId: 'works-on-my-machine' },
  {
    q: 'arr.filter(x => other.indexOf(x) !== -1) with 50k in each array takes ages. why',
    sectionId: 'six-patterns',
  },
  { q: 'diffrence between O(n) and O(n^2) in simple words pls', sectionId: 'six-patterns' },
  {
    q: 'Quiz practice: a nested loop takes 1 ms for 1,000 items. Roughly how long for 100,000?',
    sectionId: 'six-patterns',
  },
  { q: 'is readFileSync inside an express route handler bad', sectionId: 'six-patterns' },
  {
    q: 'When one user upload big file, all other users must wait, but my handler is async. Why is this happen?',
    sectionId: 'six-patterns',
  },
  { q: 'page 5000 of my list api is much slower than page 1 (we use OFFSET)', sectionId: 'six-patterns' },
  { q: 'create Intl.NumberFormat once or per row?', sectionId: 'six-patterns' },
  { q: 'what does it mean to hoist something out of a loop', sectionId: 'six-patterns' },
  {
    q: 'we pull every row from postgres and filter it in node, my lead says thats wrong, why',
    sectionId: 'six-patterns',
  },
  {
    q: 'the orm does a seperate query for each post to get its author, how do i stop it',
    sectionId: 'n-plus-one',
  },
  {
    q: 'Does wrapping all the awaits in Promise.all fix the one-query-per-row problem?',
    sectionId: 'n-plus-one',
  },
  { q: 'django select_related what does it do', sectionId: 'n-plus-one' },
  {
    q: 'how many database round trips for 10,000 orders with the loop version vs the join',
    sectionId: 'n-plus-one',
  },
  { q: 'too many ids for one IN list, what then', sectionId: 'n-plus-one' },
  { q: 'what do I tell copilot so it stops giving me the toy tutorial version', sectionId: 'prompts' },
  { q: 'Is writing "make it efficient" in the prompt enough?', sectionId: 'prompts' },
  { q: 'why should the assistant add a comment with the big-O above the function', sectionId: 'prompts' },
  { q: 'how to read a flame graph', sectionId: 'profile-then-fix' },
  {
    q: 'the AI keeps optimising parts of my code that barely matter. how do I point it at the right place?',
    sectionId: 'profile-then-fix',
  },
  { q: 'profiler for a python script?', sectionId: 'profile-then-fix' },
  { q: 'self time vs total time??', sectionId: 'profile-then-fix' },
  {
    q: 'My node service RAM keeps climbing for days until the container gets OOM killed',
    sectionId: 'memory',
  },
  { q: 'how can i read a 5 GB log in node without it crashing', sectionId: 'memory' },
  {
    q: 'does a setInterval callback keep a big object alive even if it only uses its id',
    sectionId: 'memory',
  },
  { q: 'steps to find what is leaking with heap snapshots', sectionId: 'memory' },
  { q: 'why take the median and not the average of the runs', sectionId: 'benchmark-habit' },
  { q: 'which input sizes should a quick benchmark use', sectionId: 'benchmark-habit' },
  { q: 'my timing test randomly fails on CI, what can i do', sectionId: 'perf-test-first' },
  { q: 'can a unit test fail when the code gets too slow?', sectionId: 'perf-test-first' },
  { q: 'whats the one big takeaway of this lesson', sectionId: 'big-idea' },
];

export const FRESH4_OUT_OF_SCOPE: string[] = [
  'how do I center a div with flexbox',
  'what is the difference between let and const',
  'how do i deploy a next.js app to vercel',
  'explain the useEffect dependency array',
  'how does a TCP handshake work',
  'what does the rust borrow checker do',
  'how do I reduce my webpack bundle size',
  'is quicksort a stable sort?',
  'how much does github copilot cost per month',
  'how do I write a database migration to add a column',
  'whats the best GPU for training neural networks',
  'can you help me write a cover letter',
];

/**
 * Fresh 5: written at the same time as Fresh 4 (before any code change), committed, then run once (11:00 UTC).
 * Blind first run: top-1 73% (24/33), top-3 85% (28/33), 5 false refusals; out-of-scope refused 100% (12/12).
 * Its misses were seen afterwards, so later runs of this set are not blind.
 */
export const FRESH5_IN_SCOPE: InScopeQuestion[] = [
  {
    q: 'my code was fine with 300 rows in staging, now production just hangs. what is going on',
    sectionId: 'works-on-my-machine',
  },
  { q: 'what is the one question to ask about every loop over data', sectionId: 'works-on-my-machine' },
  { q: 'Why does AI prefer simple solutions which are not scalable?', sectionId: 'works-on-my-machine' },
  {
    q: 'orders.map(o => users.find(u => u.id === o.userId)) is this slow for big lists?',
    sectionId: 'six-patterns',
  },
  { q: 'why is Set.has faster than Array.includes', sectionId: 'six-patterns' },
  {
    q: 'what is the event loop and why does one slow function freeze every request',
    sectionId: 'six-patterns',
  },
  { q: 'why should the WHERE clause do the filtering instead of my javascript', sectionId: 'six-patterns' },
  { q: 'what is a keyset cursor and why does it stay fast on deep pages', sectionId: 'six-patterns' },
  {
    q: 'formatting currency for 1 million rows is super slow, I make a new formatter each row',
    sectionId: 'six-patterns',
  },
  { q: 'what does Big O leave out? constant factors?', sectionId: 'six-patterns' },
  {
    q: 'in the browser console example what happens to the two timings when n is doubled',
    sectionId: 'six-patterns',
  },
  {
    q: 'for (const o of orders) { const c = await db.query("select * from customers where id=$1", [o.customerId]) } whats wrong here',
    sectionId: 'n-plus-one',
  },
  { q: 'prisma include, what does it do, is it related to n+1?', sectionId: 'n-plus-one' },
  { q: 'how to spot N+1 queries, maybe with some logging?', sectionId: 'n-plus-one' },
  { q: 'what is eager loading', sectionId: 'n-plus-one' },
  { q: 'SQLAlchemy selectinload vs joinedload', sectionId: 'n-plus-one' },
  { q: 'what numbers should i give the AI when asking it for a function', sectionId: 'prompts' },
  {
    q: 'so I asked claude to write something that dedupes our users and it works great locally with like 20 users but on the real list of a million it never finishes?? what should i have told it',
    sectionId: 'prompts',
  },
  { q: 'Does a good prompt guarantee fast code?', sectionId: 'prompts' },
  {
    q: 'in what order should I measure, profile and change things when optimizing?',
    sectionId: 'profile-then-fix',
  },
  { q: 'how do I use chrome devtools to see which function is slow', sectionId: 'profile-then-fix' },
  { q: 'should i apply all the suggested changes at once', sectionId: 'profile-then-fix' },
  { q: 'map used as a cache grows forever, how to limit it', sectionId: 'memory' },
  { q: 'what is an LRU cache', sectionId: 'memory' },
  { q: 'pushing every request into an array for debugging, is that a problem?', sectionId: 'memory' },
  { q: 'Invalid string length error when reading big file', sectionId: 'memory' },
  { q: 'how do i measure peak memory in node', sectionId: 'benchmark-habit' },
  { q: 'why is the first size only for warm up', sectionId: 'benchmark-habit' },
  {
    q: 'if the time goes up 10000x from 10k to 1M items what complexity is that',
    sectionId: 'benchmark-habit',
  },
  { q: 'how do I count queries in a test instead of timing it', sectionId: 'perf-test-first' },
  { q: 'what is a performance budget', sectionId: 'perf-test-first' },
  { q: 'assertNumQueries?', sectionId: 'perf-test-first' },
  { q: "why can't the model see how slow its code is", sectionId: 'big-idea' },
];

export const FRESH5_OUT_OF_SCOPE: string[] = [
  'how do I install node on windows',
  'how do i make my website look good on mobile',
  'explain git rebase vs merge',
  'what is kubernetes',
  'how do I speed up my laptop startup',
  'What is the capital of Australia?',
  'how to train a neural network in pytorch',
  'whats the best way to learn typescript generics',
  'how do I configure nginx as a reverse proxy',
  'how do I optimize images for faster page load',
  'write me a haiku about autumn',
  'how do database transactions and isolation levels work',
];
