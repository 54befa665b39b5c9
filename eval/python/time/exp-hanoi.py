# expect: O(2ⁿ)
# what: the towers of Hanoi, counting moves (2ⁿ − 1 of them)
SIZES = [8, 10, 12, 14, 16, 18, 20]


def make_input(n):
    return n


def moves(n, a, b, c):
    if n == 0:
        return 0
    return moves(n - 1, a, c, b) + 1 + moves(n - 1, c, b, a)


def solve(n):
    return moves(n, "A", "B", "C")
