/** Prices change a few times a day, so a computed price is good for ten minutes. */
const PRICE_TTL_MS = 10 * 60 * 1000;

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
  const cache = new Map<string, CachedPrice>();
  return {
    price(sku: string): number {
      const now = Date.now();
      const cached = cache.get(sku);
      if (cached && cached.expiresAt > now) return cached.price;
      const price = computePrice(sku);
      cache.set(sku, { price, expiresAt: now + PRICE_TTL_MS });
      return price;
    },
  };
}
