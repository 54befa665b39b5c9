import re
from collections import Counter


def parse_order(line):
    """One line of the shop's export: order id, customer id, amount in cents, day (YYYY-MM-DD)."""
    match = re.match(r"^(\d+),(c-\d+),(\d+),(\d{4}-\d{2}-\d{2})$", line.strip())
    if not match:
        return None
    return {"customer_id": match[2], "cents": int(match[3]), "day": match[4]}


def usd(cents):
    return f"${cents / 100:,.2f}"


def revenue_report(csv, customers, month):
    """The month's revenue per customer from the order export (CSV with a header line), biggest spender
    first, equal totals by name. One line per customer, e.g. "1. Ada Park (NZ): $1,250.00 from 3 orders".
    """
    orders = [o for o in map(parse_order, csv.split("\n")) if o is not None and o["day"].startswith(month)]

    # One Counter, added to in place: each order touches only its own customer's total.
    totals = Counter()
    for order in orders:
        totals[order["customer_id"]] += order["cents"]
    counts = Counter(order["customer_id"] for order in orders)

    by_id = {customer["id"]: customer for customer in customers}
    rows = []
    for cid, cents in totals.items():
        customer = by_id.get(cid)
        name = customer["name"] if customer else "Unknown customer"
        country = customer["country"] if customer else "??"
        rows.append({"name": name, "country": country, "cents": cents, "orders": counts[cid]})
    rows.sort(key=lambda row: (-row["cents"], row["name"].casefold(), row["name"]))

    lines = []
    for i, row in enumerate(rows, start=1):
        plural = "order" if row["orders"] == 1 else "orders"
        lines.append(f"{i}. {row['name']} ({row['country']}): {usd(row['cents'])} from {row['orders']} {plural}")
    return "\n".join(lines)
