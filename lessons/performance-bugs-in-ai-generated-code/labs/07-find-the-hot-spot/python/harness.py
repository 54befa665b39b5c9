# The revenue report: a month's order export of n lines (CSV, a header line first) and the shop's customers,
# one for every four orders, so each customer has a few orders and the number of customers grows with the
# export. Amounts are whole multiples of $5, so equal totals are common and the order by name matters; names
# carry accents and repeat. One order in eight is dated in the previous month, and one in a hundred belongs
# to an account that was deleted. Everything comes from a seeded sequence (the JavaScript harness's), so
# every run sees the same input.
FIRST = ["Ada", "Émile", "Zoë", "Lars", "Chidi", "Mei", "Inès", "Øystein", "Aarav", "Sofía", "Kenji", "Ngozi"]
LAST = ["Park", "Okafor", "Łukasik", "Moreau", "Tanaka", "Álvarez", "Berg", "Nguyen", "Singh", "Ivanova"]
COUNTRIES = ["NZ", "NG", "FR", "JP", "NO", "IN", "MX", "PL", "DE", "VN"]
MONTH = "2025-03"


def _customer_id(i):
    return f"c-{i + 1:06d}"


def make_input(n, env):
    state = [20250301]

    def nxt():
        state[0] = (state[0] * 1103515245 + 12345) & 0xFFFFFFFF
        return state[0]

    count = max(3, -(-n // 4))
    customers = []
    for i in range(count):
        name = f"{FIRST[nxt() % len(FIRST)]} {LAST[(nxt() >> 4) % len(LAST)]}"
        customers.append({"id": _customer_id(i), "name": name, "country": COUNTRIES[(nxt() >> 8) % len(COUNTRIES)]})
    lines = ["order_id,customer_id,total_cents,placed_on"]
    for i in range(n):
        r = nxt()
        who = count + (r % 7) if r % 100 == 0 else (r >> 7) % count
        cents = (1 + ((r >> 3) % 40)) * 500
        day = f"{1 + ((r >> 12) % 28):02d}"
        month = "2025-02" if (r >> 20) % 8 == 0 else MONTH
        lines.append(f"{100000 + i},{_customer_id(who)},{cents},{month}-{day}")
    return {"csv": "\n".join(lines), "customers": customers, "month": MONTH}


def run(learner, inp):
    return learner.revenue_report(inp["csv"], inp["customers"], inp["month"])
