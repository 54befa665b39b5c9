"""Values crossing from Python to JavaScript: bounded conversion to JSON, a sampled fingerprint of an
input (to notice code that changes its input), and a short preview. Loaded as module _hotpath_values."""

import hashlib
import json
import math
import reprlib
from itertools import islice

# Outputs whose JSON is longer than this are sent as a summary (type, length, SHA-256 of the JSON, first
# items) instead of in full: equal outputs still compare equal, and nothing unbounded crosses over.
MAX_JSON_CHARS = 16_000_000
# The slow path (outputs json cannot encode directly: sets, tuples as keys, objects...) visits at most
# this many values; past it the output is reported as too large to compare.
MAX_ITEMS = 2_000_000
# Fingerprints visit about this many items of a collection (every k-th item of longer ones).
SAMPLE_ITEMS = 5_000
HEAD_ITEMS = 5


class _TooBig(Exception):
    pass


def _num(x):
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def to_plain(value, budget=MAX_ITEMS):
    """JSON-ready copy: tuples and lists as lists, sets sorted (by their JSON), dicts with text keys,
    objects as their fields. Raises _TooBig past `budget` values."""
    left = [budget]
    path = []

    def walk(v):
        left[0] -= 1
        if left[0] < 0:
            raise _TooBig()
        if v is None or isinstance(v, (bool, str)):
            return v
        if isinstance(v, int):
            return v if abs(v) <= 2**53 else str(v)
        if isinstance(v, float):
            return _num(v)
        if isinstance(v, complex):
            return {"complex": [_num(v.real), _num(v.imag)]}
        if isinstance(v, (bytes, bytearray)):
            return {"bytes": v[:4096].hex(), "length": len(v)}
        if any(v is p for p in path):
            return "[Circular]"
        path.append(v)
        try:
            if isinstance(v, (list, tuple, range)):
                return [walk(x) for x in v]
            if isinstance(v, (set, frozenset)):
                items = [walk(x) for x in v]
                return sorted(items, key=lambda x: json.dumps(x, sort_keys=True))
            if isinstance(v, dict):
                return {(k if isinstance(k, str) else repr(k)): walk(x) for k, x in v.items()}
            if hasattr(v, "__next__"):
                # An iterator or generator: its items (consumed once, as a caller would).
                out = []
                for x in v:
                    out.append(walk(x))
                return out
            fields = getattr(v, "__dict__", None)
            if isinstance(fields, dict):
                return {"type": type(v).__name__, "fields": walk(fields)}
            slots = getattr(type(v), "__slots__", None)
            if slots:
                names = [slots] if isinstance(slots, str) else list(slots)
                return {"type": type(v).__name__, "fields": {s: walk(getattr(v, s, None)) for s in names}}
            return {"type": type(v).__name__, "repr": reprlib.repr(v)}
        finally:
            path.pop()

    return walk(value)


def output_json(value):
    """The output as JSON text, bounded. The C encoder handles the common cases (numbers, text, lists,
    dicts with text keys) at native speed; anything else goes through to_plain."""
    try:
        text = json.dumps(value, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError):
        try:
            text = json.dumps(to_plain(value), separators=(",", ":"))
        except _TooBig:
            return json.dumps({"python": type(value).__name__, "tooLarge": True})
    if len(text) <= MAX_JSON_CHARS:
        return text
    summary = {
        "python": type(value).__name__,
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "jsonChars": len(text),
    }
    try:
        summary["length"] = len(value)
        summary["head"] = to_plain(list(value[:HEAD_ITEMS]) if isinstance(value, (list, tuple)) else [])
    except Exception:
        pass
    return json.dumps(summary, separators=(",", ":"))


_iterator_tick = [0]
_ATOMS = (int, float, str, bytes, bool, type(None), complex)


def fingerprint(value, budget=200_000):
    """A cheap structural hash, taken before and after a call to notice a changed input. Collections are
    sampled (their length, and every k-th item so that about SAMPLE_ITEMS are visited), as
    lib/measure/fingerprint.ts does: sorting, shuffling, appending, popping or clearing is noticed; one
    changed unsampled item is not. Samples of plain values (numbers, text) are hashed in one C call. An
    iterator always reads as changed: a call consumes it."""
    h = [0x811C9DC5]
    left = [budget]
    path = []

    def mix(x):
        h[0] = ((h[0] ^ (x & 0xFFFFFFFF)) * 0x01000193) & 0xFFFFFFFF

    def stride(n):
        return max(1, -(-n // SAMPLE_ITEMS))

    def items(sample):
        sample = list(sample)
        if all(type(x) in _ATOMS for x in sample):
            left[0] -= len(sample)
            mix(hash(tuple(sample)))
        else:
            for x in sample:
                if left[0] <= 0:
                    break
                visit(x)

    def visit(v):
        left[0] -= 1
        if left[0] < 0:
            return
        if type(v) in _ATOMS:
            mix(hash(v))
            return
        if any(v is p for p in path):
            mix(8)
            return
        path.append(v)
        try:
            if isinstance(v, (list, tuple, bytearray, range)):
                mix(len(v))
                items(v[:: stride(len(v))])
            elif isinstance(v, dict):
                mix(len(v))
                items(x for kv in islice(v.items(), 0, None, stride(len(v))) for x in kv)
            elif isinstance(v, (set, frozenset)):
                mix(len(v))
                items(islice(v, 0, None, stride(len(v))))
            elif hasattr(v, "__next__"):
                _iterator_tick[0] += 1
                mix(_iterator_tick[0])
            elif isinstance(getattr(v, "__dict__", None), dict):
                visit(v.__dict__)
            else:
                mix(hash(v) if getattr(type(v), "__hash__", None) else id(v))
        finally:
            path.pop()

    visit(value)
    return h[0] & 0x7FFFFFFF


_short = reprlib.Repr()
_short.maxlist = _short.maxtuple = _short.maxset = _short.maxdict = 5
_short.maxstring = _short.maxother = 80


def preview(value, limit=200):
    """A short repr (first items of long collections, with their length)."""
    try:
        text = _short.repr(value)
        if isinstance(value, (list, tuple, set, dict)) and len(value) > 5:
            text += f"  ({len(value)} items)"
    except Exception as e:
        text = f"<{type(value).__name__}: repr failed: {type(e).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"
