# expect: O(n)
# holdout
# what: scanning for a value that is not there (any() has to look at everything)
def make_input(n):
    return list(range(n))


def solve(xs):
    return any(x < 0 for x in xs)
