/** The lab's database: real SQLite, synchronous. Every query and row is counted. */
interface Db {
  /** Runs one query and returns every row as an object. */
  all<Row>(sql: string, params?: unknown[]): Row[];
  /** Runs one query and returns its first row (or undefined). */
  get<Row>(sql: string, params?: unknown[]): Row | undefined;
}

export interface RefundRequest {
  id: number;
  customer_id: number;
  total_cents: number;
}

const REFUND_REQUESTED = 'refund_requested';

/** The support team's refund queue: orders waiting for a refund, oldest order first. */
export function refundQueue(db: Db): RefundRequest[] {
  // The WHERE runs inside SQLite, and comparing the bare column lets it use the index on status: only
  // the matching rows are read, and only the three columns the caller needs leave the database.
  return db.all<RefundRequest>(
    'SELECT id, customer_id, total_cents FROM orders WHERE status = ? ORDER BY id',
    [REFUND_REQUESTED],
  );
}
