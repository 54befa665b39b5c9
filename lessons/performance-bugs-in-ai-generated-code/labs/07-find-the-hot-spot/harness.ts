/**
 * Revenue-report lab harness: a month's order export of n lines (CSV, a header line first) and the shop's
 * customers, one for every four orders, so each customer has a few orders and the number of customers
 * grows with the export. Amounts are whole multiples of $5, so equal totals are common and the order by
 * name matters; names carry accents and repeat, as real ones do. One order in eight is dated in the
 * previous month (the export overlaps), and one in a hundred belongs to an account that was deleted.
 * Everything comes from a seeded sequence, so every run sees the same input.
 */
interface Customer {
  id: string;
  name: string;
  country: string;
}

interface Learner {
  revenueReport(csv: string, customers: Customer[], month: string): unknown;
}

interface Input {
  csv: string;
  customers: Customer[];
  month: string;
}

const FIRST = [
  'Ada',
  'Émile',
  'Zoë',
  'Lars',
  'Chidi',
  'Mei',
  'Inès',
  'Øystein',
  'Aarav',
  'Sofía',
  'Kenji',
  'Ngozi',
];
const LAST = [
  'Park',
  'Okafor',
  'Łukasik',
  'Moreau',
  'Tanaka',
  'Álvarez',
  'Berg',
  'Nguyen',
  'Singh',
  'Ivanova',
];
const COUNTRIES = ['NZ', 'NG', 'FR', 'JP', 'NO', 'IN', 'MX', 'PL', 'DE', 'VN'];

export const MONTH = '2025-03';

function customerId(i: number): string {
  return `c-${String(i + 1).padStart(6, '0')}`;
}

export function makeInput(n: number): Input {
  let x = 20250301;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
  const count = Math.max(3, Math.ceil(n / 4));
  const customers: Customer[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${FIRST[next() % FIRST.length]} ${LAST[(next() >>> 4) % LAST.length]}`;
    customers.push({ id: customerId(i), name, country: COUNTRIES[(next() >>> 8) % COUNTRIES.length]! });
  }
  const lines = ['order_id,customer_id,total_cents,placed_on'];
  for (let i = 0; i < n; i++) {
    const r = next();
    const who = r % 100 === 0 ? count + (r % 7) : (r >>> 7) % count;
    const cents = (1 + ((r >>> 3) % 40)) * 500;
    const day = String(1 + ((r >>> 12) % 28)).padStart(2, '0');
    const month = (r >>> 20) % 8 === 0 ? '2025-02' : MONTH;
    lines.push(`${100000 + i},${customerId(who)},${cents},${month}-${day}`);
  }
  return { csv: lines.join('\n'), customers, month: MONTH };
}

export function run(learner: Learner, input: Input) {
  return learner.revenueReport(input.csv, input.customers, input.month);
}
