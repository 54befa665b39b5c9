export const starter = String.raw`/** At most this many prices may stay cached. */
export const CACHE_LIMIT = 500;

/**
 * Prices come from a slow pricing service, so answers are cached by SKU. The lookup lives as long as
 * the server process, and serves every request it gets.
 */
export function createPriceLookup(computePrice: (sku: string) => number) {
  const cache = new Map<string, number>();
  return {
    price(sku: string): number {
      let price = cache.get(sku);
      if (price === undefined) {
        price = computePrice(sku);
        cache.set(sku, price);
      }
      return price;
    },
  };
}
`;

export const solution = String.raw`/** At most this many prices may stay cached. */
export const CACHE_LIMIT = 500;

/**
 * Prices come from a slow pricing service, so answers are cached by SKU: at most CACHE_LIMIT of them,
 * dropping the least recently used. A Map keeps insertion order, so its first key is the oldest.
 */
export function createPriceLookup(computePrice: (sku: string) => number) {
  const cache = new Map<string, number>();
  return {
    price(sku: string): number {
      let price = cache.get(sku);
      if (price !== undefined) {
        cache.delete(sku); // move to the back: most recently used
        cache.set(sku, price);
        return price;
      }
      price = computePrice(sku);
      cache.set(sku, price);
      if (cache.size > CACHE_LIMIT) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return price;
    },
  };
}
`;

export const harness = String.raw`
// A day of traffic: 80% of requests ask for one of 100 popular SKUs, 20% for a SKU nobody asks for again.
// "Entries retained" is probed from outside, not taken from the cache: after the call, the harness asks
// again for the distinct SKUs, most recently used first, and counts answers served without calling the
// pricing service, stopping at the first one that had to be recomputed.
var counts = { lookups: 0, computed: 0 };
var lastRun = null;
function computePrice(sku) {
  counts.computed++;
  var h = 0;
  for (var i = 0; i < sku.length; i++) h = (Math.imul(h, 31) + sku.charCodeAt(i)) | 0;
  return 99 + ((h >>> 0) % 9900);
}
exports.makeInput = function (n) {
  var requests = new Array(n);
  var x = 2024;
  for (var i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    requests[i] = (x >>> 8) % 10 < 8 ? 'SKU-P' + ((x >>> 4) % 100) : 'SKU-T' + i;
  }
  // Distinct SKUs, most recently requested first (for the probe; built outside the timing).
  var seen = new Set();
  var recency = [];
  for (var j = n - 1; j >= 0; j--) {
    if (!seen.has(requests[j])) {
      seen.add(requests[j]);
      recency.push(requests[j]);
    }
  }
  return { requests: requests, recency: recency };
};
exports.run = function (learner, input) {
  var lookup = learner.createPriceLookup(computePrice);
  var total = 0;
  var reqs = input.requests;
  for (var i = 0; i < reqs.length; i++) total += lookup.price(reqs[i]);
  counts.lookups += reqs.length;
  lastRun = { lookup: lookup, recency: input.recency };
  return total;
};
exports.counters = function () {
  var out = {
    lookups: counts.lookups,
    computed: counts.computed,
    hitRatePct: counts.lookups ? Math.round(1000 * (1 - counts.computed / counts.lookups)) / 10 : 0,
    retained: 0,
  };
  if (lastRun) {
    var kept = 0;
    for (var k = 0; k < lastRun.recency.length; k++) {
      var before = counts.computed;
      lastRun.lookup.price(lastRun.recency[k]);
      if (counts.computed !== before) break;
      kept++;
    }
    out.retained = kept;
    lastRun = null;
  }
  return out;
};
exports.resetCounters = function () {
  counts.lookups = 0;
  counts.computed = 0;
  lastRun = null;
};
`;
