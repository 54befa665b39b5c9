# expect: O(1)
# what: reading items by position, at the ends and in the middle
def make_input(n):
    return list(range(n))


def solve(xs):
    total = 0
    last = len(xs) - 1
    for i in range(50):
        total += xs[i % len(xs)] + xs[last - i % len(xs)] + xs[len(xs) // 2]
    return total
