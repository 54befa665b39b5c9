# The leaderboard, test first: n scores from a seeded sequence (ties included; the JavaScript harness's).
# The timed call is the learner's `higher_counts(scores)`. The check hands the learner's `PERF_BUDGET` to
# the page as it is written (a dict with snake_case keys, or None), and the page judges it against the
# measured series of the starter and of the learner's code.


def make_input(n, env):
    scores = []
    x = 99
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0xFFFFFFFF
        scores.append(x % (n * 4))
    return {"scores": scores}


def run(learner, inp):
    return learner.higher_counts(inp["scores"])


def checks(learner, env):
    raw = getattr(learner, "PERF_BUDGET", None)
    data = raw if raw is None or isinstance(raw, (dict, str, int, float, list)) else repr(raw)
    return [{"id": "budget", "label": "Budget declared", "pass": data is not None, "detail": "", "data": data}]
