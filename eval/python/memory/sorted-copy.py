# memory: O(n)
# what: sorted() returns a new list as long as its input
import random


def make_input(n):
    return [random.random() for _ in range(n)]


def solve(xs):
    return sorted(xs)[len(xs) // 2]
