# Invoice prices: n prices in cents from a seeded sequence (up to €5,000, so thousands separators matter),
# the sequence of the JavaScript harness. "Formatters built" counts the times a currency's rules are read
# from settings text during the timed call: `json.loads` (which `json.load` calls too) counts while the
# learner's function runs (Python has no Intl.NumberFormat; reading the rules is what building a formatter
# costs here). Rules read once when the module loads are not counted: that is not per call.
#
# The stand-in is put in place when this harness loads, before the learner's module, so a learner's
# `from json import loads` gets it too; it only counts inside `run`, and a reloaded harness wraps the
# original function, never a previous stand-in.
import json

_built = [0]
_counting = [False]
_original_loads = getattr(json.loads, "__wrapped__", json.loads)


def _loads(*args, **kwargs):
    if _counting[0]:
        _built[0] += 1
    return _original_loads(*args, **kwargs)


_loads.__wrapped__ = _original_loads
json.loads = _loads


def make_input(n, env):
    cents = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0xFFFFFFFF
        cents.append(x % 500000)
    return {"cents": cents}


def run(learner, inp):
    _counting[0] = True
    try:
        return learner.format_prices(inp["cents"])
    finally:
        _counting[0] = False


def counters():
    return {"formattersBuilt": _built[0]}


def reset_counters():
    _built[0] = 0
