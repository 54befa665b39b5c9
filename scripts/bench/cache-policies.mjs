// The price-cache lab (08-unbounded-cache) asks for least-recently-used eviction. This runs five eviction
// policies, each capped at the lab's 500 entries, through the lab's own harness (bundled from
// harness.ts): its scripted check (repeat requests for popular SKUs that had to be recomputed; LRU must
// recompute none) and its day of traffic at three sizes (hit rate and entries retained, as the lab
// counts them). Deterministic: no timing, and the random policy uses a seeded generator.
// `node scripts/bench/cache-policies.mjs`. Needs no build.
import { importTs } from '../build-tutor-index.mjs';

const harness = await importTs(
  `export * from '@/lessons/performance-bugs-in-ai-generated-code/labs/08-unbounded-cache/harness';`,
  'cache-policies-bench',
);

const LIMIT = 500;

/** A learner module whose cache evicts with `evict(cache)` once it holds more than LIMIT entries. */
function policy({ touchOnHit, evict, insertWhenFull = true }) {
  return {
    createPriceLookup(compute) {
      const cache = new Map();
      return {
        price(sku) {
          if (cache.has(sku)) {
            const p = cache.get(sku);
            if (touchOnHit) {
              cache.delete(sku);
              cache.set(sku, p);
            }
            return p;
          }
          const p = compute(sku);
          if (!insertWhenFull && cache.size >= LIMIT) return p;
          cache.set(sku, p);
          if (cache.size > LIMIT) evict(cache);
          return p;
        },
      };
    },
  };
}

let seed = 12345;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
const oldest = (cache) => cache.delete(cache.keys().next().value);

const POLICIES = {
  'LRU (least recently used)': policy({ touchOnHit: true, evict: oldest }),
  'FIFO (oldest inserted)': policy({ touchOnHit: false, evict: oldest }),
  'clear when full': policy({ touchOnHit: false, evict: (c) => c.clear() }),
  'random eviction': policy({
    touchOnHit: false,
    evict: (c) => c.delete([...c.keys()][Math.floor(random() * c.size)]),
  }),
  'stop caching when full': policy({ touchOnHit: false, evict: oldest, insertWhenFull: false }),
};

const SIZES = [1_000, 3_000, 10_000, 100_000, 1_000_000];
const fmt = (x) => x.toLocaleString('en-US');
console.log(`Node ${process.version}, ${new Date().toISOString()}`);
console.log(
  `| Policy (cap ${LIMIT}) | Check: popular requests recomputed | ` +
    SIZES.map((n) => `n = ${fmt(n)}: hit rate, retained`).join(' | ') +
    ' |',
);
console.log(`| --- | ---: | ${SIZES.map(() => '---:').join(' | ')} |`);
for (const [name, learner] of Object.entries(POLICIES)) {
  const [check] = harness.checks(learner);
  const misses = /(\d[\d,]*) of ([\d,]+) repeat/.exec(check.detail);
  const cells = SIZES.map((n) => {
    harness.resetCounters();
    harness.run(learner, harness.makeInput(n));
    const c = harness.counters();
    return `${c.hitRatePct}%, ${fmt(c.retained)}`;
  });
  const checkCell = check.pass ? '0 (passes)' : `${misses ? `${misses[1]} of ${misses[2]}` : '?'} (fails)`;
  console.log(`| ${name} | ${checkCell} | ${cells.join(' | ')} |`);
}
