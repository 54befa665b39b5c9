# memory: O(n)
# holdout
# what: an index from each record's id to the record
def make_input(n):
    return [(i, f"name{i}") for i in range(n)]


def solve(rows):
    index = {row[0]: row for row in rows}
    return len(index)
