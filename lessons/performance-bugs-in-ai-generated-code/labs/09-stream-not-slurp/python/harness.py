# Daily export: a text file of n orders, one per line after a header, "order_id,country,amount_cents".
# The file is written into the interpreter's in-memory file system by make_input (not timed, not traced),
# and the learner's function gets its path. Rows come from a seeded sequence, so every run reads the same
# file. Each size's file is written once and kept for the next series and runs (the lab's ladder adds up
# to under 3 MB), so building inputs costs the timed and memory passes almost nothing.
import os

COUNTRIES = ("DE", "FR", "NL", "PL", "SE", "ES", "IT", "PT")


def _write(path, n):
    x = 12345
    with open(path, "w") as f:
        f.write("order_id,country,amount_cents\n")
        for i in range(n):
            x = (x * 1103515245 + 12345) & 0xFFFFFFFF
            f.write(f"{100000 + i},{COUNTRIES[(x >> 8) % len(COUNTRIES)]},{(x >> 12) % 50000 + 99}\n")


def make_input(n, env):
    path = f"/tmp/hotpath-orders-{n}.csv"
    if not os.path.exists(path):
        _write(path + ".part", n)
        os.replace(path + ".part", path)
    return path


def run(learner, inp):
    return learner.totals_by_country(inp)
