# memory: O(1)
# holdout
# what: a running maximum in a plain loop keeps nothing but the best so far
def make_input(n):
    return [(i * 7919) % 10007 for i in range(n)]


def solve(xs):
    best = None
    for x in xs:
        if best is None or x > best:
            best = x
    return best
