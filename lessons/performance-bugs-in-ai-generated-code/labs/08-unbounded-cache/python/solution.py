import time
from collections import OrderedDict

# Prices change a few times a day, so a computed price is good for ten minutes.
PRICE_TTL_SECONDS = 10 * 60

# At most this many prices stay in memory.
CACHE_LIMIT = 500


class PriceLookup:
    """The pricing service takes a while to answer, so prices are cached by SKU. One lookup lives as long
    as the server process and serves every request it gets."""

    def __init__(self, compute_price):
        self.compute_price = compute_price
        # Least recently used first: a hit moves its SKU to the end, so the first one is the one to drop
        # when the cache is full.
        self.cache = OrderedDict()

    def price(self, sku):
        now = time.monotonic()
        cached = self.cache.get(sku)
        if cached is not None and cached[1] > now:
            self.cache.move_to_end(sku)
            return cached[0]
        price = self.compute_price(sku)
        self.cache[sku] = (price, now + PRICE_TTL_SECONDS)
        self.cache.move_to_end(sku)
        if len(self.cache) > CACHE_LIMIT:
            self.cache.popitem(last=False)
        return price


def create_price_lookup(compute_price):
    return PriceLookup(compute_price)
