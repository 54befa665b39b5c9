import type { Quiz } from '@/lib/quiz/types';

/**
 * End-of-lesson quiz: 15 questions, each tied to the section it tests. Ids are stable (saved attempts refer
 * to them): never reuse an id for a different question. A question whose keyed answer or meaning changes
 * gets a new id, and the old one goes to `retiredQuestionIds`; a question whose wrong options are replaced
 * keeps its id. An unfinished round saved before questions were retired or added keeps its answers that
 * still fit and sets the rest aside (lib/quiz/draft.ts); one saved when only options changed is discarded
 * if it chose a removed option.
 */
export const quiz: Quiz = {
  lessonSlug: 'performance-bugs-in-ai-generated-code',
  title: 'Check what stuck',
  passRatio: 0.8,
  retiredQuestionIds: [
    'flag-the-slow-patterns',
    'spot-await-in-loop',
    'signals-in-a-prompt',
    'spot-cache-leak',
    'benchmark-growth',
  ],
  questions: [
    {
      id: 'why-tests-stay-green',
      kind: 'single',
      sectionId: 'works-on-my-machine',
      prompt:
        'A generated function passes every test, then stalls once it meets the real table. What best explains why review and tests missed it?',
      explanation:
        'A model predicts likely code and never runs it, and the tests feed it a handful of rows. At that size a straight-line approach and a squared one both finish in microseconds, so nothing looks wrong until the input grows.',
      correct: 'tiny-inputs',
      choices: [
        {
          id: 'tiny-inputs',
          text: 'The tests used tiny inputs, where slow and fast approaches both finish instantly',
          why: 'Right: the gap between growth rates only opens at scale, and the test data never got there.',
        },
        {
          id: 'logic-bug',
          text: 'The function had a logic error that only large inputs trigger',
          why: 'The logic was fine: the code returned correct results, just far too slowly. Correct-but-slow is the whole point of the pattern.',
        },
        {
          id: 'never-ran-tests',
          text: 'The assistant never ran the tests; running them would have shown how slow it is',
          why: 'The tests did run, and passed: on a handful of rows the slow version also finishes in microseconds. More runs at the same size show nothing new; only a bigger input does.',
        },
        {
          id: 'staging-hardware',
          text: 'Staging hardware was faster than production hardware',
          why: 'Hardware differences shift times by a small factor. A bug that only appears at scale comes from how the work grows, which hardware cannot hide.',
        },
      ],
    },
    {
      id: 'quadratic-prediction',
      kind: 'number',
      sectionId: 'six-patterns',
      prompt:
        'A loop that compares every item with every other item (quadratic) takes 2 ms on 1,000 items. About how many seconds should it take on 50,000 items? (Arithmetic, not a measurement.)',
      explanation:
        'Fifty times the input means 50² = 2,500 times the work for a quadratic loop: 2 ms × 2,500 = 5,000 ms, about 5 seconds. Anything within 10% counts.',
      answer: 5,
      tolerance: { kind: 'relative', percent: 10 },
      unit: 'seconds',
      commonWrong: [
        {
          value: 0.1,
          why: '0.1 s is 50 × 2 ms: that is how linear code would grow. Quadratic work grows with the square of the size ratio.',
        },
        { value: 5000, why: '5,000 is the right figure in milliseconds; the question asks for seconds.' },
        {
          value: 250,
          why: '250 s is 50³ × 2 ms, the growth of a cubic loop. A loop inside one loop is the square, not the cube.',
        },
      ],
      otherWrong:
        'Work out the size ratio (50,000 ÷ 1,000 = 50), square it for quadratic growth, multiply by 2 ms, then convert to seconds.',
    },
    {
      id: 'spot-includes-in-loop',
      kind: 'spot-line',
      sectionId: 'six-patterns',
      prompt: 'This runs on 200,000 orders and 80,000 blocked customer ids. Which line makes it slow?',
      explanation:
        'Array.includes walks the array from the start on every call, so the loop does up to 200,000 × 80,000 comparisons. Build a Set of blocked ids once before the loop and call has() instead.',
      language: 'TypeScript',
      correctLine: 4,
      lines: [
        {
          text: 'function blockedOrders(orders: Order[], blockedIds: number[]) {',
          why: 'The signature only names the inputs; no work happens here.',
        },
        {
          text: '  const result: Order[] = [];',
          why: 'One empty array, created once: no cost that grows with the input.',
        },
        {
          text: '  for (const order of orders) {',
          why: 'One pass over the orders is needed whatever the fix; it is linear. The problem is what each pass does.',
        },
        {
          text: '    if (blockedIds.includes(order.customerId)) {',
          why: 'This scans the whole blocked list for every order: n × m comparisons.',
        },
        {
          text: '      result.push(order);',
          why: 'Appending to an array is cheap (amortised constant time).',
        },
        { text: '    }' },
        { text: '  }' },
        { text: '  return result;', why: 'Returning the array costs nothing extra.' },
        { text: '}' },
      ],
    },
    {
      id: 'deep-pages',
      kind: 'single',
      sectionId: 'six-patterns',
      prompt:
        'An endpoint serves page 801 of a large table with `LIMIT 50 OFFSET 40000`, and it is far slower than page 1. What fixes it?',
      explanation:
        'OFFSET still makes the database step over every skipped row, 40,000 of them for page 801. A cursor continues from the last key the client saw (WHERE id > $1 ORDER BY id LIMIT 50), so every page costs about the same.',
      correct: 'cursor',
      choices: [
        {
          id: 'cursor',
          text: 'Continue after the last id seen: `WHERE id > $1 ORDER BY id LIMIT 50`',
          why: 'Right: with an index on id, the database jumps straight to the start of the page.',
        },
        {
          id: 'bigger-pages',
          text: 'Raise the page size to 5,000 so fewer pages are needed',
          why: 'Bigger pages make each response heavier and the deep offsets are still there; the skipping cost remains.',
        },
        {
          id: 'no-paging',
          text: 'Return the whole table once and let the client page through it',
          why: 'That is the "no pagination" pattern: response size, memory and time all grow with the table.',
        },
        {
          id: 'index-for-offset',
          text: 'Add an index on `id`, so the database can jump straight to row 40,000',
          why: 'An index puts the rows in order, but OFFSET still counts its way past the first 40,000 entries one by one. Only a condition on the key (a cursor) lets the index seek to the start of the page.',
        },
      ],
    },
    {
      id: 'spot-blocking-call',
      kind: 'spot-line',
      sectionId: 'six-patterns',
      prompt:
        'This coroutine runs inside an asyncio web server. Which line stops every other request from being served while it runs?',
      explanation:
        '`requests.get` is synchronous: it holds the event loop’s only thread until the response arrives, and nothing else runs meanwhile. Use an async client and await it: `resp = await client.get(...)` with an `httpx.AsyncClient`.',
      language: 'Python',
      correctLine: 5,
      lines: [
        {
          text: 'async def price_list(skus):',
          why: 'Declaring a coroutine does no work; what matters is whether its body ever awaits.',
        },
        { text: '    prices = {}', why: 'An empty dict, made once.' },
        {
          text: '    for sku in skus:',
          why: 'The loop is fine: with an awaited client, other requests would run during each wait.',
        },
        {
          text: '        url = f"https://prices.example/sku/{sku}"',
          why: 'Building a string takes microseconds.',
        },
        {
          text: '        resp = requests.get(url, timeout=5)',
          why: 'A blocking call inside async code: the whole event loop waits for every response.',
        },
        {
          text: '        prices[sku] = resp.json()["price"]',
          why: 'Parsing a small JSON body is brief CPU work; the wait for the network is the problem.',
        },
        { text: '    return prices', why: 'Returning the dict costs nothing.' },
      ],
    },
    {
      id: 'count-n-plus-one',
      kind: 'number',
      sectionId: 'n-plus-one',
      prompt:
        'A page loads 2,500 orders with one query, then, inside a loop, awaits one query per order to fetch its customer. How many queries does one page view send?',
      explanation:
        'One query for the list plus one per order: 1 + 2,500 = 2,501. The count grows with the data, which is the signature of an N+1.',
      answer: 2501,
      tolerance: { kind: 'exact' },
      unit: 'queries',
      commonWrong: [
        {
          value: 2500,
          why: 'That counts the per-order queries but forgets the first query that loaded the list: N + 1, not N.',
        },
        {
          value: 1,
          why: 'One query is what the JOIN version sends. The loop version asks again for every order.',
        },
        {
          value: 2,
          why: 'Two is the batched version (list, then one IN query for all ids). This loop queries per order.',
        },
        { value: 5000, why: 'Each order triggers one customer query, not two.' },
      ],
      otherWrong: 'Count one query for the list, then one more for each of the 2,500 orders.',
    },
    {
      id: 'fix-n-plus-one',
      kind: 'multi',
      sectionId: 'n-plus-one',
      prompt:
        'A page loads its posts with one query, then awaits one more query per post to fetch the author. Which changes fix this N+1 without introducing a new slowdown? Select all that apply.',
      explanation:
        'A JOIN (one query), a single batched query for all ids matched through a Map (two queries), or the ORM’s eager loading keep the query count constant. Running the same per-row queries in parallel, or matching with find() inside map(), does not.',
      correct: ['join', 'batch-with-map', 'orm-include'],
      choices: [
        {
          id: 'join',
          text: 'One query that JOINs posts to authors',
          why: 'One round trip whatever the number of posts: the database does the matching.',
        },
        {
          id: 'batch-with-map',
          text: 'One query for all author ids (`WHERE id = ANY($1)`), then match through a `Map` keyed by id',
          why: 'Two queries in total, and Map lookups keep the matching linear.',
        },
        {
          id: 'orm-include',
          text: 'Ask the ORM to eager-load the relation: Prisma `include: { author: true }`, Django `select_related("author")`',
          why: 'Eager loading is the ORM’s built-in cure; it fetches the related rows up front.',
        },
        {
          id: 'promise-all',
          text: 'Wrap the per-post queries in `Promise.all` so they run in parallel',
          why: 'Still one query per post. They now hit the connection pool all at once, which can make things worse.',
        },
        {
          id: 'batch-with-find',
          text: 'One query for all author ids, then `authors.find(a => a.id === post.author_id)` inside `posts.map`',
          why: 'The query count is fixed, but find() scans the authors for every post: an N+1 traded for a quadratic lookup.',
        },
      ],
    },
    {
      id: 'prompt-targets',
      kind: 'multi',
      sectionId: 'prompts',
      prompt:
        'You are writing the request for a job that removes duplicate users. Which lines give the model a target that its answer can be checked against? Select all that apply.',
      explanation:
        'A size, a time budget and a complexity bound are numbers: the model can aim at them, and you can check the result against them with a benchmark or in review. A role, or words such as “scales” and “most efficient”, leave the model to assume the small input it imagines.',
      correct: ['rows', 'budget', 'n-log-n'],
      choices: [
        {
          id: 'rows',
          text: '“The input is about 2 million users, and growing.”',
          why: 'A size pushes the model towards sets, indexes, batching and streaming, and tells you what to benchmark.',
        },
        {
          id: 'budget',
          text: '“It must finish in under 200 ms per call at that size.”',
          why: 'A budget is a number the answer can be measured against.',
        },
        {
          id: 'n-log-n',
          text: '“O(N log N) or better.”',
          why: 'A complexity bound rules out the nested loop outright, and a benchmark at two sizes checks it.',
        },
        {
          id: 'persona',
          text: '“You are a senior performance engineer.”',
          why: 'A role adds no numbers: the model still does not know how big your data is or how fast it must be.',
        },
        {
          id: 'scales',
          text: '“Make sure it scales.”',
          why: 'Scales to what? Without a size or a limit there is nothing to check, and the model believes its first answer already scales.',
        },
        {
          id: 'most-efficient',
          text: '“Use the most efficient algorithm.”',
          why: 'The model already thinks its answer is efficient for the input it pictures; the words name no input size to be efficient at.',
        },
      ],
    },
    {
      id: 'prompt-not-proof',
      kind: 'single',
      sectionId: 'prompts',
      prompt:
        'You added a preamble with the data size and a 200 ms budget, and the model’s code looks efficient. What now?',
      explanation:
        'A good prompt changes the model’s first choice but proves nothing. Confirm with a benchmark or a budget test before it ships.',
      correct: 'verify',
      choices: [
        {
          id: 'verify',
          text: 'Check it with a benchmark or a performance test before shipping',
          why: 'Right: a prompt shifts the odds; a measurement settles it.',
        },
        {
          id: 'trust-comment',
          text: 'Ship it: the comment above the function says O(n log n), which meets the target',
          why: 'The comment is the model’s claim about its own code. It is checkable, not checked: a comment can say O(n log n) above a loop inside a loop.',
        },
        {
          id: 'ask-again',
          text: 'Ask the model whether its code meets the 200 ms budget',
          why: 'Its answer would be another prediction, not a measurement.',
        },
        {
          id: 'unit-tests',
          text: 'Run the existing unit tests; if they pass, the budget is met',
          why: 'Unit tests check results on small inputs. They say nothing about 200 ms at the production size.',
        },
      ],
    },
    {
      id: 'profile-loop-order',
      kind: 'order',
      sectionId: 'profile-then-fix',
      prompt: 'Put the profile-then-fix loop in order (first step at the top).',
      explanation:
        'Measure a baseline, find where the time goes, give the assistant those facts, apply the smallest changes one at a time, then measure again on the same input to keep only what helped.',
      steps: [
        {
          id: 'baseline',
          text: 'Time the slow function on a realistic input; write down the input size and the time',
          why: 'Without a baseline number there is nothing to judge any later change against.',
        },
        {
          id: 'profile',
          text: 'Run the function under a profiler and list the functions with the most self time',
          why: 'The profile shows where the time really goes, before anyone guesses.',
        },
        {
          id: 'paste',
          text: 'Give the assistant the profiler’s top functions, their code, the input size and the time budget',
          why: 'The assistant needs real hot spots to stop guessing, so this can only come after profiling.',
        },
        {
          id: 'smallest-change',
          text: 'Ask for the smallest change to each hot function, and apply the changes one at a time',
          why: 'Changes come only after the assistant has seen the hot spots; one at a time shows which helped.',
        },
        {
          id: 'remeasure',
          text: 'Confirm each change with a plain timing (no profiler) on a realistic input; keep it only if the output is unchanged and the time fell',
          why: 'Measuring again closes the loop: it is how you know a change worked.',
        },
      ],
    },
    {
      id: 'choose-and-read-profiler',
      kind: 'single',
      sectionId: 'profile-then-fix',
      prompt:
        'A Python worker has been slow in production for an hour, and you cannot restart it. What do you run, and what do you look at first?',
      explanation:
        'py-spy attaches to a running process by its pid, so nothing restarts. In its flame graph, or in any profile, start from self time: the wide bars with little stacked on top, the functions whose own lines burn the time.',
      correct: 'py-spy-self-time',
      choices: [
        {
          id: 'py-spy-self-time',
          text: '`py-spy record --pid <pid> -o profile.svg`, then the wide bars with little stacked on top (most self time)',
          why: 'Right: no restart, and self time points at the code that actually runs, not at the callers above it.',
        },
        {
          id: 'cprofile-cumtime',
          text: '`python -m cProfile -s cumtime worker.py`, then fix the function at the top of the list',
          why: 'cProfile has to start the program, which means a restart. And the top rows by cumulative time are entry points that only call the slow code; sort by tottime (self time) instead.',
        },
        {
          id: 'widest-bar',
          text: '`py-spy record --pid <pid>`, then fix the widest bar in the flame graph',
          why: 'The widest bar is the bottom of every stack, the entry point, always the full width. Look higher up for wide bars with nothing on top.',
        },
        {
          id: 'timeit-suspect',
          text: '`timeit` around the function you suspect, to see how slow it is',
          why: 'timeit measures a function you already picked; it cannot tell you where the time goes, and the suspect is exactly what a profiler replaces.',
        },
      ],
    },
    {
      id: 'memory-long-running',
      kind: 'multi',
      sectionId: 'memory',
      prompt:
        'In a Node service that runs for weeks, which of these make memory use keep growing, with time or with the data? Select all that apply.',
      explanation:
        'Objects pushed into a module-level array stay reachable for the life of the process; a timer’s closure keeps whatever it refers to alive until the timer is cleared; and a whole-file read needs memory in proportion to a file that keeps growing (stream it instead). A cache with a size cap levels off, and a local array is freed once the request is answered.',
      correct: ['request-log', 'timer-closure', 'whole-file'],
      choices: [
        {
          id: 'request-log',
          text: '`const seen = []` at module level, and every request handler does `seen.push(req)` “for debugging”',
          why: 'Every request object, headers and body included, stays reachable forever. Keep a fixed number of small records instead.',
        },
        {
          id: 'timer-closure',
          text: '`setInterval(() => log(report.id), 60_000)` inside a function that received a million-row `report`, never cleared',
          why: 'The callback refers to `report`, so the whole report stays alive as long as the timer runs. Copy out the id, and clear the timer.',
        },
        {
          id: 'whole-file',
          text: '`await readFile(logPath, "utf8")` on the service’s own log, which grows every day, to count error lines',
          why: 'Memory grows with the file, and past 2 GiB Node’s readFile refuses outright. Read it line by line as a stream.',
        },
        {
          id: 'capped-lru',
          text: 'A `Map` cache capped at 500 entries that evicts the least recently used one when full',
          why: 'Capped: once it holds 500 entries, each new one pushes an old one out, so memory levels off however long the service runs.',
        },
        {
          id: 'local-array',
          text: 'A handler that builds an array of 50 result rows and returns it as JSON',
          why: 'The array is local: once the response is sent nothing refers to it, and the garbage collector frees it.',
        },
      ],
    },
    {
      id: 'read-benchmark-output',
      kind: 'single',
      sectionId: 'benchmark-habit',
      prompt:
        'A Python benchmark prints: 10,000 items, 2.1 ms per call, peak 0.8 MiB; 100,000 items, 22 ms, peak 8 MiB; 1,000,000 items, 240 ms, peak 80 MiB (medians of 7 runs, peak from tracemalloc). What do the numbers say?',
      explanation:
        'Each step is ten times the items, and time grows about ten times per step (2.1 → 22 → 240 ms), so the function is close to linear; a quadratic one would grow a hundredfold per step. Peak memory also grows tenfold per step: the call holds something per item, such as its result list. That is expected, not a leak, but it means about 8 GiB at 100 million items.',
      correct: 'linear-both',
      choices: [
        {
          id: 'linear-both',
          text: 'Time and peak memory both grow about linearly: roughly ten times per tenfold step',
          why: 'Right: read the ratios, not the raw numbers. 22 ÷ 2.1 and 240 ÷ 22 are both about 10, and so are the memory steps.',
        },
        {
          id: 'quadratic',
          text: 'Time is quadratic: it went from 2 ms to 240 ms',
          why: 'That is about 115 times the time for 100 times the items, close to linear. Quadratic growth would be 10,000 times, about 21 seconds at a million.',
        },
        {
          id: 'memory-leak',
          text: 'Memory grows with n, so the function has a leak',
          why: 'Peak memory during a call that builds a result grows with the result. A leak is memory still held after the call ends, which these numbers do not measure.',
        },
        {
          id: 'too-few',
          text: 'Nothing: a benchmark is too noisy to say anything until production',
          why: 'Medians of several runs at sizes a hundredfold apart separate linear from quadratic easily; noise moves a ratio by tens of percent, not by tenfold.',
        },
      ],
    },
    {
      id: 'steady-perf-tests',
      kind: 'multi',
      sectionId: 'perf-test-first',
      prompt:
        'A performance test on CI fails now and then for no reason. Which changes keep the check but cut the flakiness? Select all that apply.',
      explanation:
        'Leave a wide margin between the good and bad versions, take the median of several runs, or count something deterministic (queries, calls) instead of timing. Retrying until green, or raising the limit past the slow version, make it pass by making it meaningless.',
      correct: ['headroom', 'median', 'count-queries'],
      choices: [
        {
          id: 'headroom',
          text: 'Set the limit well above the good version and well below the bad one',
          why: 'A tenfold gap is easy to assert on a noisy machine; a 10% gap is not.',
        },
        {
          id: 'median',
          text: 'Time several runs and assert on the median',
          why: 'The median shrugs off one slow run caused by a busy neighbour.',
        },
        {
          id: 'count-queries',
          text: 'Count database queries instead of timing',
          why: 'A query count does not depend on how fast or busy the machine is, so noise cannot flip the result.',
        },
        {
          id: 'retry',
          text: 'Retry the test up to five times until it passes',
          why: 'Retries hide real regressions as well as noise: the test stops meaning anything.',
        },
        {
          id: 'raise-past-bad',
          text: 'Raise the time limit until the test stops failing, even beyond what the slow version takes',
          why: 'It stops flaking because it stops testing: a limit the slow version also meets catches nothing.',
        },
      ],
    },
    {
      id: 'the-missing-signal',
      kind: 'single',
      sectionId: 'big-idea',
      prompt: 'In one line: why does the model keep writing slow code unless you intervene?',
      explanation:
        'The model sees text only: not your data sizes, traffic or database. Give it signals (scale in the prompt, benchmarks, profiles, budget tests) and it can optimise against them.',
      correct: 'no-signal',
      choices: [
        {
          id: 'no-signal',
          text: 'It cannot see your data sizes or timings; without them it writes the pattern it has seen most',
          why: 'Right: performance is invisible to it until you supply sizes and measurements.',
        },
        {
          id: 'context-window',
          text: 'Its context window is too small to hold the whole program',
          why: 'Even with the whole codebase in context it sees code, not row counts, traffic or timings: that information is not in the code.',
        },
        {
          id: 'bad-training-code',
          text: 'It learned mostly from badly written code',
          why: 'Most of what it learned from is correct and fine at its own small size. The trouble is that nothing tells it your data is not small.',
        },
        {
          id: 'ask-to-optimise',
          text: 'Nobody asked it to optimise; adding “optimise for performance” to the prompt fixes it',
          why: 'That adds a wish but no numbers. Without a size or a budget it still cannot tell whether the simple version is good enough.',
        },
      ],
    },
  ],
};
