# Invoice prices: n prices in cents from a seeded sequence (up to €5,000, so thousands separators matter),
# the sequence of the JavaScript harness. "Formatters built" counts the times a currency's rules are read
# from settings text during the timed call: while the learner's function runs, `json.loads` and `json.load`
# are counting stand-ins (Python has no Intl.NumberFormat; reading the rules is what building a formatter
# costs here). Rules read once when the module loads are not counted: that is not per call.
import json

_built = [0]


def make_input(n, env):
    cents = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0xFFFFFFFF
        cents.append(x % 500000)
    return {"cents": cents}


def _counting(original):
    def counted(*args, **kwargs):
        _built[0] += 1
        return original(*args, **kwargs)

    return counted


def run(learner, inp):
    loads, load = json.loads, json.load
    json.loads, json.load = _counting(loads), _counting(load)
    try:
        return learner.format_prices(inp["cents"])
    finally:
        json.loads, json.load = loads, load


def counters():
    return {"formattersBuilt": _built[0]}


def reset_counters():
    _built[0] = 0
