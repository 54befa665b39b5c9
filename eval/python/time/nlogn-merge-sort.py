# expect: O(n log n)
# what: merge sort written in Python
import random


def make_input(n):
    return [random.randrange(n) for _ in range(n)]


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def solve(xs):
    return merge_sort(xs)[len(xs) // 2]
