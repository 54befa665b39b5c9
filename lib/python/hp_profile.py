"""A profile of the learner's code at one input size, shaped like lib/profile/types.ts ProfileReport:
a plain pass (time per call without instrumentation), a sys.monitoring pass (lines, call tree:
_hotpath_lines) and a cProfile pass (calls and per-function times), each repeating the call until enough
time has accrued. Loaded as module _hotpath_profile."""

import cProfile
import gc
import pstats
import random
import time
from itertools import repeat

import _hotpath_lines as lines

MAX_INPUT_ITEMS = 2_000_000


def _empty(x):
    return x


def _calls_loop(f, k):
    for _ in repeat(None, k):
        f(None)


def cprofile_cost_ns(k=20_000, rounds=3):
    """cProfile's hook cost per call (entry and exit), and the share of it charged to the callee."""
    pc = time.perf_counter_ns
    best = None
    for _ in range(rounds):
        t0 = pc()
        _calls_loop(_empty, k)
        plain = pc() - t0
        p = cProfile.Profile()
        t0 = pc()
        p.enable()
        _calls_loop(_empty, k)
        p.disable()
        profiled = pc() - t0
        cost = max(0.0, (profiled - plain) / k)
        tt = next((v[2] for key, v in pstats.Stats(p).stats.items() if key[2] == "_empty"), 0.0)
        share = min(1.0, max(0.0, tt * 1e9 / k / cost)) if cost else 0.5
        if best is None or cost < best[0]:
            best = (cost, share)
    return best


class _Inputs:
    """The same input for every call, or (code that changes its input) a fresh one per call, built
    outside any timing or instrumentation."""

    def __init__(self, series, inp, options):
        self.inp, self.mutates = inp, bool(options.get("mutates"))
        self.make, self.n, self.seed = series["make"], options.get("n", 0), options.get("seed", 0)
        self.cap = max(1, MAX_INPUT_ITEMS // max(1, self.n)) if self.mutates else 10**9

    def take(self, k):
        if not self.mutates:
            return repeat(self.inp, k)
        out = []
        for _ in range(k):
            random.seed(self.seed)
            out.append(self.make(self.n))
        return out


def _plain_pass(call, inputs, target_ms, max_calls):
    pc = time.perf_counter_ns
    k = 1
    while True:
        objs = inputs.take(k)
        t0 = pc()
        for o in objs:
            call(o)
        dt = pc() - t0
        if dt >= target_ms * 1e6 or k >= min(max_calls, inputs.cap):
            return dt / k
        k = min(max_calls, inputs.cap, max(2 * k, int(k * target_ms * 1e6 / max(dt, 1)) + 1))


def _monitor_pass(call, inputs, filename, fn_of, max_line, min_ms, max_ms, max_calls):
    rec = lines.Recorder(filename, fn_of, max_line)
    pc = time.perf_counter_ns
    calls, spent, last = 0, 0, 0
    with lines.Monitor(rec) as mon:
        while calls < min(max_calls, inputs.cap) and spent < min_ms * 1e6 and spent + last < max_ms * 1e6:
            mon.pause()
            (obj,) = inputs.take(1)
            mon.resume()
            t0 = pc()
            call(obj)
            last = pc() - t0
            spent += last
            calls += 1
    rec.root.calls = calls
    return rec, calls, spent


def _cprofile_pass(call, inputs, calls):
    p = cProfile.Profile()
    objs = inputs.take(calls)
    t0 = time.perf_counter_ns()
    p.enable()
    for o in objs:
        call(o)
    p.disable()
    return pstats.Stats(p).stats, time.perf_counter_ns() - t0


def _functions(stats, filename, cost, share, fn_index):
    """Per learner function: calls, self (time in its own lines, with the time of library and built-in
    functions it called, but not of the learner's other functions) and total, cProfile's hook cost
    subtracted (the callee's share per call of the function, the caller's share per call it made)."""
    mine = {k: v for k, v in stats.items() if k[0] == filename}
    self_ns = {k: v[2] * 1e9 - v[1] * share * cost for k, v in mine.items()}
    made = {k: 0 for k in mine}
    edges = {}  # (caller, callee) -> ns of callee's cumulative time under caller (learner functions only)
    for g, (cc, nc, tt, ct, callers) in stats.items():
        for f, (_cc, fnc, _tt, fct) in callers.items():
            if f in made:
                made[f] += fnc
        if g in mine:
            for f, (_cc, _nc, _tt, fct) in callers.items():
                if f in mine and f != g:
                    edges[(f, g)] = edges.get((f, g), 0) + fct * 1e9
            continue
        # A library or built-in function: its time belongs to the learner function that called it,
        # except the time of learner functions it called in turn (sorted's key=, map's function).
        inner = {h: v[4][g][3] for h, v in mine.items() if g in v[4]}
        inner_ct = sum(inner.values())
        for f, (_cc, fnc, _tt, fct) in callers.items():
            if f not in mine or ct <= 0:
                continue
            part = fct / ct
            self_ns[f] += (fct - inner_ct * part) * 1e9 - fnc * share * cost
            for h, hct in inner.items():
                if h != f:
                    edges[(f, h)] = edges.get((f, h), 0) + hct * part * 1e9
    for k in mine:
        self_ns[k] = max(0.0, self_ns[k] - made[k] * (1 - share) * cost)
    ratio = {k: 1.0 for k in mine}
    total = dict(self_ns)
    for _ in range(8):
        for k in mine:
            total[k] = self_ns[k] + sum(ns * ratio[h] for (f, h), ns in edges.items() if f == k)
        ratio = {k: min(1.0, total[k] / (mine[k][3] * 1e9)) if mine[k][3] > 0 else 1.0 for k in mine}
    out = {}
    for k, v in mine.items():
        out[fn_index(k[1], k[2])] = {"calls": v[1], "selfNs": self_ns[k], "totalNs": max(self_ns[k], total[k])}
    return out


def profile(series, inp, filename, options):
    min_ms = float(options.get("minMs", 200))
    max_ms = float(options.get("maxMs", 4000))
    max_calls = int(options.get("maxCalls", 10_000))
    inputs = _Inputs(series, inp, options)
    call = series["call"]
    funcs = []  # [{name, line}]
    index = {}

    def fn_index(line, name):
        # Keyed by the short name: cProfile and code objects may give "format" or "Report.format".
        key = (line, name.rsplit(".", 1)[-1])
        if key not in index:
            index[key] = len(funcs)
            funcs.append({"name": name, "line": line})
        elif "." in name:
            funcs[index[key]]["name"] = name
        return index[key]

    by_code = {}

    def fn_of(code):
        i = by_code.get(code)
        if i is None:
            i = by_code[code] = fn_index(code.co_firstlineno, code.co_qualname)
        return i

    plain_ns = _plain_pass(call, inputs, min(50.0, min_ms / 4), max_calls)
    # The probes allocate, and a garbage collection they trigger would land in the learner's lines:
    # collection is paused while instrumented (as timeit does while timing).
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        probe_ns = lines.probe_cost_ns(filename)
        limits = (min_ms, max_ms, max_calls)
        rec, calls, spent = _monitor_pass(call, inputs, filename, fn_of, series["max_line"], *limits)
        cost, share = cprofile_cost_ns()
        stats, cp_ns = _cprofile_pass(call, inputs, calls)
    finally:
        if gc_was_on:
            gc.enable()
    per_fn = _functions(stats, filename, cost, share, fn_index)
    functions = []
    for i, f in enumerate(funcs):
        figures = per_fn.get(i, {"calls": 0, "selfNs": 0.0, "totalNs": 0.0})
        functions.append({"id": i, "name": f["name"], "line": f["line"], **figures})
    line_self = rec.line_self_ns(probe_ns)
    total_self = sum(line_self.values())
    out_lines = []
    for ln in sorted(line_self):
        item = {"line": ln, "hits": rec.hits[ln], "selfNs": line_self[ln]}
        item["share"] = item["selfNs"] / total_self if total_self > 0 else 0.0
        if ln in rec.line_fn:
            item["fn"] = rec.line_fn[ln]
        out_lines.append(item)
    tree = rec.root.plain(probe_ns)
    instrumented = spent / max(calls, 1)
    report = {
        "language": "python",
        "n": options.get("n", 0),
        "calls": calls,
        "plainNsPerCall": plain_ns,
        "instrumentedNsPerCall": instrumented,
        "overhead": instrumented / plain_ns if plain_ns > 0 else 0.0,
        "probeCostNs": probe_ns,
        "totalSelfNs": total_self,
        "functions": functions,
        "lines": out_lines,
        "tree": tree,
        "cProfile": {"hookCostNs": cost, "calleeShare": share, "nsPerCall": cp_ns / max(calls, 1)},
    }
    if rec.truncated:
        report["truncated"] = rec.truncated
    return report
