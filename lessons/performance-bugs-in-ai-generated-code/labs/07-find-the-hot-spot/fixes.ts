/**
 * Fixes someone might write for the revenue report, run by the lab's tests through the worker path
 * (labs.test.ts, half-fixes.test.ts, other-fixes.test.ts, e2e). Never shipped to a page. The half-fixes
 * rewrite what looks slow (the regular expression on every line, the sort's `localeCompare`), alone and
 * together, or change how the totals are copied without copying less, or fix the speed and lose orders.
 */
import type { LabFix } from '@/lib/labs/types';

/** The starter with the parts a fix rewrites, so each fix below changes only what it names. */
function report(parts: { parse?: string; totals?: string; sort?: string; head?: string }): string {
  return `${parts.head ?? ''}
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

function parseOrder(line) {
${
  parts.parse ??
  `  const match = line.trim().match(/^(\\d+),(c-\\d+),(\\d+),(\\d{4}-\\d{2}-\\d{2})$/);
  if (!match) return null;
  return { customerId: match[2], cents: Number(match[3]), day: match[4] };`
}
}

function addOrder(total, order) {
  return { cents: (total?.cents ?? 0) + order.cents, orders: (total?.orders ?? 0) + 1 };
}

export function revenueReport(csv, customers, month) {
  const orders = csv
    .split('\\n')
    .map(parseOrder)
    .filter((order) => order !== null && order.day.startsWith(month));
${
  parts.totals ??
  `  const totals = orders.reduce(
    (acc, order) => ({ ...acc, [order.customerId]: addOrder(acc[order.customerId], order) }),
    {},
  );`
}
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  const rows = Object.entries(totals).map(([id, total]) => {
    const customer = byId.get(id);
    return { name: customer?.name ?? 'Unknown customer', country: customer?.country ?? '??', ...total };
  });
${parts.sort ?? `  rows.sort((a, b) => b.cents - a.cents || a.name.localeCompare(b.name, 'en'));`}
  return rows
    .map((row, i) => {
      const plural = row.orders === 1 ? 'order' : 'orders';
      return \`\${i + 1}. \${row.name} (\${row.country}): \${usd.format(row.cents / 100)} from \${row.orders} \${plural}\`;
    })
    .join('\\n');
}
`;
}

/** The line parsed by hand: split on commas and check each field, no regular expression. */
const SPLIT_PARSE = `  const [id, customerId, cents, day] = line.trim().split(',');
  if (!id || !customerId || !cents || !day || !customerId.startsWith('c-')) return null;
  if (!/^\\d+$/.test(id) || Number.isNaN(Number(cents)) || day.length !== 10) return null;
  return { customerId, cents: Number(cents), day };`;

/** One collator made once, instead of `localeCompare` on every comparison. */
const COLLATOR_HEAD = `const byName = new Intl.Collator('en');`;
const COLLATOR_SORT = `  rows.sort((a, b) => b.cents - a.cents || byName.compare(a.name, b.name));`;

export const halfFixes: LabFix[] = [
  // First: the decoys only (e2e/labs.spec.ts runs the first half-fix of every lab in the browser).
  {
    name: 'the decoys only: no regular expression, and one collator for the sort',
    source: report({ parse: SPLIT_PARSE, head: COLLATOR_HEAD, sort: COLLATOR_SORT }),
    fails: 'speedup',
    reason: 'Only .*× faster',
    compare: ['starter', 'reference'],
  },
  {
    name: 'the regular expression replaced by split (the line that looks slowest, and is not)',
    source: report({
      parse: `  const [id, customerId, cents, day] = line.trim().split(',');
  if (!id || !customerId?.startsWith('c-') || !cents || !day) return null;
  return { customerId, cents: Number(cents), day };`,
    }),
    fails: 'speedup',
    reason: 'Only .*× faster',
    compare: ['starter', 'reference'],
  },
  {
    name: 'one Intl.Collator for the sort instead of localeCompare',
    source: report({ head: COLLATOR_HEAD, sort: COLLATOR_SORT }),
    fails: 'speedup',
    reason: 'Only .*× faster',
    compare: ['starter', 'reference'],
  },
  {
    name: 'Object.assign instead of the spread (the same copy of every total, under another name)',
    source: report({
      totals: `  const totals = orders.reduce(
    (acc, order) => Object.assign({}, acc, { [order.customerId]: addOrder(acc[order.customerId], order) }),
    {},
  );`,
    }),
    fails: 'speedup',
    reason: 'Only .*× faster',
    compare: ['starter', 'reference'],
  },
  {
    name: 'Object.fromEntries (fast, but keeps only the last order of each customer)',
    source: report({
      totals: `  const totals = Object.fromEntries(orders.map((order) => [order.customerId, addOrder(undefined, order)]));`,
    }),
    fails: 'correct',
    reason: 'the output differs',
    sizes: [100, 300, 1000],
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'a Map of totals, updated in place',
    source: report({
      totals: `  const totals = new Map();
  for (const order of orders) {
    const t = totals.get(order.customerId);
    if (t) {
      t.cents += order.cents;
      t.orders += 1;
    } else totals.set(order.customerId, { cents: order.cents, orders: 1 });
  }`,
    }).replace('Object.entries(totals)', '[...totals]'),
  },
  {
    name: 'the same reduce, returning the accumulator it changed',
    source: report({
      totals: `  const totals = orders.reduce((acc, order) => {
    acc[order.customerId] = addOrder(acc[order.customerId], order);
    return acc;
  }, {});`,
    }),
  },
];
