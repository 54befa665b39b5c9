# expect: O(n²)
# holdout
# what: flattening with sum(lists, []) copies the growing result at every step
def make_input(n):
    return [[i] for i in range(n)]


def solve(lists):
    return len(sum(lists, []))
