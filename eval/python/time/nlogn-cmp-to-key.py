# expect: O(n log n)
# what: an old-style comparison function through functools.cmp_to_key
import functools
import random


def by_length_then_text(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


def make_input(n):
    return [str(random.randrange(10 * n)) for _ in range(n)]


def solve(words):
    return sorted(words, key=functools.cmp_to_key(by_length_then_text))[-1]
