# expect: O(n)
# what: counting words with a dict
import random

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def make_input(n):
    return [random.choice(WORDS) for _ in range(n)]


def solve(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return max(counts.values())
