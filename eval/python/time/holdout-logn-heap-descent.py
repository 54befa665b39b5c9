# expect: O(log n)
# holdout
# what: walking from the root of an array-stored binary tree down to a leaf, 40 times
def make_input(n):
    return list(range(n))


def solve(tree):
    n = len(tree)
    total = 0
    for start in range(40):
        i = start % 2
        while i < n:
            total += tree[i]
            i = 2 * i + 1 + (total & 1)
    return total
