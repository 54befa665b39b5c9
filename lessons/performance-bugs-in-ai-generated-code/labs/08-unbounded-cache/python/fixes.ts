/**
 * Python fixes someone might write for the price cache, run by python-labs-N.test.ts through the worker path
 * with the real Pyodide. Never shipped to a page. Each eviction policy is capped at 500 entries unless its
 * name says otherwise.
 */
import type { LabFix } from '@/lib/labs/types';

/** A dict cache of at most 500 prices whose eviction is `evict` (run when it is over), `on_hit` on a hit. */
const capped = (evict: string, onHit = 'pass', limit = 500) => `class Lookup:
    def __init__(self, compute_price):
        self.compute_price = compute_price
        self.cache = {}

    def price(self, sku):
        if sku in self.cache:
            hit = self.cache[sku]
            ${onHit}
            return hit
        p = self.compute_price(sku)
        self.cache[sku] = p
        if len(self.cache) > ${limit}:
            ${evict}
        return p


def create_price_lookup(compute_price):
    return Lookup(compute_price)
`;

const SIZES = [1000, 10000, 30000];

export const halfFixes: LabFix[] = [
  {
    name: 'first in, first out: drop the oldest inserted entry',
    source: capped('del self.cache[next(iter(self.cache))]'),
    fails: 'check:keeps-popular',
    reason: 'had to be recomputed',
    sizes: SIZES,
  },
  {
    name: 'empty the whole cache when it is full',
    source: capped('self.cache.clear()'),
    fails: 'check:keeps-popular',
    reason: 'had to be recomputed',
    sizes: SIZES,
  },
  {
    name: 'drop a random entry when it is full',
    source: `import random\n\n${capped('del self.cache[random.choice(list(self.cache))]')}`,
    fails: 'check:keeps-popular',
    reason: 'had to be recomputed',
    sizes: SIZES,
  },
  {
    name: 'functools.lru_cache with maxsize=None (which means no bound at all)',
    source: `from functools import lru_cache
from types import SimpleNamespace


def create_price_lookup(compute_price):
    return SimpleNamespace(price=lru_cache(maxsize=None)(compute_price))
`,
    fails: 'counter:retained',
    reason: 'the budget allows at most 500',
    sizes: SIZES,
  },
  {
    name: 'LRU with a cap far above the limit',
    source: capped('del self.cache[next(iter(self.cache))]', 'self.cache[sku] = self.cache.pop(sku)', 50000),
    fails: 'counter:retained',
    reason: 'the budget allows at most 500',
    sizes: SIZES,
  },
  {
    name: 'no cache at all (bounded, but every request recomputes)',
    source: `class Lookup:
    def __init__(self, compute_price):
        self.price = compute_price


def create_price_lookup(compute_price):
    return Lookup(compute_price)
`,
    fails: 'counter:hitRatePct',
    reason: 'needs at least 78%',
    sizes: SIZES,
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'functools.lru_cache(maxsize=500) around the pricing call, one per lookup',
    source: `from functools import lru_cache
from types import SimpleNamespace


def create_price_lookup(compute_price):
    return SimpleNamespace(price=lru_cache(maxsize=500)(compute_price))
`,
    sizes: SIZES,
  },
  {
    name: 'a plain dict as an LRU: pop and re-insert on a hit, drop the first key when full',
    source: capped('del self.cache[next(iter(self.cache))]', 'self.cache[sku] = self.cache.pop(sku)'),
    sizes: SIZES,
  },
  {
    name: 'LRU by a use counter, capped at 400',
    source: `import itertools


class Lookup:
    def __init__(self, compute_price):
        self.compute_price = compute_price
        self.cache = {}
        self.used = {}
        self.clock = itertools.count()

    def price(self, sku):
        if sku not in self.cache:
            self.cache[sku] = self.compute_price(sku)
            if len(self.cache) > 400:
                oldest = min(self.used, key=self.used.get)
                del self.cache[oldest], self.used[oldest]
        self.used[sku] = next(self.clock)
        return self.cache[sku]


def create_price_lookup(compute_price):
    return Lookup(compute_price)
`,
    sizes: SIZES,
  },
];
