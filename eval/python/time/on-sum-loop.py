# expect: O(n)
# what: one pass with a running total
def make_input(n):
    return list(range(n))


def solve(xs):
    total = 0
    for x in xs:
        total += x % 10
    return total
