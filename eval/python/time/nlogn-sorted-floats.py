# expect: O(n log n)
# what: sorted() on random floats
import random


def make_input(n):
    return [random.random() for _ in range(n)]


def solve(xs):
    return sorted(xs)[len(xs) // 2]
