# expect: O(1)
# holdout
# what: the smallest item of a heap is always at index 0
import heapq
import random


def make_input(n):
    h = [random.random() for _ in range(n)]
    heapq.heapify(h)
    return h


def solve(h):
    best = 0.0
    for _ in range(100):
        best += h[0] + len(h)
    return best
