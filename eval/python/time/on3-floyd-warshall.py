# expect: O(n³)
# what: all-pairs shortest paths (Floyd–Warshall) on n nodes
import random

SIZES = [5, 7, 10, 14, 20, 28, 40, 56, 80, 113, 160, 226]
INF = float("inf")


def make_input(n):
    d = [[INF] * n for _ in range(n)]
    for i in range(n):
        d[i][i] = 0
        for _ in range(3):
            d[i][random.randrange(n)] = random.randrange(1, 10)
    return d


def solve(d):
    n = len(d)
    dist = [row[:] for row in d]
    for k in range(n):
        dk = dist[k]
        for i in range(n):
            di, dik = dist[i], dist[i][k]
            for j in range(n):
                if dik + dk[j] < di[j]:
                    di[j] = dik + dk[j]
    return sum(x for x in dist[0] if x < INF)
