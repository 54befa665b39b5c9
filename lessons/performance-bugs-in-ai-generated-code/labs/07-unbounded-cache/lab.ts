import type { Lab } from '@/lib/labs/types';
import { harness, solution, starter } from './code';

export const lab: Lab = {
  id: 'unbounded-cache',
  number: 7,
  title: 'A cache that never forgets',
  summary: 'A price cache keeps every SKU it has ever seen. Cap it with least-recently-used eviction.',
  sectionId: 'memory',
  pattern: 'memory',
  finding: 'growing-retention',
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
        hint: 'Evict: once the cache holds CACHE_LIMIT prices, drop the least recently used one for each new one.',
      },
      {
        counter: 'hitRatePct',
        kind: 'min',
        value: 60,
        hint: 'Keep the popular SKUs: evict the least recently used entry, not everything (and not the newest).',
      },
    ],
  },
  counters: [
    { id: 'retained', label: 'Entries retained', unit: 'entries', better: 'lower', role: 'retained' },
    { id: 'hitRatePct', label: 'Hit rate', unit: '%', better: 'higher' },
    { id: 'computed', label: 'Prices computed', unit: 'prices', better: 'lower' },
    { id: 'lookups', label: 'Lookups', unit: 'lookups', better: 'lower' },
  ],
  hints: [
    'Read **Entries retained** at each size: it grows with the traffic and never comes down. In a server that runs for weeks, that is a leak.',
    'Most of the hits come from a few popular SKUs. The one-off SKUs take up space and are never asked for again.',
    'A `Map` remembers insertion order: `cache.keys().next().value` is the oldest key. Delete it when the size passes CACHE_LIMIT.',
    'For least-recently-used rather than oldest-inserted: on a hit, `delete` the key and `set` it again, so it moves to the back.',
  ],
  prose: {
    why:
      'The cache gains one entry for every distinct SKU and never loses one. Most traffic is for a few ' +
      'popular products, but one request in five is for something nobody asks for again, and each of ' +
      'those stays in memory for the life of the process. Nothing fails in a short test; after weeks the ' +
      'process is mostly cache.',
    see:
      '**Entries retained** is measured from outside the cache: after the run the harness asks again for ' +
      'the SKUs it has seen, most recent first, and counts those answered without recomputing. For the ' +
      'starter it grows with the number of requests; the **Hit rate** shows what the cache is worth.',
    fix:
      'Bound it. Keep at most `CACHE_LIMIT` (500) prices and, when a new one would go over, evict the ' +
      'least recently used. The popular SKUs stay, so the hit rate barely moves. The budget: at most 500 ' +
      'entries retained and a hit rate of at least 60%.',
    contract:
      'Export `createPriceLookup(computePrice)` returning `{ price(sku) }`. `price` returns the same number ' +
      'as `computePrice(sku)`; call `computePrice` only on a cache miss. The harness serves n requests ' +
      'through one lookup and sums the prices.',
  },
};
