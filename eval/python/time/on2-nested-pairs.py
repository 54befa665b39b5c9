# expect: O(n²)
# what: checking every pair for a sum of zero
import random


def make_input(n):
    return [random.randrange(-n, n) for _ in range(n)]


def solve(xs):
    pairs = 0
    for i in range(len(xs)):
        a = xs[i]
        for j in range(i + 1, len(xs)):
            if a + xs[j] == 0:
                pairs += 1
    return pairs
