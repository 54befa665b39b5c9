# expect: O(2ⁿ)
# what: Fibonacci by plain recursion (each call makes two more)
SIZES = [10, 12, 14, 16, 18, 20, 22, 24, 26]


def make_input(n):
    return n


def fib(k):
    return k if k < 2 else fib(k - 1) + fib(k - 2)


def solve(n):
    return fib(n)
