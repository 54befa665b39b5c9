/**
 * Fixes someone might write for the price cache, run by the lab's tests through the worker path
 * (labs.test.ts, fixes.test.ts, e2e/labs.spec.ts). Never shipped to a page. Each eviction policy is
 * capped at 500 entries; scripts/bench/cache-policies.mjs prints what each one does on the lab's traffic.
 */
import type { LabFix } from '@/lib/labs/types';

/** A cache of at most 500 prices whose eviction is `evict` (run with the Map when it is over). */
const capped = (evict: string, onHit = '') => `export function createPriceLookup(computePrice) {
  const cache = new Map();
  return {
    price(sku) {
      if (cache.has(sku)) {
        const hit = cache.get(sku);
        ${onHit}
        return hit;
      }
      const p = computePrice(sku);
      cache.set(sku, p);
      if (cache.size > 500) { ${evict} }
      return p;
    },
  };
}`;

const SIZES = [1000, 10000, 100000];

export const halfFixes: LabFix[] = [
  {
    name: 'first in, first out: drop the oldest inserted entry',
    source: capped('cache.delete(cache.keys().next().value);'),
    fails: 'check:keeps-popular',
    reason: 'had to be recomputed',
    sizes: SIZES,
  },
  {
    name: 'empty the whole cache when it is full',
    source: capped('cache.clear();'),
    fails: 'check:keeps-popular',
    reason: 'had to be recomputed',
    sizes: SIZES,
  },
  {
    name: 'drop a random entry when it is full',
    source: capped(
      'const keys = [...cache.keys()]; cache.delete(keys[Math.floor(Math.random() * keys.length)]);',
    ),
    fails: 'check:keeps-popular',
    reason: 'had to be recomputed',
    sizes: SIZES,
  },
  {
    name: 'stop caching once 500 prices are in',
    source: `export function createPriceLookup(computePrice) {
  const cache = new Map();
  return {
    price(sku) {
      if (cache.has(sku)) return cache.get(sku);
      const p = computePrice(sku);
      if (cache.size < 500) cache.set(sku, p);
      return p;
    },
  };
}`,
    fails: 'check:keeps-popular',
    reason: 'had to be recomputed',
    sizes: SIZES,
  },
  {
    name: 'LRU with a cap far above the limit',
    source: capped(
      'cache.delete(cache.keys().next().value);',
      'cache.delete(sku); cache.set(sku, hit);',
    ).replace('cache.size > 500', 'cache.size > 50000'),
    fails: 'counter:retained',
    reason: 'the budget allows at most 500',
    sizes: SIZES,
  },
  {
    name: 'no cache at all (bounded, but every request recomputes)',
    source: `export function createPriceLookup(computePrice) { return { price: (sku) => computePrice(sku) }; }`,
    fails: 'counter:hitRatePct',
    reason: 'needs at least 78%',
    sizes: SIZES,
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'an LRU class',
    source: `class Lru {
  constructor(limit) { this.limit = limit; this.map = new Map(); }
  get(k) { const v = this.map.get(k); if (v !== undefined) { this.map.delete(k); this.map.set(k, v); } return v; }
  set(k, v) { this.map.set(k, v); if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value); }
}
export function createPriceLookup(computePrice) {
  const lru = new Lru(500);
  return { price(sku) { let p = lru.get(sku); if (p === undefined) { p = computePrice(sku); lru.set(sku, p); } return p; } };
}`,
    sizes: SIZES,
  },
  {
    name: 'LRU by a use counter, capped at 400',
    source: capped(
      'let old, min = Infinity; for (const [k, t] of used) if (t < min) { min = t; old = k; } cache.delete(old); used.delete(old);',
      'used.set(sku, ++clock);',
    )
      .replace('const cache = new Map();', 'const cache = new Map(); const used = new Map(); let clock = 0;')
      .replace('cache.set(sku, p);', 'cache.set(sku, p); used.set(sku, ++clock);')
      .replace('cache.size > 500', 'cache.size > 400'),
    sizes: SIZES,
  },
];
