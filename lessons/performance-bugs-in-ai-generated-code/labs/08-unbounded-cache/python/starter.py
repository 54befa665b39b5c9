import time

# Prices change a few times a day, so a computed price is good for ten minutes.
PRICE_TTL_SECONDS = 10 * 60


class PriceLookup:
    """The pricing service takes a while to answer, so prices are cached by SKU. One lookup lives as long
    as the server process and serves every request it gets."""

    def __init__(self, compute_price):
        self.compute_price = compute_price
        self.cache = {}

    def price(self, sku):
        now = time.monotonic()
        cached = self.cache.get(sku)
        if cached is not None and cached[1] > now:
            return cached[0]
        price = self.compute_price(sku)
        self.cache[sku] = (price, now + PRICE_TTL_SECONDS)
        return price


def create_price_lookup(compute_price):
    return PriceLookup(compute_price)
