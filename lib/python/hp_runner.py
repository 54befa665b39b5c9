"""The Python side of a measured run: loads the learner's module (and a lab's harness), checks the
contract, keeps inputs in Python behind integer handles, times calls in a Python loop, measures peak
memory with tracemalloc, and answers JavaScript through one entry point, dispatch(command, json) -> json.
Loaded as module _hotpath_runner. The timed loops are in _hotpath_timing."""

import inspect
import json
import random
import sys
import time
import tracemalloc
import types

import _hotpath_errors as errors
import _hotpath_imports as library
import _hotpath_output as output
import _hotpath_timing as timing
import _hotpath_values as values

# Deep recursion can overflow the JavaScript engine's stack before Python notices, which kills the
# interpreter (Pyodide's "fatal error"). Measured in Node 20 under vitest: endless recursion stopped by a
# RecursionError at a limit of 4,000 was survived, at 8,000 it crashed Pyodide. A learner's
# sys.setrecursionlimit(...) is capped here so a RecursionError stays an ordinary error.
MAX_RECURSION_LIMIT = 3_000
_setrecursionlimit = getattr(sys.setrecursionlimit, "__wrapped__", sys.setrecursionlimit)


def _capped_setrecursionlimit(limit):
    _setrecursionlimit(min(int(limit), MAX_RECURSION_LIMIT))


_capped_setrecursionlimit.__wrapped__ = _setrecursionlimit
sys.setrecursionlimit = _capped_setrecursionlimit

_series = {}
_harnesses = {}
_inputs = {}
_ids = [0]


class _Fail(Exception):
    """A contract problem, reported as it is (no traceback)."""


def _one_arg(fn, what, example):
    if not callable(fn):
        raise _Fail(f"`{what}` must be a function: `{example}`.")
    if inspect.iscoroutinefunction(fn):
        raise _Fail(f"`{what}` is `async def`: only plain functions can be timed here. Write `{example}`.")
    try:
        inspect.signature(fn).bind(None)
    except TypeError:
        raise _Fail(f"`{what}` must take exactly one argument: `{example}`.") from None
    except ValueError:
        pass


def _run_module(source, filename, name):
    errors.remember_source(filename, source)
    code = compile(source, filename, "exec", dont_inherit=True)
    mod = types.ModuleType(name)
    mod.__file__ = filename
    sys.modules[name] = mod
    exec(code, mod.__dict__)
    return mod


def _sizes(mod):
    raw = getattr(mod, "SIZES", None)
    if raw is None:
        return None
    if not isinstance(raw, (list, tuple, range)) or len(raw) > 1000:
        raise _Fail("`SIZES` must be a list of whole numbers, e.g. `SIZES = [10, 12, 14, 16]`.")
    return [x if isinstance(x, (int, float)) and not isinstance(x, bool) else str(x) for x in raw]


def load_harness(source, filename="harness.py"):
    _ids[0] += 1
    hid = _ids[0]
    mod = _run_module(source, filename, f"harness_{hid}")
    _harnesses[hid] = {"module": mod, "env": types.SimpleNamespace(), "filename": filename}
    names = ("make_input", "run", "counters", "reset_counters", "checks")
    has = {k: callable(getattr(mod, k, None)) for k in names}
    return {"harness": hid, "sizes": _sizes(mod), "has": has}


def dispose_harness(harness):
    h = _harnesses.pop(harness, None)
    if h and sys.modules.get(h["module"].__name__) is h["module"]:
        del sys.modules[h["module"].__name__]
    return {}


def load(source, sid, filename="learner.py", name="learner", harness=None):
    if sid in _series:
        dispose(sid)
    h = _harnesses[harness] if harness else None
    try:
        s = _contract(_run_module(source, filename, name), h)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    s.update(filename=filename, harness=h, name=name, max_line=source.count("\n") + 1)
    _series[sid] = s
    sizes = _sizes(s["module"])
    if sizes is None and h:
        sizes = _sizes(h["module"])
    return {"sizes": sizes, "mutatesInput": getattr(s["module"], "MUTATES_INPUT", False) is True}


def _contract(mod, h):
    """The calls a series makes: `call` (one call), `loop` and `loop_each` (timed), `make` (an input)."""
    hmod = h["module"] if h else None
    s = {"module": mod}
    run = getattr(hmod, "run", None) if hmod else None
    if run is None:
        solve = getattr(mod, "solve", None)
        if solve is None:
            hint = " (there is a `Solve`: Python names are case-sensitive)" if hasattr(mod, "Solve") else ""
            raise _Fail(f"Define the function to measure: `def solve(inp):`{hint}.")
        _one_arg(solve, "solve", "def solve(inp):")
        s["call"] = solve
        s["loop"] = lambda inp, k: timing.loop(solve, inp, k)
        s["loop_each"] = lambda objs: timing.loop_each(solve, objs)
    else:
        s["call"] = lambda inp: run(mod, inp)
        s["loop"] = lambda inp, k: timing.loop_run(run, mod, inp, k)
        s["loop_each"] = lambda objs: timing.loop_run_each(run, mod, objs)
    make = getattr(hmod, "make_input", None) if hmod else None
    if make is not None:
        env = h["env"]
        s["make"] = lambda n: make(n, env)
        return s
    make = getattr(mod, "make_input", None)
    if make is None:
        if hasattr(mod, "makeInput"):
            raise _Fail("In Python the input builder is spelled `make_input`: `def make_input(n):`.")
        raise _Fail("Define a function that builds the input for size n (it is not timed): `def make_input(n):`.")
    _one_arg(make, "make_input", "def make_input(n):")
    s["make"] = make
    return s


def make_input(sid, n, seed):
    random.seed(seed)
    obj = _series[sid]["make"](n)
    _ids[0] += 1
    _inputs[_ids[0]] = obj
    return {"handle": _ids[0]}


def _input(handle):
    if handle not in _inputs:
        raise _Fail("That input is no longer kept (it was released): build it again.")
    return _inputs[handle]


def release(handles, sid=None):
    for h in handles:
        _inputs.pop(h, None)
    return {}


def first_call(sid, handle):
    inp = _input(handle)
    t0 = time.perf_counter()
    out = _series[sid]["call"](inp)
    ms = (time.perf_counter() - t0) * 1e3
    return {"ms": ms, "valueJson": values.output_json(out)}


def time_batch(sid, handle, k):
    return {"ms": _series[sid]["loop"](_input(handle), int(k))}


def time_each(sid, handles):
    objs = [_input(h) for h in handles]
    release(handles)
    return {"ms": _series[sid]["loop_each"](objs)}


def baseline_batch(k, sid=None):
    return {"ms": timing.loop(timing.empty, 0, int(k))}


def fingerprint(handle, sid=None):
    return {"fingerprint": values.fingerprint(_input(handle))}


def preview(handle, sid=None):
    return {"text": values.preview(_input(handle))}


def memory_peak(sid, handle):
    if tracemalloc.is_tracing():
        raise _Fail("tracemalloc is already running (started by the code?), so memory cannot be measured.")
    return timing.traced_call(_series[sid]["call"], _input(handle))


def timeit_call(sid, handle, repeat=5, gc=True, number=None):
    return timing.timeit_call(_series[sid]["call"], _input(handle), repeat, gc, number)


def counters(sid):
    h = _series[sid]["harness"]
    fn = getattr(h["module"], "counters", None) if h else None
    raw = fn() if fn else {}
    return {"counters": {str(k): v for k, v in dict(raw).items() if isinstance(v, (int, float))}}


def reset_counters(sid):
    h = _series[sid]["harness"]
    fn = getattr(h["module"], "reset_counters", None) if h else None
    if fn:
        fn()
    return {}


def checks(sid):
    s = _series[sid]
    fn = getattr(s["harness"]["module"], "checks", None) if s["harness"] else None
    raw = list(fn(s["module"], s["harness"]["env"]) or []) if fn else []
    out = []
    for c in raw[:100]:
        c = dict(c)
        item = {k: str(c.get(k, "")) for k in ("id", "label", "detail")}
        item["pass"] = bool(c.get("pass"))
        if c.get("kind") in ("correctness", "performance"):
            item["kind"] = c["kind"]
        if "data" in c:
            item["data"] = values.to_plain(c["data"], 10_000)
        out.append(item)
    return {"checks": out}


def take_output(sid=None):
    return output.output.take()


def dispose(sid):
    s = _series.pop(sid, None)
    if s and sys.modules.get(s["name"]) is s["module"]:
        del sys.modules[s["name"]]
    return {}


def profile(sid, handle, **options):
    import _hotpath_profile

    s = _series[sid]
    return _hotpath_profile.profile(s, _input(handle), s["filename"], options)


_COMMANDS = {
    f.__name__: f
    for f in (library.imports, library.import_module, load_harness, load, make_input, release, first_call, time_batch, time_each, baseline_batch,
              fingerprint, preview, memory_peak, timeit_call, counters, reset_counters, checks, take_output,
              dispose, dispose_harness, profile)
}


def _filenames(args):
    s = _series.get(args.get("sid"))
    if s:
        return [s["filename"]] + ([s["harness"]["filename"]] if s["harness"] else [])
    return [args.get("filename", "learner.py"), "harness.py"]


def dispatch(command, payload):
    """One call from JavaScript: a JSON object of arguments in, {"ok": true, ...} or {"ok": false,
    "error": {...}} out. Every exception is caught here, KeyboardInterrupt (the interrupt buffer) included:
    it comes back as an error with "stopped": true, and the interpreter stays usable."""
    args = {}
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = output.stdout, output.stderr
    try:
        args = json.loads(payload) if payload else {}
        result = _COMMANDS[command](**args)
        value = result.pop("valueJson", None)
        text = json.dumps({"ok": True, **result}, allow_nan=False)
        return text if value is None else text[:-1] + ',"value":' + value + "}"
    except _Fail as e:
        return json.dumps({"ok": False, "error": {"name": "ContractError", "message": str(e), "traceback": ""}})
    except KeyboardInterrupt as e:
        return json.dumps({"ok": False, "error": errors.error_info(e, _filenames(args), stopped=True)})
    except RecursionError as e:
        info = errors.error_info(e, _filenames(args))
        if sys.getrecursionlimit() >= MAX_RECURSION_LIMIT:
            cap = f"{MAX_RECURSION_LIMIT:,}"
            info["message"] += f" (the limit is capped at {cap} here: deeper would crash Python in the browser)"
        return json.dumps({"ok": False, "error": info})
    except BaseException as e:
        return json.dumps({"ok": False, "error": errors.error_info(e, _filenames(args))})
    finally:
        sys.stdout, sys.stderr = saved
