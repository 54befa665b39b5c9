# expect: O(2ⁿ)
# what: trying every subset to count those that hit a target
import random

SIZES = [4, 6, 8, 10, 12, 14, 16, 18, 20]


def make_input(n):
    return [random.randrange(1, 50) for _ in range(n)], 25 * n // 2


def count(xs, i, left):
    if i == len(xs):
        return 1 if left == 0 else 0
    return count(xs, i + 1, left - xs[i]) + count(xs, i + 1, left)


def solve(inp):
    xs, target = inp
    return count(xs, 0, target)
