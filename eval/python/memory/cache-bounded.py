# memory: O(1)
# what: functools.lru_cache with a maxsize keeps at most that many results
import functools
import random


@functools.lru_cache(maxsize=128)
def score(k):
    return (k * 2654435761) % 1_000_003


def make_input(n):
    return [random.randrange(10 * n) for _ in range(n)]


def solve(keys):
    return sum(score(k) for k in keys)
