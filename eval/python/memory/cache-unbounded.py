# memory: O(n)
# what: a memo dict that keeps every result it ever computed
import random


def make_input(n):
    return [random.randrange(10 * n) for _ in range(n)]


def solve(keys):
    memo = {}
    total = 0
    for k in keys:
        if k not in memo:
            memo[k] = (k * 2654435761) % 1_000_003
        total += memo[k]
    return total
