export const starter = String.raw`/** Prices in cents, formatted for an invoice in euros, e.g. 1999 -> "€19.99". */
export function formatPrices(cents: number[]): string[] {
  return cents.map((c) => {
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' });
    return money.format(c / 100);
  });
}
`;

export const solution = String.raw`// Built once, when the module loads: the locale data is looked up and the pattern compiled one time.
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' });

/** Prices in cents, formatted for an invoice in euros, e.g. 1999 -> "€19.99". */
export function formatPrices(cents: number[]): string[] {
  return cents.map((c) => money.format(c / 100));
}
`;

export const harness = String.raw`
// Counts formatters built during the timed call: Intl.NumberFormat is swapped for a counting proxy while
// the learner's function runs (a formatter built once at module load is not counted: it is not per call).
var built = 0;
var Original = Intl.NumberFormat;
var Counting = new Proxy(Original, {
  construct: function (target, args, newTarget) {
    built++;
    return Reflect.construct(target, args, newTarget === Counting ? target : newTarget);
  },
  apply: function (target, self, args) {
    built++;
    return Reflect.apply(target, self, args);
  },
});
exports.makeInput = function (n) {
  var cents = new Array(n);
  var x = 12345;
  for (var i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    cents[i] = x % 500000;
  }
  return { cents: cents };
};
exports.run = function (learner, input) {
  Intl.NumberFormat = Counting;
  try {
    return learner.formatPrices(input.cents);
  } finally {
    Intl.NumberFormat = Original;
  }
};
exports.counters = function () {
  return { formattersBuilt: built };
};
exports.resetCounters = function () {
  built = 0;
};
`;
