# memory: O(n)
# what: sum([...]) builds the list first
def make_input(n):
    return list(range(n))


def solve(xs):
    return sum([x * 3 for x in xs if x % 2 == 0])
