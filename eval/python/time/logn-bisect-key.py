# expect: O(log n)
# what: bisect on a sorted list of records, with a key function (one call per step of the search)
import bisect
import random


def make_input(n):
    rows = [(i * 3, f"row{i}") for i in range(n)]
    targets = [random.randrange(3 * n) for _ in range(50)]
    return rows, targets


def solve(inp):
    rows, targets = inp
    return sum(bisect.bisect_left(rows, t, key=lambda r: r[0]) for t in targets)
