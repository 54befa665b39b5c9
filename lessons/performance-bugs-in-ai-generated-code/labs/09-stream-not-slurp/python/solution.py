def parse_order(line):
    """'100042,DE,1999' -> ('DE', 1999): the country and the amount in cents."""
    _order_id, country, cents = line.split(",")
    return country, int(cents)


def totals_by_country(path):
    """The day's order total per country, in cents, from the export file at `path`."""
    totals = {}
    with open(path) as f:
        next(f, None)  # the header
        # A file object hands out one line at a time: only the current line is in memory, never the file.
        for line in f:
            country, cents = parse_order(line)
            totals[country] = totals.get(country, 0) + cents
    return totals
