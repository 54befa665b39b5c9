# expect: O(1)
# what: startswith and endswith look at a few characters, not the whole string
def make_input(n):
    return "ab" + "x" * n + "yz"


def solve(text):
    hits = 0
    for _ in range(100):
        hits += text.startswith("ab") + text.endswith("yz") + (text[:2] == "ab")
    return hits
