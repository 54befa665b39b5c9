# expect: O(n log n)
# holdout
# what: a priority queue of objects: push all, then pop all
import heapq
import random


class Job:
    __slots__ = ("cost",)

    def __init__(self, cost):
        self.cost = cost

    def __lt__(self, other):
        return self.cost < other.cost


def make_input(n):
    return [random.random() for _ in range(n)]


def solve(costs):
    h = []
    for c in costs:
        heapq.heappush(h, Job(c))
    last = None
    while h:
        last = heapq.heappop(h)
    return last.cost
