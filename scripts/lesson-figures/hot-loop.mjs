// The hot-loop figures quoted in the lesson's six-patterns section, measured on the constructions its
// example uses: built per item vs built once above the loop, over 100,000 items (10,000 for the formatter,
// whose per-item version takes seconds).
// The two versions run alternately (one warm-up each, then 9 pairs), so a busy machine slows both alike;
// the figure is the median of the 9 per-pair ratios. Run it a few times (separate processes), quote the range:
//   for i in 1 2 3; do node scripts/lesson-figures/hot-loop.mjs; done
const n = 100_000;
const prices = Array.from({ length: n }, (_, i) => (i % 5_000) + 0.99);
const fewPrices = prices.slice(0, 10_000);
const codes = Array.from({ length: n }, (_, i) => `SKU-${i % 977}-x`);
const opts = { style: 'currency', currency: 'EUR' };
const source = '^SKU-(\\d+)-';

function time(fn) {
  const start = performance.now();
  globalThis.keep = fn();
  return performance.now() - start;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Median per-item time, median built-once time and the median of the paired ratios. */
function compare(perItem, once, pairs = 9) {
  perItem();
  once();
  const a = [];
  const b = [];
  const ratios = [];
  for (let i = 0; i < pairs; i++) {
    a.push(time(perItem));
    b.push(time(once));
    ratios.push(a[i] / b[i]);
  }
  return [median(a), median(b), median(ratios)];
}

const cases = [
  [
    'Intl.NumberFormat',
    () => fewPrices.map((p) => new Intl.NumberFormat('de-DE', opts).format(p)),
    () => {
      const euros = new Intl.NumberFormat('de-DE', opts);
      return fewPrices.map((p) => euros.format(p));
    },
  ],
  [
    'new RegExp(source)',
    () => codes.map((s) => new RegExp(source).exec(s)?.[1]),
    () => {
      const re = new RegExp(source);
      return codes.map((s) => re.exec(s)?.[1]);
    },
  ],
  [
    'new Date().toISOString()',
    () => prices.map((p) => ({ p, at: new Date().toISOString() })),
    () => {
      const at = new Date().toISOString();
      return prices.map((p) => ({ p, at }));
    },
  ],
];

console.log(`node ${process.version}, 9 alternating pairs`);
for (const [label, perItem, once] of cases) {
  const [a, b, ratio] = compare(perItem, once);
  console.log(
    `${label.padEnd(26)} per item ${a.toFixed(1).padStart(8)} ms  once ${b.toFixed(1).padStart(7)} ms  ` +
      `${ratio.toFixed(1)}x`,
  );
}
