# memory: O(1)
# what: iterating over the file object reads one line at a time
import os


def make_input(n):
    path = f"/tmp/hotpath-lines-{n}.txt"
    if not os.path.exists(path):
        with open(path, "w") as f:
            for i in range(n):
                f.write(f"{i},user{i % 97},{i * 7 % 1000}\n")
    return path


def solve(path):
    with open(path) as f:
        return sum(int(line.rsplit(",", 1)[1]) for line in f)
