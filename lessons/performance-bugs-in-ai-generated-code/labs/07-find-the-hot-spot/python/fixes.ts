/**
 * Python fixes someone might write for the revenue report, run by python-labs-N.test.ts through the worker
 * path with the real Pyodide. Never shipped to a page. The half-fixes rewrite what looks slow (the regular
 * expression on every line, the sort's key), alone and together, or add the Counters another way that
 * still copies or scans the whole table per order, or fix the speed and lose orders.
 */
import type { LabFix } from '@/lib/labs/types';
import { pythonSources } from '../../lab-sources';

const { starter } = pythonSources('07-find-the-hot-spot');

const PARSE = `    match = re.match(r"^(\\d+),(c-\\d+),(\\d+),(\\d{4}-\\d{2}-\\d{2})$", line.strip())
    if not match:
        return None
    return {"customer_id": match[2], "cents": int(match[3]), "day": match[4]}
`;
const TOTALS = `    totals = sum((Counter({order["customer_id"]: order["cents"]}) for order in orders), Counter())
`;
const SORT = `    rows.sort(key=lambda row: (-row["cents"], row["name"].casefold(), row["name"]))
`;

/** The starter with some of its parts rewritten, so each fix below changes only what it names. */
function report(parts: { parse?: string; totals?: string; sort?: string; imports?: string }): string {
  let s = starter;
  for (const [old, now] of [
    [PARSE, parts.parse],
    [TOTALS, parts.totals],
    [SORT, parts.sort],
  ] as const) {
    if (!s.includes(old)) throw new Error(`the starter no longer has: ${old}`);
    if (now !== undefined) s = s.replace(old, now);
  }
  return parts.imports ? s.replace('import re\n', `import re\n${parts.imports}`) : s;
}

const SPLIT_PARSE = `    order_id, _, rest = line.strip().partition(",")
    customer_id, _, rest = rest.partition(",")
    cents, _, day = rest.partition(",")
    if not order_id.isdigit() or not customer_id.startswith("c-") or not cents.isdigit() or len(day) != 10:
        return None
    return {"customer_id": customer_id, "cents": int(cents), "day": day}
`;

const PRECOMPUTED_SORT = `    keyed = [((-row["cents"], row["name"].casefold(), row["name"]), row) for row in rows]
    keyed.sort(key=lambda pair: pair[0])
    rows = [row for _, row in keyed]
`;

export const halfFixes: LabFix[] = [
  // First: the decoys only (e2e runs the first half-fix of a lab in the browser).
  {
    name: 'the decoys only: no regular expression, and the sort keys computed up front',
    source: report({ parse: SPLIT_PARSE, sort: PRECOMPUTED_SORT }),
    fails: 'class',
    reason: 'worse than|Too slow',
    compare: ['starter', 'reference'],
  },
  {
    name: 'the regular expression compiled once at module level (the line that looks slowest, and is not)',
    source: report({
      parse: `    match = ORDER_LINE.match(line.strip())
    if not match:
        return None
    return {"customer_id": match[2], "cents": int(match[3]), "day": match[4]}
`,
      imports: `\nORDER_LINE = re.compile(r"^(\\d+),(c-\\d+),(\\d+),(\\d{4}-\\d{2}-\\d{2})$")\n`,
    }),
    fails: 'class',
    reason: 'worse than|Too slow',
    compare: ['starter', 'reference'],
  },
  {
    name: 'functools.reduce with operator.add instead of sum (the same new Counter per order)',
    source: report({
      totals: `    totals = reduce(add, (Counter({order["customer_id"]: order["cents"]}) for order in orders), Counter())
`,
      imports: 'from functools import reduce\nfrom operator import add\n',
    }),
    fails: 'class',
    reason: 'worse than|Too slow',
    compare: ['starter', 'reference'],
  },
  {
    name: 'a dict comprehension from the orders (fast, but keeps only the last order of each customer)',
    source: report({
      totals: `    totals = {order["customer_id"]: order["cents"] for order in orders}
`,
    }),
    fails: 'correct',
    reason: 'the output differs',
    sizes: [100, 300, 1000],
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'a defaultdict(int) of running sums',
    source: report({
      totals: `    totals = defaultdict(int)
    for order in orders:
        totals[order["customer_id"]] += order["cents"]
`,
      imports: 'from collections import defaultdict\n',
    }),
  },
  {
    name: 'a plain dict and dict.get',
    source: report({
      totals: `    totals = {}
    for order in orders:
        cid = order["customer_id"]
        totals[cid] = totals.get(cid, 0) + order["cents"]
`,
    }),
  },
];
