# expect: O(n³)
# holdout
# what: counting triangles in a graph given as an adjacency matrix
import random

SIZES = [8, 12, 16, 24, 32, 48, 64, 96, 128, 192]


def make_input(n):
    m = [[False] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            if random.random() < 0.3:
                m[i][j] = m[j][i] = True
    return m


def solve(m):
    n = len(m)
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            if m[i][j]:
                for k in range(j + 1, n):
                    if m[j][k] and m[i][k]:
                        count += 1
    return count
