# expect: O(log n)
# what: how many times n can be halved before it reaches 1, asked for 30 numbers near n
def make_input(n):
    return [n - i for i in range(30)]


def solve(numbers):
    steps = 0
    for m in numbers:
        while m > 1:
            m //= 2
            steps += 1
    return steps
