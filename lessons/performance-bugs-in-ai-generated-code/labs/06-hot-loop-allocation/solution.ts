export interface InvoiceLine {
  description: string;
  quantity: number;
  unitCents: number;
}

const LOCALE = 'en-US';
const CURRENCY = 'EUR';

// Built once, when the module loads: the locale data is looked up and the pattern prepared one time.
const money = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: CURRENCY });

/** 1999 -> "€19.99" */
function formatMoney(cents: number): string {
  return money.format(cents / 100);
}

/** One printed line of the invoice, e.g. "3 × Paper refills  €4.50  €13.50". */
export function describeLine(line: InvoiceLine): string {
  const total = line.quantity * line.unitCents;
  return `${line.quantity} × ${line.description}  ${formatMoney(line.unitCents)}  ${formatMoney(total)}`;
}

/** Prices in cents, formatted for the invoice's price column, in the same order. */
export function formatPrices(cents: number[]): string[] {
  return cents.map((c) => formatMoney(c));
}
