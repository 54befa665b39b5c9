/** The lab's database: real SQLite, synchronous. Every query and row is counted. */
interface Db {
  /** Runs one query and returns every row as an object. */
  all<Row>(sql: string, params?: unknown[]): Row[];
  /** Runs one query and returns its first row (or undefined). */
  get<Row>(sql: string, params?: unknown[]): Row | undefined;
}

interface Order {
  id: number;
  customer_id: number;
  status: string;
  total_cents: number;
  note: string;
}

export interface RefundRequest {
  id: number;
  customer_id: number;
  total_cents: number;
}

const REFUND_REQUESTED = 'refund_requested';

function isRefundRequest(order: Order): boolean {
  return order.status.toLowerCase() === REFUND_REQUESTED;
}

function toRefundRequest(order: Order): RefundRequest {
  return { id: order.id, customer_id: order.customer_id, total_cents: order.total_cents };
}

/** The support team's refund queue: orders waiting for a refund, oldest order first. */
export function refundQueue(db: Db): RefundRequest[] {
  const orders = db.all<Order>('SELECT * FROM orders ORDER BY id');
  return orders.filter(isRefundRequest).map(toRefundRequest);
}
