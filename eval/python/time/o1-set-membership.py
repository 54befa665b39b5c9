# expect: O(1)
# what: `in` on a set is a hash lookup: 100 questions cost the same at any size
import random


def make_input(n):
    seen = set(range(0, 2 * n, 2))
    questions = [random.randrange(2 * n) for _ in range(100)]
    return seen, questions


def solve(inp):
    seen, questions = inp
    return sum(1 for q in questions if q in seen)
