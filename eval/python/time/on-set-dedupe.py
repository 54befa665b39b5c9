# expect: O(n)
# what: counting distinct values with a set
import random


def make_input(n):
    # Values from 1000 up, never Python's shared small ints (-5..256), at every size.
    return [1000 + random.randrange(n // 2 + 1) for _ in range(n)]


def solve(xs):
    return len(set(xs))
