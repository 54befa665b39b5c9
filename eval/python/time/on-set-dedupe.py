# expect: O(n)
# what: counting distinct values with a set
import random


def make_input(n):
    return [random.randrange(n // 2 + 1) for _ in range(n)]


def solve(xs):
    return len(set(xs))
