"""Per-line hit counts and times, and the call tree, from sys.monitoring (Python 3.12+): LINE events for
lines, PY_START / PY_RESUME / PY_THROW / PY_RETURN / PY_YIELD / PY_UNWIND for frames. Only code compiled
from the learner's file is followed; every other location is switched off after its first event
(DISABLE), so library code costs almost nothing. Loaded as module _hotpath_lines.

Time between two events belongs to the current line of the innermost learner frame; each such interval
also holds about one probe's cost (the end of one callback and the start of the next), measured on a
known loop and subtracted afterwards. The probe costs far more than a simple line (about 1-2 µs against
tens of ns in Pyodide), so the times of cheap lines are rough; hit counts are exact."""

import bisect
import sys
import time

M = sys.monitoring
EV = M.events
# Tool ids 3 and 4 are unassigned by Python (0 debugger, 1 coverage, 2 profiler — cProfile — 5 optimizer).
TOOL_IDS = (3, 4, 1, 0)
MAX_DEPTH = 48
MAX_NODES = 2000


def _claim_tool():
    for tid in TOOL_IDS:
        if M.get_tool(tid) is None:
            M.use_tool_id(tid, "hotpath-lines")
            return tid
    raise RuntimeError("no sys.monitoring tool id is free (another debugger or profiler is running)")


class Node:
    """A call-tree node; iv counts the intervals (so the probes) charged to it."""

    __slots__ = ("fn", "calls", "self_ns", "iv", "children")

    def __init__(self, fn):
        self.fn, self.calls, self.self_ns, self.iv, self.children = fn, 0, 0, 0, {}

    def walk(self):
        yield self
        for c in self.children.values():
            yield from c.walk()

    def plain(self, probe_ns):
        kids = [c.plain(probe_ns) for c in self.children.values()]
        own = max(0.0, self.self_ns - probe_ns * self.iv)
        total = own + sum(k["totalNs"] for k in kids)
        kids.sort(key=lambda k: -k["totalNs"])
        return {"fn": self.fn, "calls": self.calls, "selfNs": own, "totalNs": total, "children": kids}


class Recorder:
    """One recording: accumulators (per line: lists indexed by line number) and the callbacks."""

    def __init__(self, filename, fn_of, max_line):
        size = max_line + 2
        self.filename, self.fn_of = filename, fn_of
        self.line_ns, self.hits, self.iv = [0] * size, [0] * size, [0] * size
        self.line_fn = {}
        self.root = Node(-1)
        self.truncated = None
        self.stack = []  # frames: [code, line or None, node, depth, fn]
        self.last = [0]
        self.count = [0]  # tree nodes
        self._lines = {}

    def _line_at(self, code, offset):
        table = self._lines.get(code)
        if table is None:
            table = sorted((start, end, line) for start, end, line in code.co_lines() if line is not None)
            self._lines[code] = table
        i = bisect.bisect_right(table, (offset, float("inf"), 0)) - 1
        return table[i][2] if i >= 0 else None

    def _enter(self, code, line, new_call):
        stack = self.stack
        parent = stack[-1] if stack else None
        pnode = parent[2] if parent else self.root
        depth = parent[3] + 1 if parent else 1
        fn = self.fn_of(code)
        node = pnode.children.get(fn)
        if node is None:
            if depth > MAX_DEPTH or self.count[0] >= MAX_NODES:
                node = pnode
                self.truncated = f"the call tree is cut at depth {MAX_DEPTH} and {MAX_NODES} nodes"
            else:
                node = pnode.children[fn] = Node(fn)
                self.count[0] += 1
        if new_call and node is not pnode:
            node.calls += 1
        stack.append([code, line, node, depth, fn])

    def _leave(self, code):
        st = self.stack
        for i in range(len(st) - 1, -1, -1):
            if st[i][0] is code:
                del st[i:]
                return

    def line_self_ns(self, probe_ns):
        """Each line that ran: its time with its intervals' probe cost subtracted (never below zero)."""
        iv, hits = self.iv, self.hits
        return {ln: max(0.0, ns - probe_ns * iv[ln]) for ln, ns in enumerate(self.line_ns) if ns or hits[ln]}

    def callbacks(self):
        pcn = time.perf_counter_ns
        disable = M.DISABLE
        name = self.filename
        stack, last = self.stack, self.last
        line_ns, hits, iv, line_fn = self.line_ns, self.hits, self.iv, self.line_fn
        enter, leave, line_at = self._enter, self._leave, self._line_at

        def charge_frame(t):
            if stack:
                top = stack[-1]
                d = t - last[0]
                node = top[2]
                node.self_ns += d
                node.iv += 1
                ln = top[1]
                if ln is not None:
                    line_ns[ln] += d
                    iv[ln] += 1

        def on_line(code, line):
            if code.co_filename != name:
                return disable
            t = pcn()
            if stack:
                top = stack[-1]
                d = t - last[0]
                node = top[2]
                node.self_ns += d
                node.iv += 1
                prev = top[1]
                if prev is not None:
                    line_ns[prev] += d
                    iv[prev] += 1
                top[1] = line
                if not hits[line]:
                    line_fn[line] = top[4]
            hits[line] += 1
            last[0] = pcn()

        def on_start(code, offset):
            if code.co_filename != name:
                return disable
            charge_frame(pcn())
            enter(code, None, True)
            last[0] = pcn()

        def on_resume(code, offset, *exc):
            if code.co_filename != name:
                return disable
            charge_frame(pcn())
            enter(code, line_at(code, offset), False)
            last[0] = pcn()

        def on_exit(code, offset, value):
            if code.co_filename != name:
                return disable
            charge_frame(pcn())
            leave(code)
            last[0] = pcn()

        def on_unwind(code, offset, exc):
            # PY_UNWIND cannot be switched off per location: other code is ignored without DISABLE.
            if code.co_filename != name:
                return None
            charge_frame(pcn())
            leave(code)
            last[0] = pcn()

        return {
            EV.LINE: on_line,
            EV.PY_START: on_start,
            EV.PY_RESUME: on_resume,
            EV.PY_THROW: on_resume,
            EV.PY_RETURN: on_exit,
            EV.PY_YIELD: on_exit,
            EV.PY_UNWIND: on_unwind,
        }


class Monitor:
    """Claims a tool id and installs a recorder's callbacks; always frees everything on exit."""

    EVENTS = (EV.LINE, EV.PY_START, EV.PY_RESUME, EV.PY_THROW, EV.PY_RETURN, EV.PY_YIELD, EV.PY_UNWIND)

    def __init__(self, recorder):
        self.recorder, self.tool, self.mask = recorder, None, 0

    def __enter__(self):
        self.tool = _claim_tool()
        for ev, cb in self.recorder.callbacks().items():
            M.register_callback(self.tool, ev, cb)
            self.mask |= ev
        M.set_events(self.tool, self.mask)
        return self

    def pause(self):
        M.set_events(self.tool, 0)

    def resume(self):
        M.set_events(self.tool, self.mask)

    def __exit__(self, *exc):
        tid, self.tool = self.tool, None
        M.set_events(tid, 0)
        for ev in self.EVENTS:
            M.register_callback(tid, ev, None)
        M.free_tool_id(tid)
        # Locations switched off with DISABLE stay off until this: later runs (and other tools) see them.
        M.restart_events()
        return False


_CALIBRATION = "def _hp_loop(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\n"


def probe_cost_ns(filename, loops=2000, rounds=5):
    """What one probe adds to the interval it ends: the time the recorder charges to a known loop minus
    the loop's own time without it, per interval. Median of `rounds`."""
    ns = {}
    exec(compile(_CALIBRATION, filename, "exec"), ns)
    loop = ns["_hp_loop"]
    pcn = time.perf_counter_ns
    costs = []
    for _ in range(rounds):
        t0 = pcn()
        loop(loops)
        plain = pcn() - t0
        rec = Recorder(filename, lambda code: 0, 8)
        with Monitor(rec):
            loop(loops)
        nodes = list(rec.root.walk())
        costs.append(max(0.0, (sum(n.self_ns for n in nodes) - plain) / max(1, sum(n.iv for n in nodes))))
    costs.sort()
    return costs[rounds // 2]
