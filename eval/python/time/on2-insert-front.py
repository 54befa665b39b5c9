# expect: O(n²)
# what: list.insert(0, x) shifts every item already in the list
def make_input(n):
    return list(range(n))


def solve(xs):
    out = []
    for x in xs:
        out.insert(0, x)
    return out[0]
