/**
 * Python fixes someone might write for the invoice prices, run by python-labs-N.test.ts through the worker
 * path with the real Pyodide. Never shipped to a page. Each one rewrites the starter's `format_money` (or
 * `format_prices`) and leaves the rest as the starter has it.
 */
import type { LabFix } from '@/lib/labs/types';
import { pythonSources } from '../../lab-sources';

const { starter } = pythonSources('06-hot-loop-allocation');

const FORMAT_MONEY = `def format_money(cents):
    """1999 -> "€19.99" """
    money = MoneyFormat(CURRENCY)
    return money.format(cents / 100)
`;

/** The starter with `format_money` replaced by `body` (the starter's text must contain the function). */
function withFormatMoney(body: string): string {
  if (!starter.includes(FORMAT_MONEY)) throw new Error('the starter no longer has its format_money');
  return starter.replace(FORMAT_MONEY, body);
}

const SIZES = [100, 300, 1000, 3000];

export const halfFixes: LabFix[] = [
  {
    name: 'each formatted price memoised with lru_cache (almost every price is new, so a formatter each)',
    source: withFormatMoney(`from functools import lru_cache


@lru_cache(maxsize=1000)
def format_money(cents):
    money = MoneyFormat(CURRENCY)
    return money.format(cents / 100)
`),
    fails: 'counter:formattersBuilt',
    reason: 'the budget allows at most 1 formatters',
    sizes: SIZES,
  },
  {
    name: 'a cache of formatters by currency, but the dict is made inside the function',
    source: withFormatMoney(`def format_money(cents):
    formatters = {}
    if CURRENCY not in formatters:
        formatters[CURRENCY] = MoneyFormat(CURRENCY)
    return formatters[CURRENCY].format(cents / 100)
`),
    fails: 'counter:formattersBuilt',
    reason: 'the budget allows at most 1 formatters',
    sizes: SIZES,
  },
  {
    name: 'the settings cut down to the euro, still parsed for every price',
    source: withFormatMoney(`EURO_ONLY = '{"symbol": "€", "decimals": 2, "group": ",", "point": "."}'


def format_money(cents):
    rules = json.loads(EURO_ONLY)
    whole, _, frac = f"{cents / 100:,.2f}".partition(".")
    return rules["symbol"] + whole.replace(",", rules["group"]) + rules["point"] + frac
`),
    fails: 'counter:formattersBuilt',
    reason: 'the budget allows at most 1 formatters',
    sizes: SIZES,
  },
  {
    name: '`from json import loads`, still called for every price (the counter sees it too)',
    source: withFormatMoney(`from json import loads


def format_money(cents):
    rules = loads(CURRENCIES)[CURRENCY]
    whole, _, frac = f"{cents / 100:,.2f}".partition(".")
    return rules["symbol"] + whole.replace(",", rules["group"]) + rules["point"] + frac
`),
    fails: 'counter:formattersBuilt',
    reason: 'the budget allows at most 1 formatters',
    sizes: SIZES,
  },
  {
    name: 'an f-string with no settings at all, but no thousands separator',
    source: `def format_prices(cents):
    return [f"€{c / 100:.2f}" for c in cents]
`,
    fails: 'correct',
    reason: 'the output differs',
    sizes: [100, 1000],
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'an f-string with the grouping option, no formatter object',
    source: `def format_prices(cents):
    return [f"€{c / 100:,.2f}" for c in cents]
`,
    sizes: SIZES,
  },
  {
    name: 'one formatter per call, made at the top of format_prices',
    source: starter.replace(
      'return [format_money(c) for c in cents]',
      'money = MoneyFormat(CURRENCY)\n    return [money.format(c / 100) for c in cents]',
    ),
    sizes: SIZES,
  },
  {
    name: 'a formatter factory under functools.cache',
    source: withFormatMoney(`from functools import cache


@cache
def formatter_for(currency):
    return MoneyFormat(currency)


def format_money(cents):
    return formatter_for(CURRENCY).format(cents / 100)
`),
    sizes: SIZES,
  },
];
