import type { Lab } from '@/lib/labs/types';
import { labSources, pythonSources } from '../lab-sources';

const { starter, solution, harness } = labSources('08-unbounded-cache');

export const lab: Lab = {
  id: 'unbounded-cache',
  number: 8,
  title: 'The price cache',
  summary:
    'The pricing service is slow, so the shop caches prices. After a restart the process is lean; a few ' +
    'weeks later it runs out of memory. The cache may keep at most 500 prices. Measure what it keeps and ' +
    'fix it without losing the speed it buys.',
  sectionId: 'memory',
  pattern: 'memory',
  finding: 'growing-retention',
  patternNote:
    'The cache kept every SKU it ever saw. The ten-minute expiry only decided whether an entry was ' +
    'used, never removed one: a cache with no bound on its size is a leak that passes every short test.',
  kind: 'fix',
  starter,
  solution,
  requiredExports: ['createPriceLookup'],
  harness,
  needsSqlite: false,
  sizes: [1000, 3000, 10000, 30000, 100000, 300000, 1000000],
  sizeUnit: 'requests served',
  checkCorrectness: true,
  budget: {
    counters: [
      {
        counter: 'retained',
        kind: 'max',
        value: 500,
        hint: 'An expiry time does not bound the size. Once the cache holds 500 prices, drop one for each new one.',
      },
      {
        // Measured on this lab's own traffic with scripts/bench/cache-policies.mjs (every policy capped at
        // 500): from 10,000 requests up, LRU keeps 79.3–80.0% while FIFO (75.3%), clear-when-full
        // (75.0–75.3%) and random eviction (75.2–76.2%) lose popular SKUs. The floor sits between.
        counter: 'hitRatePct',
        kind: 'min',
        value: 78,
        hint: 'Popular SKUs are being dropped and recomputed: evict the entry used least recently, not the oldest one, not a random one and not everything.',
      },
    ],
  },
  counters: [
    { id: 'retained', label: 'Entries retained', unit: 'entries', better: 'lower', role: 'retained' },
    { id: 'hitRatePct', label: 'Hit rate', unit: '%', better: 'higher' },
    { id: 'computed', label: 'Prices computed', unit: 'prices', better: 'lower' },
    { id: 'lookups', label: 'Lookups', unit: 'lookups', better: 'lower' },
  ],
  prediction: {
    question:
      'Before you run it: the starter serves 10,000 requests, one in five for a product nobody asks for twice. How many prices will its cache still hold afterwards?',
    options: [
      { id: 'bounded', label: 'At most 500', range: [0, 500] },
      { id: 'tail', label: 'About 2,000', range: [501, 6000] },
      { id: 'all', label: 'About 10,000', range: [6001, Number.MAX_SAFE_INTEGER] },
    ],
    answer: 'tail',
    measure: { kind: 'counter', counter: 'retained', n: 10000 },
    explain:
      'Every one-off product stays: about 2,000 of them, plus the 100 popular ones. The ten-minute expiry ' +
      'never removes anything; it only recomputes an entry that is asked for again.',
  },
  hints: [
    'Read **Entries retained** at each size: it grows with the traffic and never comes down. In a server that runs for weeks, that is a leak.',
    'Does the expiry time ever remove an entry from the Map? Most hits come from a few popular SKUs; the one-off SKUs take space and are never asked for again.',
    'A `Map` remembers insertion order: `cache.keys().next().value` is the oldest key. Delete it when the size passes 500.',
    'For least-recently-used rather than oldest-inserted: on a hit, `delete` the key and `set` it again, so it moves to the back.',
  ],
  prose: {
    why:
      'The cache gains one entry for every distinct SKU and never loses one: the expiry only decides whether ' +
      'an entry may be used. Most traffic is for a few popular products, but one request in five is for ' +
      'something nobody asks for again, and each of those stays in memory for the life of the process. ' +
      'Nothing fails in a short test; after weeks the process is mostly cache.',
    see:
      '**Entries retained** is measured from outside the cache: after the run the harness asked again for ' +
      'the SKUs it had seen, most recent first, and counted those answered without recomputing. For the ' +
      'starter it grew with the number of requests; the **Hit rate** shows what the cache is worth.',
    fix:
      'Bound it. Keep at most 500 prices and, when a new one would go over, evict the least recently used. ' +
      'The popular SKUs stay, so the hit rate barely moves. Dropping the oldest entry, a random one or the ' +
      'whole cache also bounds it, but loses popular prices: the budget asks for at most 500 entries, a hit ' +
      'rate of at least 78%, and a scripted day on which no popular price is recomputed.',
    contract:
      'Export `createPriceLookup(computePrice)` returning `{ price(sku) }`. `price` returns the same number ' +
      'as `computePrice(sku)`; call `computePrice` only on a cache miss, and keep at most 500 prices. The ' +
      'harness serves n requests through one lookup and sums the prices.',
  },
  tests: {
    starterFails: 'counter:retained',
    starterReason: 'entries at n = [\\d,]+; the budget allows at most 500',
    teachingCounter: 'retained',
    // One size only: nothing to predict from, so a busy machine cannot stop the series before it.
    teachingAt: 300000,
    sizes: [1000, 3000, 10000, 30000, 100000, 300000],
  },
  python: {
    ...pythonSources('08-unbounded-cache'),
    requiredExports: ['create_price_lookup'],
    // The same counters and budget. CPython serves a request through the learner's lookup in about 10–20 µs
    // in WebAssembly (Node with Pyodide 314), so the ladder stops at 100,000 requests (about 2 s for the
    // starter); the hit rates match the JavaScript lab's from 10,000 requests up (79.3% at 10,000).
    sizes: [1000, 3000, 10000, 30000, 100000],
    prose: {
      contract:
        'Define `create_price_lookup(compute_price)` returning an object with a method `price(sku)`. It ' +
        'returns the same number as `compute_price(sku)`; call `compute_price` only on a cache miss, and keep ' +
        'at most 500 prices. The harness serves n requests through one lookup and sums the prices.',
      why:
        'The cache dict gains one entry for every distinct SKU and never loses one: the expiry only decides ' +
        'whether an entry may be used. Most traffic is for a few popular products, but one request in five is ' +
        'for something nobody asks for again, and each of those stays in memory for the life of the process. ' +
        'Nothing fails in a short test; after weeks the process is mostly cache.',
      fix:
        'Bound it. Keep at most 500 prices and, when a new one would go over, evict the least recently used: ' +
        '`functools.lru_cache(maxsize=500)` does exactly that, or an `OrderedDict` with `move_to_end` on a hit ' +
        'and `popitem(last=False)` when full. Dropping the oldest entry, a random one or the whole cache also ' +
        'bounds it, but loses popular prices: the budget asks for at most 500 entries, a hit rate of at least ' +
        '78%, and a scripted day on which no popular price is recomputed.',
    },
    hints: [
      'Read **Entries retained** at each size: it grows with the traffic and never comes down. In a server that runs for weeks, that is a leak.',
      'Does the expiry time ever remove an entry from the dict? Most hits come from a few popular SKUs; the one-off SKUs take space and are never asked for again.',
      'A dict remembers insertion order: `next(iter(cache))` is the oldest key. Delete it when there are more than 500.',
      'For least-recently-used rather than oldest-inserted: on a hit, move the key to the end (`OrderedDict.move_to_end`, or `pop` and set it again). `functools.lru_cache(maxsize=500)` does both for you; `maxsize=None` means no bound.',
    ],
    tests: {
      starterFails: 'counter:retained',
      starterReason: 'entries at n = [\\d,]+; the budget allows at most 500',
      teachingCounter: 'retained',
      sizes: [1000, 3000, 10000, 30000],
    },
  },
};
