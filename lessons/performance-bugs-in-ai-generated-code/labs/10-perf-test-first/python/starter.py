# Step 1: write your performance budget here, before touching the code below. Either a growth class,
#     PERF_BUDGET = {"max_class": "O(n log n)"}
# or a time limit at one of the lab's sizes (median time of one call, in milliseconds),
#     PERF_BUDGET = {"size": 20000, "max_ms": 100}
# or both. Run: the budget should fail on this code. Step 2: make the code meet it.
PERF_BUDGET = None


def count_higher(scores, score):
    """How many of the scores are strictly higher than this one."""
    higher = 0
    for other in scores:
        if other > score:
            higher += 1
    return higher


def higher_counts(scores):
    """For each player's score, how many players scored strictly higher (0 for the leaders)."""
    return [count_higher(scores, score) for score in scores]


def standings(players, scores):
    """The table shown after a round: tied players share a rank ("1, 2, 2, 4")."""
    higher = higher_counts(scores)
    table = [{"player": p, "score": s, "rank": h + 1} for p, s, h in zip(players, scores, higher)]
    return sorted(table, key=lambda row: (row["rank"], row["player"]))
