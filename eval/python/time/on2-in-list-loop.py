# expect: O(n²)
# what: de-duplicating with `x in list` inside a loop (each `in` walks the list)
import random


def make_input(n):
    return [random.randrange(n) for _ in range(n)]


def solve(xs):
    seen = []
    for x in xs:
        if x not in seen:
            seen.append(x)
    return len(seen)
