/**
 * A Python run through the one path, in Node: the playground's request → buildRunSpec → runSpec (which
 * hands a Python spec to pythonRunner) → messages → the page's reducer (runRequestInNode). Real Pyodide,
 * loaded once for the file. Timing verdicts are the bench's job (eval/python); here: what the messages
 * carry — sizes, a verdict, memory peaks and their class (counted bytes: deterministic), errors at the
 * learner's lines, print output, a stop, running out of memory, and a profile.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runRequestInNode } from '@/lib/measure/run-spec-node';
import { playgroundRequest } from '@/lib/runner/playground-request';
import { profileRequest } from '@/lib/runner/profile-request';
import type { RunRequest } from '@/lib/runner/run-request';
import type { WorkerToPage } from '@/lib/runner/protocol';
import { loadTestPyodide, PYODIDE_LOAD_TIMEOUT_MS, type TestPyodide } from './pyodide.test-helpers';
import { pythonRunner, type PythonRuntime } from './run-python-spec';

let py: TestPyodide;
beforeAll(async () => {
  py = (await loadTestPyodide()).py;
}, PYODIDE_LOAD_TIMEOUT_MS);

const runtime = (extra: Partial<PythonRuntime> = {}): PythonRuntime => ({
  load: async (_url, onProgress) => {
    onProgress({ phase: 'ready', loadedBytes: 0, totalBytes: 0, elapsedMs: 0 });
    return py;
  },
  ...extra,
});

async function run(request: RunRequest, rt = runtime()) {
  const messages: WorkerToPage[] = [];
  const state = await runRequestInNode(request, {
    runPython: pythonRunner(rt),
    onMessage: (m) => messages.push(m),
  });
  return { state, messages, types: messages.map((m) => m.type) };
}

const playground = (source: string) => ({ ...playgroundRequest(source, 'python'), budgetMs: 300 });

const LIST = `SIZES = [300, 1000, 3000, 10_000, 30_000, 100_000]
def make_input(n):
    return n

def solve(n):
    values = [i for i in range(n)]
    return sum(values)
`;
const GENERATOR = LIST.replace('[i for i in range(n)]', '(i for i in range(n))');

describe('a Python run, through runSpec', () => {
  it('measures, gives a verdict, then peak memory per size and its class: a list is O(n)', async () => {
    const { state, types } = await run(playground(LIST));
    expect(state.error).toBeNull();
    expect(state.phase).toBe('done');
    expect(types[0]).toBe('python-load');
    // Timing first, memory after: the memory pass never overlaps the timed one.
    expect(types.indexOf('verdict')).toBeLessThan(types.indexOf('memory'));
    expect(types.at(-1)).toBe('done');
    const s = state.series[0]!;
    const sizes = [300, 1000, 3000, 10_000, 30_000, 100_000];
    expect(s.results.map((r) => r.n)).toEqual(sizes);
    expect(s.verdict).not.toBeNull();
    expect(s.memory?.sizes.map((m) => m.n)).toEqual(sizes);
    expect(s.memory?.sizes.at(-1)!.peakBytes).toBeGreaterThan(100_000 * 8);
    expect(s.memory?.verdict).toMatchObject({ label: 'O(n)', inconclusive: false });
    expect(s.memory?.verdict?.evidence).toMatch(/bytes per item/);
    expect(state.baselineNs).toBeGreaterThan(0);
  }, 120_000);

  it('a generator summed in a loop holds O(1) memory', async () => {
    const { state } = await run(playground(GENERATOR));
    expect(state.series[0]!.memory?.verdict).toMatchObject({ label: 'O(1)' });
  }, 120_000);

  it('a syntax error at its line and column, before anything runs', async () => {
    const bad = 'def make_input(n):\n    return n\n\ndef solve(x)\n    return x\n';
    const { state, types } = await run(playground(bad));
    expect(types).not.toContain('started');
    expect(state.error).toMatchObject({ series: 'learner', name: 'SyntaxError', line: 4 });
    expect(state.error?.column).toBeGreaterThan(0);
  }, 60_000);

  it("a runtime error at the learner's line, with the traceback of their frames and the size", async () => {
    const code = `def make_input(n):
    return list(range(n))

def pick(xs):
    return xs[len(xs)]

def solve(xs):
    return pick(xs)
`;
    const { state } = await run(playground(code));
    expect(state.error).toMatchObject({ name: 'IndexError', line: 5, n: 100 });
    expect(state.error?.stack).toMatch(/Traceback[\s\S]*line 8, in solve[\s\S]*line 5, in pick/);
    expect(state.error?.stack).not.toMatch(/_hotpath/);
  }, 60_000);

  it('says what the contract needs', async () => {
    const { state } = await run(playground('def make_input(n):\n    return n\n'));
    expect(state.error).toMatchObject({
      name: 'ContractError',
      message: expect.stringContaining('def solve'),
    });
  }, 60_000);

  it("print() output becomes the run's logs", async () => {
    const code = `print("loading")
SIZES = [100, 1000, 10_000, 100_000]
def make_input(n):
    return n
def solve(n):
    return n
print("loaded")
`;
    const { state } = await run(playground(code));
    expect(state.logs).toEqual(['loading', 'loaded']);
  }, 60_000);

  it('memory running out is a clear error that asks for a fresh interpreter', async () => {
    const code = 'def make_input(n):\n    return n\ndef solve(n):\n    return [0] * 10**9\n';
    const { state } = await run(playground(code));
    expect(state.error).toMatchObject({ name: 'MemoryError', line: 4, fatal: true });
    expect(state.error?.message).toMatch(/more memory than Python in the browser can have/);
    const huge = 'def make_input(n):\n    return n\ndef solve(n):\n    return [0] * 10**10\n';
    const second = await run(playground(huge));
    expect(second.state.error).toMatchObject({ name: 'OverflowError', line: 4 });
    expect(second.state.error?.message).toMatch(/cannot even be addressed/);
  }, 60_000);

  it('library modules the code imports load first, as part of loading Python, before any of its lines', async () => {
    // Seconds for urllib.request on a fresh interpreter on a busy machine: silence the relay must allow
    // as a load (phase 'import'), not hold against the run's short limit as a runaway.
    const code = `import sys
ALREADY = "fractions" in sys.modules
from fractions import Fraction
import urllib.request
print("fractions before my import:", ALREADY)

def make_input(n):
    return n

def solve(n):
    return Fraction(n, 2)
`;
    const { state, messages, types } = await run(playground(code));
    expect(state.error).toBeNull();
    const phases = messages.flatMap((m) => (m.type === 'python-load' ? [m.phase] : []));
    expect(phases).toEqual(['ready', 'import', 'ready']);
    expect(types.lastIndexOf('python-load')).toBeLessThan(types.indexOf('started'));
    expect(state.logs).toContain('fractions before my import: True');
    // Loaded now: the next run imports nothing first.
    const again = await run(playground(code));
    expect(again.messages.filter((m) => m.type === 'python-load')).toHaveLength(1);
  }, 120_000);

  it('a stop requested while Python loads ends the run as stopped, without waiting for the load', async () => {
    let stop = false;
    const slow = runtime({
      load: () => new Promise(() => undefined), // never loads
      stopRequested: () => stop,
    });
    setTimeout(() => (stop = true), 100);
    const { state } = await run(playground(LIST), slow);
    expect(state.error).toMatchObject({ name: 'Stopped' });
  }, 60_000);

  it('a load that fails says so and asks for a fresh worker', async () => {
    const broken = runtime({ load: () => Promise.reject(new Error('network down')) });
    const { state } = await run(playground(LIST), broken);
    expect(state.error).toMatchObject({ name: 'PythonUnavailable', fatal: true });
    expect(state.error?.message).toContain('network down');
  }, 60_000);

  it('profiles through the same path: the hot line first', async () => {
    const code = `def make_input(n):
    return list(range(n))

def solve(xs):
    seen = []
    for x in xs:
        if x not in seen:
            seen.append(x)
    return len(seen)
`;
    const { state, types } = await run(profileRequest(playground(code), { n: 300 }));
    expect(state.error).toBeNull();
    expect(types).toContain('profile-phase');
    const report = state.profile!;
    expect(report.language).toBe('python');
    const hottest = [...report.lines].sort((a, b) => b.selfNs - a.selfNs)[0];
    expect(hottest?.line).toBe(7);
    expect(report.functions.map((f) => f.name)).toContain('solve');
  }, 120_000);
});
