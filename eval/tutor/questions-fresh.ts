/** Later question sets, written after tuning in other voices (see BENCHMARKS.md, "Tutor retrieval"). */
import type { InScopeQuestion } from './questions';

/**
 * Written at 09:05 UTC after tuning had finished, in other styles (terse, rambling, typos, second-language
 * phrasing). First (blind) measurement: top-1 83%, top-3 83%, refusals 92%; most misses were in-scope
 * questions refused. The fixes that followed (misspelt everyday words stay neutral, a few everyday words,
 * quiz prompts no longer count as topic names) were made after seeing these misses, so this set is no
 * longer blind. BENCHMARKS.md reports both figures; FRESH2 below is the blind set after that.
 */
export const FRESH_IN_SCOPE: InScopeQuestion[] = [
  { q: 'tests green, prod slow. why??', sectionId: 'works-on-my-machine' },
  { q: 'Why the AI code is fast on my computer but not for customers?', sectionId: 'works-on-my-machine' },
  { q: 'what happened in the monday outage story', sectionId: 'works-on-my-machine' },
  { q: 'includes() in a filter() is that O(n^2)?', sectionId: 'six-patterns' },
  { q: 'is new RegExp in a loop expensive', sectionId: 'six-patterns' },
  { q: 'my API sends the entire table as json', sectionId: 'six-patterns' },
  { q: 'SELECT * then filter in js — bad idea?', sectionId: 'six-patterns' },
  { q: 'what does fs.readFileSync do to other requests', sectionId: 'six-patterns' },
  { q: 'keyset pagination vs limit offset', sectionId: 'six-patterns' },
  { q: 'one query per user in a loop how to fix', sectionId: 'n-plus-one' },
  { q: 'prefetch_related vs select_related', sectionId: 'n-plus-one' },
  { q: 'how do i count how many queries my page makes', sectionId: 'n-plus-one' },
  { q: 'whats the n+1 problm', sectionId: 'n-plus-one' },
  { q: 'what info should my prompt include so the code scales', sectionId: 'prompts' },
  { q: 'Is it useful to tell the assistant the expected number of rows?', sectionId: 'prompts' },
  { q: 'example prompt for an endpoint with paging', sectionId: 'prompts' },
  { q: 'steps to speed up slow code with help from AI', sectionId: 'profile-then-fix' },
  { q: 'node --cpu-prof how do I use it', sectionId: 'profile-then-fix' },
  { q: 'why does the assistant need profiler output', sectionId: 'profile-then-fix' },
  { q: 'my server memory keeps going up for days', sectionId: 'memory' },
  { q: 'cache keeps growing forever, what to do', sectionId: 'memory' },
  { q: 'setInterval callback holding a big object in memory', sectionId: 'memory' },
  { q: 'readline createReadStream instead of readFile?', sectionId: 'memory' },
  { q: 'which sizes to benchmark at', sectionId: 'benchmark-habit' },
  { q: 'how to get the peak memory usage of a node process', sectionId: 'benchmark-habit' },
  { q: 'how to time a function properly in JavaScript', sectionId: 'benchmark-habit' },
  { q: 'vitest test with a time limit', sectionId: 'perf-test-first' },
  { q: 'count queries in a unit test instead of measuring time', sectionId: 'perf-test-first' },
  { q: 'why is performance invisible to the model', sectionId: 'big-idea' },
  { q: 'what should I do so the AI optimises against real measurements', sectionId: 'big-idea' },
];

export const FRESH_OUT_OF_SCOPE: string[] = [
  'how do I install node on windows',
  'what is the difference between let and const',
  'How do I write a SQL query to get the second highest salary?',
  'explain how a CPU cache works',
  'What is Big Data?',
  'is Python faster than Go?',
  'How do I use git bisect?',
  'what is a linked list',
  'How to make money with AI?',
  'What is the syntax of a for loop in JavaScript?',
  'How do I configure ESLint rules?',
  'Which cloud provider is cheapest?',
];

/**
 * Second set, written at 09:06 UTC after the tuning above. First (blind) measurement: top-1 83%, top-3 87%,
 * refusals 92%, again mostly in-scope questions refused. That led to general fixes (inflected stop words
 * such as "telling" are stop words, "scalable" folds onto "scale", a few everyday words, "rest" is a stop
 * word), so this set is no longer blind either. FRESH3 below is the last, blind one.
 */
export const FRESH2_IN_SCOPE: InScopeQuestion[] = [
  {
    q: 'Why does the assistant pick the simplest approach instead of a scalable one?',
    sectionId: 'works-on-my-machine',
  },
  { q: 'how many items should I imagine when reviewing a loop', sectionId: 'works-on-my-machine' },
  { q: 'The code was correct, so why did production fall over?', sectionId: 'works-on-my-machine' },
  { q: 'Array.find inside map — is that slow?', sectionId: 'six-patterns' },
  { q: 'should the filter happen in the database or in node?', sectionId: 'six-patterns' },
  { q: 'why is OFFSET 40000 slow', sectionId: 'six-patterns' },
  { q: 'What is wrong with building an Intl.NumberFormat for every row?', sectionId: 'six-patterns' },
  { q: 'what makes a set lookup faster than includes', sectionId: 'six-patterns' },
  { q: 'how does the event loop get blocked', sectionId: 'six-patterns' },
  { q: 'How do I get the orders and their customers in one query?', sectionId: 'n-plus-one' },
  { q: 'Prisma include vs a loop of findUnique calls', sectionId: 'n-plus-one' },
  { q: 'why is await in a for loop over rows a problem for the database', sectionId: 'n-plus-one' },
  { q: 'the query count grows with the number of rows, what is going on', sectionId: 'n-plus-one' },
  { q: 'What should I write at the start of a prompt when data size matters?', sectionId: 'prompts' },
  { q: 'does telling the model a time budget help?', sectionId: 'prompts' },
  { q: 'Why are words like fast or efficient useless in a prompt?', sectionId: 'prompts' },
  { q: 'what is self time in a profile', sectionId: 'profile-then-fix' },
  { q: 'How do I ask the AI for the smallest change to a hot spot?', sectionId: 'profile-then-fix' },
  { q: 'should I apply all the suggested optimisations at once', sectionId: 'profile-then-fix' },
  { q: 'what is py-spy', sectionId: 'profile-then-fix' },
  { q: 'Why does a Map used as a cache leak?', sectionId: 'memory' },
  { q: 'how to keep only the last 1000 requests in memory', sectionId: 'memory' },
  { q: 'readFile on a huge log file fails, why', sectionId: 'memory' },
  { q: 'how do I know if my process has a leak at all', sectionId: 'memory' },
  { q: 'Why build the benchmark input outside the timed part?', sectionId: 'benchmark-habit' },
  { q: 'what should a benchmark report for each size', sectionId: 'benchmark-habit' },
  {
    q: 'how do I stop a benchmark from running forever on a quadratic function',
    sectionId: 'benchmark-habit',
  },
  { q: 'How much headroom should a timing test leave?', sectionId: 'perf-test-first' },
  { q: 'assert that the ratio of two timings stays near 2', sectionId: 'perf-test-first' },
  { q: 'what are the signals that let the AI see performance', sectionId: 'big-idea' },
];

export const FRESH2_OUT_OF_SCOPE: string[] = [
  'How do I center text vertically in CSS grid?',
  'What is the capital of Australia?',
  'How do I set up a Python virtual environment?',
  'What is a REST API?',
  'How do I write a regular expression for email addresses?',
  'Explain the CAP theorem',
  'How do I migrate from JavaScript to TypeScript?',
  'What is the best keyboard for programmers?',
  'How do I sort an array of objects by a property?',
  'How does HTTPS encryption work?',
  'Should I learn Rust or Go first?',
  'how to undo the last git commit',
];

/**
 * Third set, written at 09:09 UTC after all tuning. First (blind) run: top-1 77%, top-3 90%, refusals 92%.
 * Two vocabulary fixes followed ("execute" -> run; "product" kept apart from "production"), so later runs
 * of this set are not blind.
 */
export const FRESH3_IN_SCOPE: InScopeQuestion[] = [
  { q: 'Explain why small test data hides performance problems', sectionId: 'works-on-my-machine' },
  { q: 'what question finds most of these bugs in code review?', sectionId: 'works-on-my-machine' },
  { q: 'does the model ever execute the code it suggests', sectionId: 'works-on-my-machine' },
  { q: 'orderIds.filter(id => flaggedIds.includes(id)) is slow, why?', sectionId: 'six-patterns' },
  { q: 'Explain quadratic time with an example', sectionId: 'six-patterns' },
  { q: 'how do I hoist work out of a loop', sectionId: 'six-patterns' },
  { q: 'my request handler uses readFileSync and everything stalls', sectionId: 'six-patterns' },
  { q: 'returning 50,000 rows from one endpoint — how should I page them?', sectionId: 'six-patterns' },
  { q: 'Explain the N+1 query problem', sectionId: 'n-plus-one' },
  { q: 'LEFT JOIN instead of querying customers one by one', sectionId: 'n-plus-one' },
  { q: 'selectinload in SQLAlchemy, what does it do', sectionId: 'n-plus-one' },
  { q: 'is batching ids with ANY($1) better than a loop of queries', sectionId: 'n-plus-one' },
  { q: 'How do I get the assistant to avoid N+1 queries in the first place?', sectionId: 'prompts' },
  { q: 'what should the preamble say about memory and streaming', sectionId: 'prompts' },
  { q: 'Write a prompt that mentions 100k rows and a 200 ms budget', sectionId: 'prompts' },
  { q: 'Which profiler should I use for code running in the browser?', sectionId: 'profile-then-fix' },
  { q: 'After a fix, how do I check the change actually helped?', sectionId: 'profile-then-fix' },
  { q: 'the five steps of profile then fix', sectionId: 'profile-then-fix' },
  { q: 'why is a ring buffer better than pushing to an array forever', sectionId: 'memory' },
  { q: 'what does the lru-cache package do', sectionId: 'memory' },
  { q: 'how do heap snapshots help find a leak', sectionId: 'memory' },
  { q: 'why do closures in V8 keep large variables alive', sectionId: 'memory' },
  { q: 'how many runs per size in a microbenchmark and why use the median', sectionId: 'benchmark-habit' },
  { q: 'what does process.resourceUsage().maxRSS tell me', sectionId: 'benchmark-habit' },
  { q: 'why run the 100 item size only as a warm-up', sectionId: 'benchmark-habit' },
  { q: 'How can a test check that code is linear rather than quadratic?', sectionId: 'perf-test-first' },
  { q: 'why do counter-based tests work the same on every machine', sectionId: 'perf-test-first' },
  { q: 'write the performance budget before the code?', sectionId: 'perf-test-first' },
  { q: 'Why does the model default to code that is correct but slow?', sectionId: 'big-idea' },
  { q: 'replace a guess with a number — what does that mean here', sectionId: 'big-idea' },
];

export const FRESH3_OUT_OF_SCOPE: string[] = [
  'How do I make a website responsive on mobile?',
  'What is the difference between TCP and HTTP?',
  'How do I learn machine learning from scratch?',
  'What does a product manager do?',
  'how to write a unit test for a React hook',
  'What is dependency injection?',
  'How do I set environment variables in Docker Compose?',
  'Explain recursion',
  'What is the history of JavaScript?',
  'How do I generate a PDF in Node?',
  'What is a good name for my startup?',
  'How does public key cryptography work?',
];
