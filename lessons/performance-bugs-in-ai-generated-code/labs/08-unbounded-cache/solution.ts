/** Prices change a few times a day, so a computed price is good for ten minutes. */
const PRICE_TTL_MS = 10 * 60 * 1000;

/** At most this many prices stay in memory. */
export const CACHE_LIMIT = 500;

interface CachedPrice {
  price: number;
  expiresAt: number;
}

export interface PriceLookup {
  price(sku: string): number;
}

/**
 * The pricing service takes a while to answer, so prices are cached by SKU. One lookup lives as long as
 * the server process and serves every request it gets.
 */
export function createPriceLookup(computePrice: (sku: string) => number): PriceLookup {
  // A Map keeps its keys in insertion order; moving a key to the back on every hit makes the first key
  // the least recently used one, which is the one to drop when the cache is full.
  const cache = new Map<string, CachedPrice>();
  return {
    price(sku: string): number {
      const now = Date.now();
      const cached = cache.get(sku);
      cache.delete(sku);
      if (cached && cached.expiresAt > now) {
        cache.set(sku, cached);
        return cached.price;
      }
      const price = computePrice(sku);
      cache.set(sku, { price, expiresAt: now + PRICE_TTL_MS });
      if (cache.size > CACHE_LIMIT) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
      return price;
    },
  };
}
