# expect: O(log n)
# what: a binary search written by hand, for 50 targets
import random


def make_input(n):
    return list(range(0, 2 * n, 2)), [random.randrange(2 * n) for _ in range(50)]


def find(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def solve(inp):
    xs, targets = inp
    return sum(find(xs, t) for t in targets)
