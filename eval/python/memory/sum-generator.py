# memory: O(1)
# what: sum(...) of a generator expression adds as it goes
def make_input(n):
    return list(range(n))


def solve(xs):
    return sum(x * 3 for x in xs if x % 2 == 0)
