import type { StorageLike } from './persist-storage';

/** An in-memory Storage that can be told to fail like a full quota. */
export class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  /** Bytes (characters) allowed in total; writes beyond throw QuotaExceededError like browsers do. */
  quota = Infinity;
  writes = 0;

  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    let used = value.length;
    for (const [k, v] of this.data) if (k !== key) used += v.length;
    if (used > this.quota) {
      const e = new Error('The quota has been exceeded.');
      e.name = 'QuotaExceededError';
      throw e;
    }
    this.writes++;
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}
