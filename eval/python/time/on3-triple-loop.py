# expect: O(n³)
# what: every triple, to count those that sum to zero
import random

SIZES = [10, 15, 20, 30, 40, 60, 80, 120, 160, 240, 320]


def make_input(n):
    return [random.randrange(-n, n) for _ in range(n)]


def solve(xs):
    n = len(xs)
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            s = xs[i] + xs[j]
            for k in range(j + 1, n):
                if s + xs[k] == 0:
                    count += 1
    return count
