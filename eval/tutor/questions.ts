/**
 * The tutor's quality set: learner-style questions, written for this purpose, each with the section
 * that answers it, plus questions the lesson does not cover (they must be refused).
 *
 * Hold-out rule (fixed before tuning): every third question (index % 3 === 2, in each list) is held out.
 * Tuning looked only at the other two thirds; the benchmark reports both figures.
 */

export interface InScopeQuestion {
  q: string;
  sectionId: string;
}

export const IN_SCOPE: InScopeQuestion[] = [
  // works-on-my-machine
  {
    q: 'Why does AI-generated code pass the tests but then fall over in production?',
    sectionId: 'works-on-my-machine',
  },
  {
    q: 'my code was fine in staging but timed out on monday with real traffic, why',
    sectionId: 'works-on-my-machine',
  },
  { q: "why doesn't the assistant write fast code by default?", sectionId: 'works-on-my-machine' },
  { q: "Why can't small unit tests catch slow code?", sectionId: 'works-on-my-machine' },
  { q: 'what should I ask myself about every loop over data', sectionId: 'works-on-my-machine' },
  { q: 'how did the dashboard end up breaking checkout?', sectionId: 'works-on-my-machine' },
  { q: 'the model never actually runs the code it writes?', sectionId: 'works-on-my-machine' },
  // six-patterns
  { q: 'why is my loop slow', sectionId: 'six-patterns' },
  { q: "what's wrong with calling includes inside filter?", sectionId: 'six-patterns' },
  { q: 'how do I make array lookups faster', sectionId: 'six-patterns' },
  { q: 'what does O(n^2) mean', sectionId: 'six-patterns' },
  { q: 'what is big o', sectionId: 'six-patterns' },
  { q: 'is readFileSync bad inside an async handler', sectionId: 'six-patterns' },
  { q: 'why does one slow request block all the others in node', sectionId: 'six-patterns' },
  { q: 'should I filter rows in javascript or in sql', sectionId: 'six-patterns' },
  { q: 'my endpoint returns 50k records at once, what should I do', sectionId: 'six-patterns' },
  { q: 'offset vs cursor paging, which is better?', sectionId: 'six-patterns' },
  { q: 'why do deep pages get slow with OFFSET', sectionId: 'six-patterns' },
  { q: 'should I create a new Intl.NumberFormat inside a loop?', sectionId: 'six-patterns' },
  { q: 'what does hoisting mean', sectionId: 'six-patterns' },
  { q: 'what is the event loop', sectionId: 'six-patterns' },
  { q: 'what are the most common perf bugs AI writes', sectionId: 'six-patterns' },
  {
    q: 'how much slower does a quadratic loop get when the input is 100 times bigger',
    sectionId: 'six-patterns',
  },
  { q: 'set vs array for checking membership', sectionId: 'six-patterns' },
  // n-plus-one
  { q: "what's N+1?", sectionId: 'n-plus-one' },
  { q: 'why does my ORM send thousands of queries for one page', sectionId: 'n-plus-one' },
  { q: 'how many db queries does the n+1 version make for 10,000 rows', sectionId: 'n-plus-one' },
  { q: 'how do I fix n+1 queries with a join', sectionId: 'n-plus-one' },
  { q: 'does Promise.all fix the N+1 problem?', sectionId: 'n-plus-one' },
  { q: 'what does select_related do in django', sectionId: 'n-plus-one' },
  { q: 'how do I load relations eagerly in prisma', sectionId: 'n-plus-one' },
  { q: "how can I find n plus one queries I didn't write myself", sectionId: 'n-plus-one' },
  { q: 'await inside a for loop that queries the database, is that bad?', sectionId: 'n-plus-one' },
  { q: 'what is eager loading', sectionId: 'n-plus-one' },
  { q: 'batching ids into one IN query instead of a join', sectionId: 'n-plus-one' },
  // prompts
  { q: 'how should I prompt the AI so it writes faster code', sectionId: 'prompts' },
  { q: 'what should I tell the model about my data size', sectionId: 'prompts' },
  { q: 'is asking for "efficient" code in the prompt enough?', sectionId: 'prompts' },
  { q: 'give me a preamble I can paste before my requests', sectionId: 'prompts' },
  { q: 'why make the model write the complexity in a comment', sectionId: 'prompts' },
  { q: 'does a good prompt guarantee the code will be fast?', sectionId: 'prompts' },
  // profile-then-fix
  { q: 'how do I use a profiler together with the AI', sectionId: 'profile-then-fix' },
  { q: 'what is a flame graph', sectionId: 'profile-then-fix' },
  { q: 'what do the wide bars in a flamegraph mean', sectionId: 'profile-then-fix' },
  { q: 'which profiling tool should I use for a node server', sectionId: 'profile-then-fix' },
  { q: 'what do I paste into the chat when I want a speedup', sectionId: 'profile-then-fix' },
  { q: "what's the difference between self time and total time", sectionId: 'profile-then-fix' },
  {
    q: 'the AI just guesses when I ask it to make my code faster, how do I stop that',
    sectionId: 'profile-then-fix',
  },
  { q: 'how do I profile python code', sectionId: 'profile-then-fix' },
  // memory
  { q: 'how do I stop the memory growing', sectionId: 'memory' },
  { q: 'my node process keeps using more RAM until it crashes', sectionId: 'memory' },
  { q: 'is a Map cache without a limit a leak?', sectionId: 'memory' },
  { q: 'what is LRU eviction', sectionId: 'memory' },
  { q: 'how do I read a 5GB file without running out of memory', sectionId: 'memory' },
  { q: 'can closures cause memory leaks', sectionId: 'memory' },
  { q: 'how do I track down a leak with heap snapshots', sectionId: 'memory' },
  { q: "what's streaming", sectionId: 'memory' },
  { q: 'why is pushing every request into a global array a problem', sectionId: 'memory' },
  // benchmark-habit
  { q: 'how should I benchmark a function the AI wrote', sectionId: 'benchmark-habit' },
  { q: 'what input sizes should a microbenchmark use', sectionId: 'benchmark-habit' },
  { q: 'why report the median rather than the average time', sectionId: 'benchmark-habit' },
  { q: 'how do I measure peak memory for a benchmark in node', sectionId: 'benchmark-habit' },
  { q: "what's a microbenchmark", sectionId: 'benchmark-habit' },
  { q: 'how can I tell linear from quadratic using timings at 10k and 1M', sectionId: 'benchmark-habit' },
  // perf-test-first
  { q: 'how do I write a test that fails when the code is too slow', sectionId: 'perf-test-first' },
  { q: 'what is a performance budget', sectionId: 'perf-test-first' },
  { q: 'my timing test is flaky on CI, what can I do', sectionId: 'perf-test-first' },
  { q: 'how can I assert the number of database queries in a test', sectionId: 'perf-test-first' },
  { q: 'should I write the speed test before the code?', sectionId: 'perf-test-first' },
  { q: "what's assertNumQueries", sectionId: 'perf-test-first' },
  // big-idea
  { q: "what's the main takeaway of this lesson", sectionId: 'big-idea' },
  { q: "why can't the AI see performance problems on its own", sectionId: 'big-idea' },
  { q: 'what signals should I give the model', sectionId: 'big-idea' },
];

/** Questions this lesson does not answer. Some are deliberately near its vocabulary. */
export const OUT_OF_SCOPE: string[] = [
  'What is the capital of France?',
  'how do I center a div',
  'How do I set up Kubernetes autoscaling?',
  "What's the best JavaScript framework in 2026?",
  'How do I train a neural network in PyTorch?',
  'Explain quantum entanglement to me',
  'How do I resolve a git merge conflict?',
  'What will the weather be tomorrow?',
  'how do I write a cover letter',
  'How do I configure DNS records for my domain?',
  "What's the difference between TCP and UDP?",
  'How do I style a button with Tailwind?',
  'Recommend a good laptop for programming',
  'How do I deploy a function to AWS Lambda?',
  'What is OAuth and how does login work?',
  'How do I protect my REST API against SQL injection?',
  'Who won the football world cup in 2022?',
  'How do I translate my app into Spanish?',
  'What is a monad in Haskell?',
  'How do I write unit tests for React components?',
  'How do I make the images on my website load faster?',
  "What's the time complexity of quicksort?",
  'How do I reduce the size of my Docker image?',
];

export const isHeldOut = (index: number): boolean => index % 3 === 2;

/**
 * Added later (08:35 UTC), after the first tuning round, in the plainer style an outside reviewer might
 * use. They are tuning questions only: the held-out third above is unchanged.
 */
export const IN_SCOPE_EXTRA: InScopeQuestion[] = [
  { q: 'What is an N+1 query and how do I fix it?', sectionId: 'n-plus-one' },
  { q: 'How can I speed up checking whether items are in a list?', sectionId: 'six-patterns' },
  { q: 'Why is AI-generated code often slow?', sectionId: 'works-on-my-machine' },
  { q: 'What is the difference between offset and cursor pagination?', sectionId: 'six-patterns' },
  { q: 'How do I profile my code before optimizing it?', sectionId: 'profile-then-fix' },
  { q: 'How do I prevent a cache from leaking memory?', sectionId: 'memory' },
  { q: 'How should I write prompts so the AI considers performance?', sectionId: 'prompts' },
  { q: 'Why should I benchmark every function?', sectionId: 'benchmark-habit' },
  { q: 'How do I write a performance test?', sectionId: 'perf-test-first' },
  { q: 'What is the main idea of the lesson?', sectionId: 'big-idea' },
  { q: 'Why is a synchronous file read in an async function a problem?', sectionId: 'six-patterns' },
  { q: 'Should I load the whole table and filter it in my code?', sectionId: 'six-patterns' },
  { q: 'How do I process a huge log file line by line?', sectionId: 'memory' },
  { q: 'How many queries does a loop over 10,000 orders send?', sectionId: 'n-plus-one' },
  { q: 'What is a hot loop?', sectionId: 'six-patterns' },
  { q: 'How do I read a flame graph?', sectionId: 'profile-then-fix' },
  { q: 'Why do timing tests fail randomly in CI?', sectionId: 'perf-test-first' },
  { q: 'What does the model not know about my data?', sectionId: 'big-idea' },
  { q: 'What numbers should I put in my prompt?', sectionId: 'prompts' },
  { q: 'How do closures keep objects alive?', sectionId: 'memory' },
  { q: 'What does Promise.all do to an N+1 loop?', sectionId: 'n-plus-one' },
  { q: 'Why does doubling the input quadruple the time?', sectionId: 'six-patterns' },
  { q: 'How do I stop my benchmark from timing the input generation?', sectionId: 'benchmark-habit' },
  { q: 'What is the difference between a profiler and a stopwatch?', sectionId: 'profile-then-fix' },
];

export const OUT_OF_SCOPE_EXTRA: string[] = [
  'What is the best database?',
  'Which database should I use for my startup?',
  'How do I bake sourdough bread?',
  'What is React?',
  'How do I hash passwords securely?',
  'How do I set up continuous deployment with GitHub Actions?',
  'What is a closure in mathematics?',
  'How much does an AI coding assistant cost per month?',
  'Can you write my homework for me?',
  'How do I make my phone battery last longer?',
];
