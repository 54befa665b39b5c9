# expect: O(n)
# what: building a string with join (one copy at the end)
import random

WORDS = ["red", "green", "blue", "cyan", "black", "white"]


def make_input(n):
    return [random.choice(WORDS) for _ in range(n)]


def solve(words):
    return len(",".join(w.upper() for w in words))
