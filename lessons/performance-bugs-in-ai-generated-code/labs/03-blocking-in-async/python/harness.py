# The greeting batch in Python. The learner's `serve_all(requests, deps)` is an `async def` answering a
# batch of queued requests, and it runs on real asyncio: Tasks, `asyncio.sleep`, `gather`, `TaskGroup`,
# `Semaphore` are the standard library's own. Only the event loop is the lab's: Pyodide's own loop hands
# its waiting to the browser and cannot be run to completion inside one synchronous call, so `_Loop` below
# is asyncio's BaseEventLoop with a "selector" that waits for the next timer by spinning the thread (there is
# no I/O to wait for). The timed call runs the whole batch on it, so the time per call is the batch's wall
# time, measured, not modelled.
#
# `deps` is a simulated server, as in the JavaScript lab: the session store and the metrics are in memory
# (their calls return at once), and each profile file takes LATENCY_S to read.
#   files.read_text(path)              blocks: spins the thread for the read (as Path.read_text would)
#   await files.read_text_async(path)  waits with asyncio.sleep, leaving the loop free for other requests
# Counters (the JavaScript lab's ids): blockingCalls (read_text calls), asyncReads (reads that left the loop
# free) and maxInFlight (the most such reads in progress at one moment).
#
# WebAssembly has no threads, so `asyncio.to_thread` / `loop.run_in_executor` cannot start one. The loop
# models what they do in CPython: the lab's own blocking read handed to an executor waits without holding
# the loop (it counts as an async read), at most as many at once as the executor has workers (the default
# ThreadPoolExecutor's min(32, cpus + 4), taken here for an 8-core server: 12). Any other function given to
# an executor simply runs at once, on the loop's thread.
import asyncio
import asyncio.base_events
import asyncio.events
import contextvars
import functools
import inspect
import json
import re
import time

LATENCY_S = 0.001
DEFAULT_WORKERS = 12

_counts = {"blockingCalls": 0, "asyncReads": 0, "maxInFlight": 0}
_in_flight = [0]


def reset_counters():
    for key in _counts:
        _counts[key] = 0
    _in_flight[0] = 0


def counters():
    return dict(_counts)


def _spin(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass  # Holding the thread is the point: this is what a blocking read does to every other request.


def _profile_file(path):
    m = re.fullmatch(r"profiles/(\d+)\.json", str(path))
    if not m:
        raise FileNotFoundError(f"No such file: {path}")
    user_id = int(m.group(1))
    return json.dumps({"name": f"Member {user_id}", "plan": "pro" if user_id % 3 == 0 else "free"})


class _Sessions:
    async def get(self, token):
        """The session for a token: {"user_id": ...}, or None when it is unknown."""
        m = re.fullmatch(r"t(\d+)", str(token))
        return {"user_id": int(m.group(1))} if m else None


class _Files:
    def read_text(self, path):
        """Reads a file and returns its text, holding the thread until the read is done."""
        _counts["blockingCalls"] += 1
        _spin(LATENCY_S)
        return _profile_file(path)

    async def read_text_async(self, path):
        """Reads a file and returns its text; other requests run while it waits."""
        _counts["asyncReads"] += 1
        _in_flight[0] += 1
        _counts["maxInFlight"] = max(_counts["maxInFlight"], _in_flight[0])
        try:
            await asyncio.sleep(LATENCY_S)
        finally:
            _in_flight[0] -= 1
        return _profile_file(path)


class _Metrics:
    def increment(self, name):
        pass


class _Deps:
    __slots__ = ("sessions", "files", "metrics")

    def __init__(self):
        self.sessions = _Sessions()
        self.files = _Files()
        self.metrics = _Metrics()


DEPS = _Deps()


def _unwrap(func, args):
    """The function and arguments inside asyncio.to_thread's context call and any functools.partial."""
    while isinstance(func, functools.partial):
        inner = func.func
        if isinstance(getattr(inner, "__self__", None), contextvars.Context):
            func, args = func.args[0], func.args[1:] + args
        else:
            func, args = inner, func.args + args
    return func, args


class _Selector:
    def select(self, timeout=None):
        if timeout is None:
            raise RuntimeError(
                "The batch is waiting for something that nothing will ever finish "
                "(no task is ready and no timer is set)."
            )
        if timeout > 0:
            _spin(timeout)
        return []

    def close(self):
        pass


class _Loop(asyncio.base_events.BaseEventLoop):
    def __init__(self):
        super().__init__()
        self._selector = _Selector()
        self._pools = {}

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass

    def run_in_executor(self, executor, func, *args):
        func, args = _unwrap(func, args)
        if getattr(func, "__func__", None) is _Files.read_text:
            workers = getattr(executor, "_max_workers", DEFAULT_WORKERS)
            pool = self._pools.get(id(executor))
            if pool is None:
                pool = self._pools[id(executor)] = asyncio.Semaphore(workers)
            return asyncio.ensure_future(self._offloaded(pool, func.__self__, *args))
        future = self.create_future()
        try:
            future.set_result(func(*args))
        except BaseException as e:  # noqa: B036 - handed to the awaiting coroutine, as an executor does
            future.set_exception(e)
        return future

    async def _offloaded(self, pool, files, path):
        async with pool:
            return await files.read_text_async(path)


_loop = [None]


def _run_batch(awaitable):
    if _loop[0] is None:
        _loop[0] = _Loop()
    # Pyodide marks its own loop as running for the whole session; set it aside while this one runs.
    previous = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)
    try:
        return _loop[0].run_until_complete(awaitable)
    finally:
        asyncio.events._set_running_loop(previous)


def make_input(n, env):
    return {"requests": [{"id": i + 1, "token": f"t{(i * 37) % 1000 + 1}"} for i in range(n)]}


def run(learner, inp):
    result = learner.serve_all(inp["requests"], DEPS)
    if inspect.isawaitable(result):
        result = _run_batch(result)
    return result
