/** The lab's database: real SQLite, synchronous. Every query and row is counted. */
interface Db {
  /** Runs one query and returns every row as an object. */
  all<Row>(sql: string, params?: unknown[]): Row[];
  /** Runs one query and returns its first row (or undefined). */
  get<Row>(sql: string, params?: unknown[]): Row | undefined;
}

export interface Product {
  id: number;
  name: string;
  price_cents: number;
}

/** What the client sends: the cursor from the previous page (null for the first page) and a page size. */
export interface PageRequest {
  cursor: number | string | null;
  limit: number;
}

/** One page, newest product first, and the cursor for the next page (null on the last page). */
export interface Page {
  items: Product[];
  next: number | string | null;
}

const MAX_LIMIT = 100;

function checkRequest(request: PageRequest): void {
  if (!Number.isInteger(request.limit) || request.limit < 1 || request.limit > MAX_LIMIT) {
    throw new RangeError(`limit must be a whole number from 1 to ${MAX_LIMIT}`);
  }
}

/** GET /products: the shop's catalogue, newest product first. */
export function listProducts(db: Db, request: PageRequest): Page {
  checkRequest(request);
  const items = db.all<Product>('SELECT id, name, price_cents FROM products ORDER BY id DESC');
  return { items, next: null };
}
