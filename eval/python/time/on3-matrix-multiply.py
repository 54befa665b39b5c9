# expect: O(n³)
# what: multiplying two n×n matrices with three loops
import random

SIZES = [5, 7, 10, 14, 20, 28, 40, 56, 80, 113, 160, 226]


def make_input(n):
    a = [[random.random() for _ in range(n)] for _ in range(n)]
    b = [[random.random() for _ in range(n)] for _ in range(n)]
    return a, b


def solve(inp):
    a, b = inp
    n = len(a)
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        ai, ci = a[i], c[i]
        for k in range(n):
            aik, bk = ai[k], b[k]
            for j in range(n):
                ci[j] += aik * bk[j]
    return c[0][0]
