# expect: O(n²)
# what: str.count inside a loop over the same string
import random


def make_input(n):
    return "".join(random.choice("abcdefgh") for _ in range(n))


def solve(text):
    best = 0
    for ch in text:
        best = max(best, text.count(ch))
    return best
