# expect: O(log n)
# what: bisect on a sorted list of records, with a key function (one call per step of the search)
import bisect
import itertools
import random


def make_input(n):
    # Built at C speed: a million rows made in a Python loop would eat the size's budget before timing.
    rows = list(zip(range(0, 3 * n, 3), itertools.repeat("row")))
    targets = [random.randrange(3 * n) for _ in range(50)]
    return rows, targets


def solve(inp):
    rows, targets = inp
    return sum(bisect.bisect_left(rows, t, key=lambda r: r[0]) for t in targets)
