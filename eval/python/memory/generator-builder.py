# memory: O(1)
# what: the same results from a generator: one at a time
def make_input(n):
    return list(range(n))


def squares(xs):
    for x in xs:
        yield x * x


def solve(xs):
    return max(squares(xs))
