# expect: O(log n)
# what: 3 to the power n (mod a prime) by repeated squaring: one step per bit of n
def make_input(n):
    return n


def solve(n):
    result, base, e = 1, 3, n
    for _ in range(20):
        result, base, e = 1, 3, n
        while e:
            if e & 1:
                result = result * base % 1_000_003
            base = base * base % 1_000_003
            e >>= 1
    return result
