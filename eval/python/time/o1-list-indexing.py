# expect: O(1)
# what: reading items by position, at the ends and in the middle
def make_input(n):
    # Positions and items are built here, and items start at 1000: Python keeps one shared object per
    # int from -5 to 256, so arithmetic on small positions (and small items) would be cheaper at small n.
    xs = list(range(1000, 1000 + n))
    positions = [i % n for i in range(50)] + [n - 1 - i % n for i in range(50)] + [n // 2] * 50
    return xs, positions


def solve(inp):
    xs, positions = inp
    total = 0
    for p in positions:
        total += xs[p]
    return total
