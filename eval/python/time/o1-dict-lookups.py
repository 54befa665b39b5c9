# expect: O(1)
# what: a fixed number of dict lookups, whatever the dict's size
import random


def make_input(n):
    table = {i: i * 2 for i in range(n)}
    keys = [random.randrange(n) for _ in range(100)]
    return table, keys


def solve(inp):
    table, keys = inp
    total = 0
    for k in keys:
        total += table[k]
    return total
