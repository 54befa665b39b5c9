# memory: O(n)
# what: a function that builds and returns the whole list of results
def make_input(n):
    return list(range(n))


def squares(xs):
    out = []
    for x in xs:
        out.append(x * x)
    return out


def solve(xs):
    return max(squares(xs))
