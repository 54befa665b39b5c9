import type { Lab } from '@/lib/labs/types';
import { labSources, pythonSources } from '../lab-sources';

const { starter, solution, harness } = labSources('06-hot-loop-allocation');

export const lab: Lab = {
  id: 'hot-loop-allocation',
  number: 6,
  title: 'Invoice prices',
  summary:
    'An invoice with a few lines renders at once; a large customer’s yearly statement, with hundreds of ' +
    'thousands of prices, takes far longer than its size suggests. Measure the price column and make it fast.',
  sectionId: 'six-patterns',
  pattern: 'hot-loop-allocation',
  finding: 'allocation-per-item',
  patternNote:
    '`formatMoney` built a new `Intl.NumberFormat` for every price, though the locale and the currency ' +
    'never change: an expensive object made again and again inside the loop instead of once above it.',
  kind: 'fix',
  starter,
  solution,
  requiredExports: ['formatPrices'],
  harness,
  needsSqlite: false,
  sizes: [100, 300, 1000, 3000, 10000, 30000, 100000, 300000],
  sizeUnit: 'prices',
  checkCorrectness: true,
  budget: {
    counters: [
      {
        counter: 'formattersBuilt',
        kind: 'max',
        value: 1,
        hint: 'A formatter is still built for every price (`toLocaleString` with options builds one too): create one `Intl.NumberFormat` outside the loop and reuse it.',
      },
    ],
    minSpeedup: 5,
  },
  counters: [
    {
      id: 'formattersBuilt',
      label: 'Formatters built per call',
      unit: 'formatters',
      better: 'lower',
      role: 'allocations',
    },
  ],
  prediction: {
    question: 'Before you run it: how many number formatters will the starter build to format 100 prices?',
    options: [
      { id: 'one', label: '1', range: [0, 1] },
      { id: 'few', label: 'About 10', range: [2, 50] },
      { id: 'each', label: 'About 100, one per price', range: [51, 10000] },
    ],
    answer: 'each',
    measure: { kind: 'counter', counter: 'formattersBuilt', n: 100 },
    explain:
      '`formatMoney` runs once per price and builds a fresh formatter each time, with the same locale and ' +
      'currency as the one before: 100 prices, 100 formatters.',
  },
  hints: [
    'Read **Formatters built per call**. Does any of those formatters differ from the others?',
    'Building an `Intl.NumberFormat` looks up locale data and prepares a pattern; calling `format` on one only fills it in.',
    'Move `new Intl.NumberFormat(...)` out of `formatMoney` to the top of the module (or above the loop) and call `format` on it.',
    "`(c / 100).toLocaleString('en-US', { ... })` hides the same cost: it builds a formatter on every call, and the counter counts it.",
  ],
  prose: {
    why:
      'The formatter depends only on the locale and the currency, which never change, yet `formatMoney` ' +
      'builds a fresh one for every price. Building one is far more expensive than using one (MDN recommends ' +
      'reusing a formatter when formatting many numbers), so the loop spent most of its time rebuilding the ' +
      'same object and left a trail of garbage behind.',
    see:
      '**Formatters built per call** equalled the number of prices. It is counted, not timed: the harness ' +
      'swaps in a counting `Intl.NumberFormat` (and counts `toLocaleString`) while your function runs. The ' +
      'chart shows what the rebuilding costs in time.',
    fix:
      'Hoist it: create the formatter once and reuse it for every price. The budget allows at most one ' +
      'formatter per call and asks for at least 5× the starter’s speed.',
    contract:
      'Export `formatPrices(cents)`: an array of integers (cents). Return an array of strings formatted as ' +
      'euros in the en-US style, e.g. `1999` → `"€19.99"` and `123456` → `"€1,234.56"`, in the same order.',
  },
  tests: {
    starterFails: 'counter:formattersBuilt',
    starterReason: 'formatters at n = ',
    teachingCounter: 'formattersBuilt',
    sizes: [100, 300, 1000, 3000, 10000],
  },
  python: {
    ...pythonSources('06-hot-loop-allocation'),
    requiredExports: ['format_prices'],
    // Python has no Intl.NumberFormat. Its starter builds a `MoneyFormat` per price, and building one parses
    // the shop's currency settings (JSON text): that parse is the expensive part, and the harness counts it
    // as "formatters built" (json.loads during the timed call, however it was imported). Measured in Node with Pyodide 314: the
    // starter about 37 µs per price, the reference about 4 µs, so the JavaScript lab's 5× speed-up holds.
    // The ladder stops at 100,000: the starter takes about 4 s there.
    sizes: [100, 300, 1000, 3000, 10000, 30000, 100000],
    patternNote:
      '`format_money` built a new `MoneyFormat` for every price, parsing the currency settings each time, ' +
      'though the currency never changes: an expensive object made again and again inside the loop instead ' +
      'of once above it.',
    predictionExplain:
      '`format_money` runs once per price and builds a fresh `MoneyFormat` each time, reading the same ' +
      'settings as the one before: 100 prices, 100 formatters.',
    // The JavaScript budget, with the counter's hint in Python words (the limit itself is the same).
    budget: {
      counters: [
        {
          counter: 'formattersBuilt',
          kind: 'max',
          value: 1,
          hint: 'A formatter is still built for every price (each one parses the settings with `json.loads`): build one `MoneyFormat` outside the loop and reuse it.',
        },
      ],
      minSpeedup: 5,
    },
    prose: {
      contract:
        'Define `format_prices(cents)`: `cents` is a list of whole numbers (cents). Return a list of strings ' +
        'formatted as euros in the en-US style, e.g. `1999` → `"€19.99"` and `123456` → `"€1,234.56"`, in the ' +
        'same order.',
      why:
        '`format_money` runs once per price and builds a new `MoneyFormat` each time, and building one parses ' +
        'the whole currency settings text with `json.loads` to pick out the euro’s rules, which never change. ' +
        'Parsing the settings costs far more than formatting one number, so the loop spends most of its time ' +
        'reading the same settings again and again, and leaves a pile of short-lived dicts behind.',
      see:
        '**Formatters built per call** equalled the number of prices. It is counted, not timed: while your ' +
        'function runs, the harness swaps in a counting `json.loads` (reading the rules is what building a ' +
        'formatter costs here). The chart shows what the rebuilding costs in time.',
      fix:
        'Hoist it: build the `MoneyFormat` once (at module level, or once at the top of `format_prices`) and ' +
        'call its `format` for every price. The budget allows at most one formatter per call and asks for at ' +
        'least 5× the starter’s speed.',
    },
    hints: [
      'Read **Formatters built per call**. Does any of those formatters differ from the others?',
      '`MoneyFormat(CURRENCY)` parses the whole settings text with `json.loads`; its `format` method only fills in one number.',
      'Build the formatter once, above the loop (a module-level `MONEY = MoneyFormat(CURRENCY)`), and call `MONEY.format(...)` per price.',
      '`@lru_cache` on `format_money` caches each price, not the formatter: almost every price is new, so it still builds one per price.',
    ],
    tests: {
      starterFails: 'counter:formattersBuilt',
      starterReason: 'formatters at n = ',
      teachingCounter: 'formattersBuilt',
      sizes: [100, 300, 1000, 3000, 10000],
    },
  },
};
