import { beforeAll, describe, expect, it } from 'vitest';
import { makeMemoryVerdict } from '@/lib/complexity/memory-verdict';
import { measureBaselineNs } from '@/lib/measure/baseline';
import { DEFAULT_SIZE_SETTINGS } from '@/lib/measure/measure-size';
import { runSeries } from '@/lib/measure/run-series';
import { pythonBaselineRunner } from './baseline';
import { PythonError } from './errors';
import { loadPythonHarness } from './harness';
import { loadPythonSeries, type PythonSeries } from './load-python-series';
import { measureMemory } from './memory-pass';
import { loadTestPyodide, PYODIDE_LOAD_TIMEOUT_MS, type TestPyodide } from './pyodide.test-helpers';

let py: TestPyodide;
beforeAll(async () => {
  py = (await loadTestPyodide()).py;
}, PYODIDE_LOAD_TIMEOUT_MS);

const load = (source: string, options = {}): PythonSeries => {
  const r = loadPythonSeries(py, source, options);
  if (!r.ok) throw new Error(`${r.error.name}: ${r.error.message}`);
  return r.series;
};
const loadError = (source: string) => {
  const r = loadPythonSeries(py, source);
  if (r.ok) throw new Error('expected a load error');
  return r.error;
};
const thrown = (fn: () => unknown): PythonError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof PythonError) return e;
    throw e;
  }
  throw new Error('expected a PythonError');
};

describe('the contract', () => {
  it('says what is missing, in Python terms', () => {
    expect(loadError('def make_input(n):\n    return n\n')).toMatchObject({
      name: 'ContractError',
      message: expect.stringContaining('def solve(inp)'),
    });
    expect(loadError('def solve(inp):\n    return inp\n').message).toContain('def make_input(n)');
    expect(loadError('def makeInput(n):\n    return n\ndef solve(x):\n    return x\n').message).toContain(
      'spelled `make_input`',
    );
    expect(loadError('def make_input(n):\n    return n\ndef solve(a, b):\n    return a\n').message).toContain(
      'exactly one argument',
    );
    expect(
      loadError('def make_input(n):\n    return n\nasync def solve(x):\n    return x\n').message,
    ).toContain('async def');
    expect(
      loadError('SIZES = "big"\ndef make_input(n):\n    return n\ndef solve(x):\n    return x\n').message,
    ).toMatch(/SIZES/);
  });

  it('takes SIZES from the code, cleaned like a JavaScript `sizes` export', () => {
    const s = load('SIZES = [20, 10, 14]\ndef make_input(n):\n    return n\ndef solve(x):\n    return x\n');
    expect(s.sizes).toEqual([10, 14, 20]);
    s.dispose();
  });
});

describe('errors at the learner’s lines', () => {
  it('gives a syntax error its line and column (1-based, in characters)', () => {
    const e = loadError("s = 'héllo'\ndef solve(x):\n    return (x +)\n");
    expect(e).toMatchObject({ name: 'SyntaxError', line: 3, column: 16 });
    expect(e.traceback).toContain('return (x +)');
  });

  it('maps a runtime error to the innermost learner line and keeps only learner frames', () => {
    const s = load(
      [
        'def make_input(n):',
        '    return list(range(n))',
        '',
        'def pick(xs, i):',
        '    return xs[i]',
        '',
        'def solve(xs):',
        '    return pick(xs, len(xs))',
      ].join('\n'),
    );
    const e = thrown(() => s.solve(s.makeInput(10)));
    expect(e.info).toMatchObject({ name: 'IndexError', line: 5, column: 12 });
    expect(e.info.traceback).toMatch(/line 8, in solve[\s\S]*line 5, in pick/);
    expect(e.info.traceback).not.toContain('_hotpath');
    expect(e.stopped).toBe(false);
    s.dispose();
  });

  it('reports errors in make_input and at import time at their lines', () => {
    const s = load('def make_input(n):\n    return 1 / 0\ndef solve(x):\n    return x\n');
    expect(thrown(() => s.makeInput(5)).info).toMatchObject({ name: 'ZeroDivisionError', line: 2 });
    s.dispose();
    expect(loadError('import os\nx = undefined_name\n')).toMatchObject({ name: 'NameError', line: 2 });
  });

  it('caps a raised recursion limit, so endless recursion is a RecursionError, not a dead interpreter', () => {
    const s = load(
      'import sys\nsys.setrecursionlimit(10 ** 6)\ndef make_input(n):\n    return n\n' +
        'def solve(n):\n    return solve(n + 1) + 1\n',
    );
    const e = thrown(() => s.solve(s.makeInput(1)));
    expect(e.info).toMatchObject({ name: 'RecursionError', line: 6 });
    expect(e.info.message).toContain('capped at 3,000');
    expect(e.info.fatal).toBeUndefined();
    s.dispose();
    py.runPython('import sys\nsys.setrecursionlimit(1000)');
  });

  it('keeps a deep recursion’s traceback bounded', () => {
    const s = load('def make_input(n):\n    return n\ndef solve(n):\n    return solve(n + 1)\n');
    const e = thrown(() => s.solve(s.makeInput(1)));
    expect(e.info.name).toBe('RecursionError');
    expect(e.info.line).toBe(4);
    expect(e.info.traceback.length).toBeLessThanOrEqual(4000);
    expect(e.info.traceback).toContain('more frames');
    s.dispose();
  });
});

describe('calls, outputs and timing', () => {
  it('converts the first call’s output to plain data (sets sorted, tuples as lists)', () => {
    const s = load(
      'def make_input(n):\n    return n\ndef solve(n):\n    return {"a": (1, 2), "s": {3, 1, 2}}\n',
    );
    expect(s.solve(s.makeInput(1))).toEqual({ a: [1, 2], s: [1, 2, 3] });
    s.dispose();
  });

  it('times a batch in Python in about the wall time it took (no tight bounds)', () => {
    const s = load('def make_input(n):\n    return list(range(n))\ndef solve(xs):\n    return sum(xs)\n');
    const h = s.makeInput(10_000);
    const t0 = performance.now();
    const ms = s.timeBatch(h, 20);
    const wall = performance.now() - t0;
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThanOrEqual(wall);
    // The Python loop is most of the wall time: crossing into Python once costs far less than 20 sums.
    expect(ms).toBeGreaterThan(wall * 0.2);
    s.dispose();
  });

  it('measures the empty-function baseline through the same Python loop', () => {
    const settings = { ...DEFAULT_SIZE_SETTINGS, tickMs: 0.001, budgetMs: 300 };
    const baselineNs = measureBaselineNs(() => performance.now(), settings, pythonBaselineRunner(py));
    expect(baselineNs).toBeGreaterThan(0);
    // An empty Python call costs tens to hundreds of ns in Pyodide; a generous bound, not a figure.
    expect(baselineNs).toBeLessThan(20_000);
  }, 30_000);

  it('notices code that sorts its input and gives every timed call a fresh input', () => {
    const s = load(
      'import random\ndef make_input(n):\n    return [random.random() for _ in range(n)]\n' +
        'def solve(xs):\n    xs.sort()\n    return xs[0]\n',
    );
    const out = runSeries({
      sizes: [100, 1000],
      now: () => performance.now(),
      solve: s.solve,
      makeInput: s.makeInput,
      timeBatch: s.timeBatch,
      fingerprint: s.fingerprint,
      settings: { ...DEFAULT_SIZE_SETTINGS, tickMs: 0.001, budgetMs: 400 },
      smallLadder: false,
    });
    expect(out.results.length).toBeGreaterThan(0);
    expect(out.results.every((r) => r.mutatesInput)).toBe(true);
    s.dispose();
  }, 60_000);

  it('builds the same input for the same n (random is seeded per size)', () => {
    const s = load(
      'import random\ndef make_input(n):\n    return [random.random() for _ in range(n)]\ndef solve(x):\n    return x\n',
    );
    expect(s.solve(s.makeInput(5))).toEqual(s.solve(s.makeInput(5)));
    s.dispose();
  });

  it('captures print() output, bounded', () => {
    const s = load('def make_input(n):\n    return n\ndef solve(n):\n    print("n is", n)\n    return n\n');
    s.solve(s.makeInput(3));
    expect(s.takeOutput().parts).toEqual([['stdout', 'n is 3\n']]);
    s.dispose();
  });
});

describe('memory', () => {
  const list =
    'def make_input(n):\n    return list(range(n))\ndef solve(xs):\n    return sum([x * x for x in xs])\n';
  const gen =
    'def make_input(n):\n    return list(range(n))\ndef solve(xs):\n    return sum(x * x for x in xs)\n';
  const sizes = [100, 1000, 10_000, 100_000];

  it('measures a list built in memory as O(n) and a generator as O(1)', () => {
    const run = (source: string) => {
      const s = load(source);
      // tracemalloc slows allocation-heavy calls 20–50× here: a generous budget, so only a runaway stops.
      const m = measureMemory(s, sizes, { now: () => performance.now(), budgetMs: 30_000 });
      s.dispose();
      return m.sizes;
    };
    const listPeaks = run(list);
    const genPeaks = run(gen);
    expect(listPeaks.at(-1)!.peakBytes).toBeGreaterThan(100_000 * 8);
    expect(genPeaks.every((p) => p.peakBytes < 1024)).toBe(true);
    expect(makeMemoryVerdict(listPeaks).label).toBe('O(n)');
    expect(makeMemoryVerdict(genPeaks).label).toBe('O(1)');
  }, 60_000);

  it('tells retained memory (a growing global cache) from memory freed after the call', () => {
    const s = load(
      'CACHE = []\ndef make_input(n):\n    return n\ndef solve(n):\n    CACHE.extend(range(n))\n    return 0\n',
    );
    const m = s.memoryPeak(s.makeInput(10_000));
    expect(m.retainedBytes).toBeGreaterThan(10_000 * 8);
    s.dispose();
  });
});

describe('lab mode', () => {
  it('lets a harness build inputs, make the timed call, count and check', () => {
    const harness = [
      'CALLS = {"lookups": 0}',
      'def make_input(n, env):',
      '    env.size = n',
      '    return list(range(n))',
      'def run(learner, inp):',
      '    CALLS["lookups"] += 1',
      '    return learner.find(inp, 3)',
      'def counters():',
      '    return dict(CALLS)',
      'def reset_counters():',
      '    CALLS["lookups"] = 0',
      'def checks(learner, env):',
      '    ok = learner.find([5, 3], 3) == 1',
      '    return [{"id": "finds", "label": "finds 3", "pass": ok, "detail": f"size {env.size}"}]',
    ].join('\n');
    const h = loadPythonHarness(py, harness);
    if (!h.ok) throw new Error(h.error.message);
    const s = load('def find(xs, x):\n    return xs.index(x)\n', { harness: h.harness });
    const input = s.makeInput(10);
    s.counters!.reset();
    expect(s.solve(input)).toBe(3);
    expect(s.counters!.read()).toEqual({ lookups: 1 });
    expect(s.timeBatch(input, 5)).toBeGreaterThan(0);
    expect(s.checks()).toEqual([{ id: 'finds', label: 'finds 3', pass: true, detail: 'size 10' }]);
    s.dispose();
  });
});
