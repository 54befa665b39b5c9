# expect: O(n log n)
# what: sorting objects whose comparison is Python code (__lt__ runs once per comparison)
import random


class Task:
    __slots__ = ("priority",)

    def __init__(self, priority):
        self.priority = priority

    def __lt__(self, other):
        return self.priority < other.priority


def make_input(n):
    return [Task(random.random()) for _ in range(n)]


def solve(tasks):
    return sorted(tasks)[0].priority
