"""The Python hot-loop figures quoted in the lesson's six-patterns section: each loop over 100,000 rows,
built per row vs built once above the loop. The two run alternately (one warm-up each, then 9 pairs), so a
busy machine slows both alike; the figure is the median of the 9 per-pair ratios.
Run it a few times and quote the range:  for i in 1 2 3; do python3 scripts/lesson-figures/hot-loop.py; done
"""
import platform
import re
import statistics
import timeit
from datetime import datetime, timezone

N = 100_000
BLOCKED = [3, 7, 11, 19, 23, 42, 57, 64, 88, 95]
rows = [{"id": i, "customer_id": i % 100} for i in range(N)]
codes = [f"SKU-{i % 977}-x" for i in range(N)]
SOURCE = r"^SKU-(\d+)-"


def compare(slow, fast, pairs=9):
    slow()
    fast()
    a, b = [], []
    for _ in range(pairs):
        a.append(timeit.timeit(slow, number=1) * 1000)
        b.append(timeit.timeit(fast, number=1) * 1000)
    ratio = statistics.median(x / y for x, y in zip(a, b))
    return statistics.median(a), statistics.median(b), ratio


def set_per_row():
    return [r for r in rows if r["customer_id"] not in set(BLOCKED)]


def set_once():
    blocked = set(BLOCKED)
    return [r for r in rows if r["customer_id"] not in blocked]


def now_per_row():
    return [{**r, "exported_at": datetime.now(timezone.utc).isoformat()} for r in rows]


def now_once():
    at = datetime.now(timezone.utc).isoformat()
    return [{**r, "exported_at": at} for r in rows]


def compile_per_row():
    return [re.compile(SOURCE).match(s).group(1) for s in codes]


def compile_once():
    pattern = re.compile(SOURCE)
    return [pattern.match(s).group(1) for s in codes]


print(f"python {platform.python_version()}, {N:,} rows, 9 alternating pairs")
for label, slow, fast in [
    ("set(BLOCKED) in the loop", set_per_row, set_once),
    ("datetime.now().isoformat()", now_per_row, now_once),
    ("re.compile(source)", compile_per_row, compile_once),
]:
    a, b, ratio = compare(slow, fast)
    print(f"{label:28} per row {a:8.1f} ms  once {b:7.1f} ms  {ratio:.1f}x")
