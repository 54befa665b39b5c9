import type { Quiz } from '@/lib/quiz/types';

/**
 * End-of-lesson quiz: 15 questions, each tied to the section it tests. Ids are stable (saved attempts refer
 * to them): never reuse an id for a different question.
 */
export const quiz: Quiz = {
  lessonSlug: 'performance-bugs-in-ai-generated-code',
  title: 'Check what stuck',
  passRatio: 0.8,
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
          id: 'old-model',
          text: 'The assistant was an older model; newer ones test their code on big inputs',
          why: 'No model runs its code against your data. The cause is missing information about scale, not the model’s age.',
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
      id: 'flag-the-slow-patterns',
      kind: 'multi',
      sectionId: 'six-patterns',
      prompt:
        'Which of these would you flag in review for code that handles a million rows? Select all that apply.',
      explanation:
        'Reading a file synchronously inside a request handler stalls the event loop for everyone, fetching all rows to filter in JavaScript pays for rows you throw away, and constructing a formatter per item repeats expensive setup n times. Building a Set once and keyset paging are the fixes, not the bugs.',
      correct: ['readfilesync-in-handler', 'select-all-then-filter', 'formatter-per-item'],
      choices: [
        {
          id: 'readfilesync-in-handler',
          text: '`fs.readFileSync(bigFile)` inside an `async` request handler',
          why: 'Flag it: a synchronous read blocks the single JavaScript thread, so every other request waits too.',
        },
        {
          id: 'select-all-then-filter',
          text: '`SELECT * FROM orders`, then `.filter(o => o.status === "open")` in JavaScript',
          why: 'Flag it: the condition belongs in a WHERE clause, where the database can use an index and send only matching rows.',
        },
        {
          id: 'formatter-per-item',
          text: '`items.map(i => new Intl.NumberFormat("en", opts).format(i.price))`',
          why: 'Flag it: building the formatter is far costlier than using it. Create it once above the loop.',
        },
        {
          id: 'set-built-once',
          text: '`const blocked = new Set(ids)` built once, then `blocked.has(x)` inside the loop',
          why: 'This is the fix for quadratic lookups: one linear build, then near-constant lookups.',
        },
        {
          id: 'keyset-page',
          text: '`WHERE id > $1 ORDER BY id LIMIT 50` for the next page',
          why: 'This is cursor (keyset) pagination, which stays fast however deep the learner pages.',
        },
      ],
    },
    {
      id: 'deep-pages',
      kind: 'single',
      sectionId: 'six-patterns',
      prompt:
        'An endpoint pages through a large table with `LIMIT 50 OFFSET 40000`. Page 800 is much slower than page 1. What fixes it?',
      explanation:
        'OFFSET still makes the database step over every skipped row. A cursor continues from the last key the client saw (WHERE id > $1 ORDER BY id LIMIT 50), so every page costs about the same.',
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
          id: 'promise-all-pages',
          text: 'Fetch pages 1 to 800 in parallel with `Promise.all`',
          why: 'Parallel requests multiply the load on the database; each deep page still skips its offset.',
        },
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
      id: 'spot-await-in-loop',
      kind: 'spot-line',
      sectionId: 'n-plus-one',
      prompt: 'Which line turns this into an N+1?',
      explanation:
        'The await inside the loop is a full database round trip per post. Fetch all the authors at once instead: a JOIN, or one query with `id = ANY($1)` and a Map to match them up.',
      language: 'TypeScript',
      correctLine: 4,
      lines: [
        {
          text: "const posts = await db.query<Post>('SELECT id, author_id, title FROM posts');",
          why: 'One query for the list is fine; it runs once.',
        },
        { text: 'const view = [];', why: 'An empty array, made once.' },
        {
          text: 'for (const post of posts) {',
          why: 'Looping over the posts is fine in itself; the problem is the query inside it.',
        },
        {
          text: "  const [author] = await db.query<Author>('SELECT name FROM authors WHERE id = $1', [post.author_id]);",
          why: 'A query per post: with 10,000 posts this line alone sends 10,000 queries.',
        },
        {
          text: '  view.push({ title: post.title, author: author?.name });',
          why: 'Pushing a small object is cheap and happens in memory.',
        },
        { text: '}' },
      ],
    },
    {
      id: 'fix-n-plus-one',
      kind: 'multi',
      sectionId: 'n-plus-one',
      prompt: 'Which changes fix that N+1 without introducing a new slowdown? Select all that apply.',
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
          text: 'Ask the ORM to eager-load the relation, e.g. Prisma `include: { author: true }`',
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
      id: 'signals-in-a-prompt',
      kind: 'multi',
      sectionId: 'prompts',
      prompt: 'Which lines in a request give the model something concrete to aim at? Select all that apply.',
      explanation:
        'Numbers change what the model reaches for: input size, a time budget, and a stated complexity that can be checked in review. Adjectives give it nothing to test its answer against.',
      correct: ['rows', 'budget', 'complexity-comment'],
      choices: [
        {
          id: 'rows',
          text: '“Runs on about 2 million rows, and the table is growing.”',
          why: 'A size pushes the model towards sets, indexes, batching and streaming.',
        },
        {
          id: 'budget',
          text: '“Must finish in under 200 ms per call at that size.”',
          why: 'A budget is a number the answer can be checked against.',
        },
        {
          id: 'complexity-comment',
          text: '“Above the function, state its time and memory complexity.”',
          why: 'A written complexity is a checkable claim; having to write O(n²) often makes the model rewrite the code.',
        },
        {
          id: 'fast',
          text: '“Make it fast and efficient.”',
          why: 'An adjective carries no scale: the model still assumes a small list.',
        },
        {
          id: 'best-practices',
          text: '“Follow best practices.”',
          why: 'Too vague to change anything; the most common pattern already looks like best practice to the model.',
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
          id: 'ship',
          text: 'Ship it: the preamble guarantees the budget is met',
          why: 'The model cannot run your data, so it cannot guarantee a budget. It may still write something slow.',
        },
        {
          id: 'ask-again',
          text: 'Ask the model whether its code meets the 200 ms budget',
          why: 'Its answer would be another prediction, not a measurement.',
        },
        {
          id: 'add-adjectives',
          text: 'Add “highly optimised” to the prompt to be safe',
          why: 'Adjectives add no signal beyond the numbers already there.',
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
          text: 'Time the slow case on a realistic input; note the size and the time',
          why: 'Without a baseline number there is nothing to judge any later change against.',
        },
        {
          id: 'profile',
          text: 'Run that input under a profiler; note the top functions by self time',
          why: 'The profile shows where the time really goes, before anyone guesses.',
        },
        {
          id: 'paste',
          text: 'Give the assistant the hot spots, the code they point at, the size and the budget',
          why: 'The assistant needs the profile to stop guessing; it comes after profiling.',
        },
        {
          id: 'smallest-change',
          text: 'Ask for the smallest change per hot spot and apply them one at a time',
          why: 'Changes come only after the assistant has seen the hot spots; one at a time shows which helped.',
        },
        {
          id: 'remeasure',
          text: 'Re-run the same input on the same machine, check the output, keep what helped',
          why: 'Measuring again closes the loop: it is how you know a change worked.',
        },
      ],
    },
    {
      id: 'spot-cache-leak',
      kind: 'spot-line',
      sectionId: 'memory',
      prompt:
        'This server runs for weeks and sees millions of distinct URLs. Which line makes its memory grow without limit?',
      explanation:
        'Every new URL adds an entry and nothing ever removes one. Give the cache a size limit and evict the least recently used entry (or use a package such as lru-cache).',
      language: 'TypeScript',
      correctLine: 6,
      lines: [
        {
          text: 'const previews = new Map<string, Preview>();',
          why: 'A Map is a fine cache; the trouble is that nothing limits its size.',
        },
        {
          text: 'export async function previewFor(url: string) {',
          why: 'The function signature does no work.',
        },
        { text: '  const cached = previews.get(url);', why: 'A lookup adds nothing to memory.' },
        { text: '  if (cached) return cached;', why: 'Returning a hit is the point of the cache.' },
        {
          text: '  const preview = await renderPreview(url);',
          why: 'Rendering costs time, but its result could be dropped after use; keeping it is the issue.',
        },
        {
          text: '  previews.set(url, preview);',
          why: 'An entry per distinct URL, kept forever: there is no eviction rule.',
        },
        { text: '  return preview;', why: 'Returning the value holds no extra memory.' },
        { text: '}' },
      ],
    },
    {
      id: 'benchmark-growth',
      kind: 'number',
      sectionId: 'benchmark-habit',
      prompt:
        'Your benchmark shows 3 ms per call at 10,000 items. If the function is quadratic, about how many milliseconds per call should you expect at 1,000,000 items? (Arithmetic, not a measurement.)',
      explanation:
        'A hundred times the input, squared, is ten thousand times the work: 3 ms × 10,000 = 30,000 ms, about 30 seconds per call. That is why the benchmark should stop before running the largest size. Anything within 10% counts.',
      answer: 30000,
      tolerance: { kind: 'relative', percent: 10 },
      unit: 'ms',
      commonWrong: [
        { value: 300, why: '300 ms is a hundredfold growth, which is what linear code would show.' },
        { value: 30, why: '30 is the right figure in seconds; the question asks for milliseconds.' },
        {
          value: 3000000,
          why: '3,000,000 ms is a millionfold growth, the cube of the size ratio. Quadratic is the square.',
        },
      ],
      otherWrong:
        'The size grows 100 times; a quadratic function does 100² = 10,000 times the work. Multiply 3 ms by that.',
    },
    {
      id: 'steady-perf-tests',
      kind: 'multi',
      sectionId: 'perf-test-first',
      prompt:
        'A performance test on CI fails now and then for no reason. Which changes keep the check but cut the flakiness? Select all that apply.',
      explanation:
        'Leave a wide margin between the good and bad versions, take the median of several runs, or count something deterministic (queries, calls) instead of timing. Retrying until green or tightening the limit hide the signal or make it worse.',
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
          why: 'A count is identical on every machine, so it never flakes.',
        },
        {
          id: 'retry',
          text: 'Retry the test up to five times until it passes',
          why: 'Retries hide real regressions as well as noise: the test stops meaning anything.',
        },
        {
          id: 'tighter',
          text: 'Make the time limit tighter so slow runs stand out',
          why: 'A tighter limit on a noisy clock fails more often, not less.',
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
          text: 'It cannot see speed; without numbers it writes the pattern it has seen most',
          why: 'Right: performance is invisible to it until you supply sizes and measurements.',
        },
        {
          id: 'lazy',
          text: 'It deliberately writes short code to save tokens',
          why: 'Short is not the aim; common is. The most frequent pattern is usually correct and often slow.',
        },
        {
          id: 'needs-bigger',
          text: 'Only the largest models understand complexity',
          why: 'Models of any size know Big-O; what they lack is your scale.',
        },
        {
          id: 'unfixable',
          text: 'Performance cannot be specified, only discovered in production',
          why: 'It can be specified: prompts with numbers, benchmarks and budget tests all do it.',
        },
      ],
    },
  ],
};
