def parse_order(line):
    """'100042,DE,1999' -> ('DE', 1999): the country and the amount in cents."""
    _order_id, country, cents = line.split(",")
    return country, int(cents)


def totals_by_country(path):
    """The day's order total per country, in cents, from the export file at `path`."""
    with open(path) as f:
        lines = f.read().splitlines()
    totals = {}
    for line in lines[1:]:  # the first line is the header
        country, cents = parse_order(line)
        totals[country] = totals.get(country, 0) + cents
    return totals
