# memory: O(n²)
# what: an n×n table of zeros
SIZES = [10, 30, 100, 300, 1000, 2000]


def make_input(n):
    return n


def solve(n):
    grid = [[0] * n for _ in range(n)]
    return len(grid) * len(grid[0])
