"""The timed loops: k calls between two perf_counter() reads, with nothing else inside (no crossing into
JavaScript per call). The last result is kept alive in a sink, as timeit's template does not, so a call
whose result is unused still runs in full; each result is dropped when the next replaces it (as in
timeit). Garbage collection stays on: it is part of what the code costs. Also the traced call of the
memory pass. Loaded as module _hotpath_timing."""

import time
import tracemalloc
from itertools import repeat

sink = [None]


def empty(x):
    return x


def loop(f, inp, k, pc=time.perf_counter):
    s = None
    t0 = pc()
    for _ in repeat(None, k):
        s = f(inp)
    t1 = pc()
    sink[0] = s
    return (t1 - t0) * 1e3


def loop_run(run, mod, inp, k, pc=time.perf_counter):
    s = None
    t0 = pc()
    for _ in repeat(None, k):
        s = run(mod, inp)
    t1 = pc()
    sink[0] = s
    return (t1 - t0) * 1e3


def loop_each(f, objs, pc=time.perf_counter):
    s = None
    t0 = pc()
    for o in objs:
        s = f(o)
    t1 = pc()
    sink[0] = s
    return (t1 - t0) * 1e3


def loop_run_each(run, mod, objs, pc=time.perf_counter):
    s = None
    t0 = pc()
    for o in objs:
        s = run(mod, o)
    t1 = pc()
    sink[0] = s
    return (t1 - t0) * 1e3


def traced_call(call, inp):
    """Peak bytes allocated by one call above what was allocated before it (the input is built before
    tracing starts, so it is not counted; the output is alive at the peak, so it is), and the bytes still
    held after the output is dropped. Its own pass: tracemalloc slows every allocation."""
    if tracemalloc.is_tracing():
        raise RuntimeError("tracemalloc is already running (started by the code?): memory cannot be measured.")
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        t0 = time.perf_counter()
        out = call(inp)
        ms = (time.perf_counter() - t0) * 1e3
        peak = tracemalloc.get_traced_memory()[1]
        del out
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return {"peakBytes": max(0, peak - base), "retainedBytes": max(0, after - base), "ms": ms}


def timeit_call(call, inp, repeat=5, gc=True, number=None):
    """The reference figure the bench compares with: timeit on the same call and input (autorange picks
    the number of calls per round unless given, then `repeat` rounds). timeit pauses garbage collection
    unless gc is True."""
    import timeit

    timer = timeit.Timer(lambda: call(inp), setup="import gc; gc.enable()" if gc else "pass")
    number = int(number) if number else timer.autorange()[0]
    times = timer.repeat(repeat=int(repeat), number=number)
    return {"number": number, "perCallMs": [t * 1e3 / number for t in times]}
