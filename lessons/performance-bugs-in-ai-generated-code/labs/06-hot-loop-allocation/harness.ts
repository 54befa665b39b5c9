/**
 * Invoice-prices lab harness: n prices in cents from a seeded sequence (up to €5,000, so thousands
 * separators matter). It counts the number formatters built during the timed call: while the learner's
 * function runs, `Intl.NumberFormat` is a counting proxy, and `Number.prototype.toLocaleString` (which
 * builds a formatter behind the scenes on every call given a locale or options) is counted too. A
 * formatter built once when the module loads is not counted: it is not per call.
 */
interface Learner {
  formatPrices(cents: number[]): unknown;
}

let built = 0;
const OriginalFormat = Intl.NumberFormat;
const originalToLocale = Number.prototype.toLocaleString;

const CountingFormat: typeof Intl.NumberFormat = new Proxy(OriginalFormat, {
  construct(target, args, newTarget) {
    built++;
    return Reflect.construct(target, args, newTarget === CountingFormat ? target : newTarget) as object;
  },
  apply(target, self, args) {
    built++;
    return Reflect.apply(target, self, args) as unknown;
  },
});

function countingToLocale(this: number, ...args: unknown[]): string {
  if (args.length > 0) built++;
  return Reflect.apply(originalToLocale, this, args) as string;
}

export function makeInput(n: number): { cents: number[] } {
  const cents = new Array<number>(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    cents[i] = x % 500000;
  }
  return { cents };
}

export function run(learner: Learner, input: { cents: number[] }) {
  Intl.NumberFormat = CountingFormat;
  Number.prototype.toLocaleString = countingToLocale;
  try {
    return learner.formatPrices(input.cents);
  } finally {
    Intl.NumberFormat = OriginalFormat;
    Number.prototype.toLocaleString = originalToLocale;
  }
}

export function counters(): Record<string, number> {
  return { formattersBuilt: built };
}

export function resetCounters(): void {
  built = 0;
}
