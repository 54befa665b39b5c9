export interface Customer {
  id: string;
  name: string;
  country: string;
}

interface Order {
  customerId: string;
  cents: number;
  day: string;
}

interface Total {
  cents: number;
  orders: number;
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** One line of the shop's export: order id, customer id, amount in cents, day (YYYY-MM-DD). */
function parseOrder(line: string): Order | null {
  const match = line.trim().match(/^(\d+),(c-\d+),(\d+),(\d{4}-\d{2}-\d{2})$/);
  if (!match) return null;
  return { customerId: match[2]!, cents: Number(match[3]), day: match[4]! };
}

function addOrder(total: Total | undefined, order: Order): Total {
  return { cents: (total?.cents ?? 0) + order.cents, orders: (total?.orders ?? 0) + 1 };
}

/**
 * The month's revenue per customer from the order export (CSV with a header line), biggest spender first,
 * equal totals by name. One line per customer, e.g. "1. Ada Park (NZ): $1,250.00 from 3 orders".
 */
export function revenueReport(csv: string, customers: Customer[], month: string): string {
  const orders = csv
    .split('\n')
    .map(parseOrder)
    .filter((order): order is Order => order !== null && order.day.startsWith(month));

  const totals: Record<string, Total> = {};
  for (const order of orders) totals[order.customerId] = addOrder(totals[order.customerId], order);

  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  const rows = Object.entries(totals).map(([id, total]) => {
    const customer = byId.get(id);
    return { name: customer?.name ?? 'Unknown customer', country: customer?.country ?? '??', ...total };
  });
  rows.sort((a, b) => b.cents - a.cents || a.name.localeCompare(b.name, 'en'));

  return rows
    .map((row, i) => {
      const plural = row.orders === 1 ? 'order' : 'orders';
      return `${i + 1}. ${row.name} (${row.country}): ${usd.format(row.cents / 100)} from ${row.orders} ${plural}`;
    })
    .join('\n');
}
