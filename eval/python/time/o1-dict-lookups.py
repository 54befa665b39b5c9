# expect: O(1)
# what: a fixed number of dict lookups, whatever the dict's size
import random

# Keys and values from 1000 up: Python keeps one shared object per int from -5 to 256, which makes
# lookups of small ints faster and would flatter the smallest sizes.
BASE = 1000


def make_input(n):
    table = {BASE + i: BASE + i * 2 for i in range(n)}
    keys = [BASE + random.randrange(n) for _ in range(100)]
    return table, keys


def solve(inp):
    table, keys = inp
    total = 0
    for k in keys:
        total += table[k]
    return total
