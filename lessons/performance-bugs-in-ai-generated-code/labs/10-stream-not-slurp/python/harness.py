# Daily export: a text file of n orders, one per line after a header, "order_id,country,amount_cents".
# The file is written into the interpreter's in-memory file system by make_input (not timed, not traced),
# and the learner's function gets its path. Rows come from a seeded sequence, so every run reads the same
# file; one file is kept at a time (the previous size's is removed), so sizes do not pile up.
import os

COUNTRIES = ("DE", "FR", "NL", "PL", "SE", "ES", "IT", "PT")
_current = {"path": None}


def _write(path, n):
    x = 12345
    with open(path, "w") as f:
        f.write("order_id,country,amount_cents\n")
        for i in range(n):
            x = (x * 1103515245 + 12345) & 0xFFFFFFFF
            f.write(f"{100000 + i},{COUNTRIES[(x >> 8) % len(COUNTRIES)]},{(x >> 12) % 50000 + 99}\n")


def make_input(n, env):
    path = f"/tmp/hotpath-orders-{n}.csv"
    if _current["path"] != path:
        if _current["path"] and os.path.exists(_current["path"]):
            os.remove(_current["path"])
        _write(path, n)
        _current["path"] = path
    return path


def run(learner, inp):
    return learner.totals_by_country(inp)
