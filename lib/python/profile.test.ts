import { beforeAll, describe, expect, it } from 'vitest';
import type { CallTreeNode, ProfileReport } from '@/lib/profile/types';
import { PythonError } from './errors';
import { loadPythonSeries } from './load-python-series';
import { loadTestPyodide, PYODIDE_LOAD_TIMEOUT_MS, type TestPyodide } from './pyodide.test-helpers';

let py: TestPyodide;
beforeAll(async () => {
  py = (await loadTestPyodide()).py;
}, PYODIDE_LOAD_TIMEOUT_MS);

function profile(source: string, n: number, minMs = 100): ProfileReport {
  const r = loadPythonSeries(py, source);
  if (!r.ok) throw new Error(r.error.message);
  try {
    return r.series.profile(r.series.makeInput(n), { minMs, maxMs: 3000 });
  } finally {
    r.series.dispose();
  }
}
const hits = (p: ProfileReport) => Object.fromEntries(p.lines.map((l) => [l.line, l.hits]));
/** Python's own state after a profile: no monitoring tool left claimed, garbage collection back on. */
const pythonState = () =>
  String(
    py.runPython('import sys, gc\nstr(([sys.monitoring.get_tool(i) for i in range(6)], gc.isenabled()))'),
  );
const CLEAN = '([None, None, None, None, None, None], True)';

describe('profiling Python', () => {
  it('counts every line exactly and calls each function as often as it ran', () => {
    const p = profile(
      [
        'def make_input(n):',
        '    return n',
        'def solve(n):',
        '    total = 0',
        '    for i in range(n):',
        '        total += i',
        '    return total',
      ].join('\n'),
      50,
    );
    expect(p.language).toBe('python');
    expect(p.n).toBe(50);
    expect(p.calls).toBeGreaterThan(0);
    expect(hits(p)).toEqual({ 4: p.calls, 5: 51 * p.calls, 6: 50 * p.calls, 7: p.calls });
    const solve = p.functions.find((f) => f.name === 'solve')!;
    expect(solve).toMatchObject({ line: 3, calls: p.calls });
    expect(p.lines.every((l) => l.fn === solve.id)).toBe(true);
    expect(p.tree.children.map((c) => [c.fn, c.calls])).toEqual([[solve.id, p.calls]]);
    expect(p.method).toContain('cProfile');
    expect(pythonState()).toBe(CLEAN);
  }, 60_000);

  it('puts the `x in list` line first among the hot lines', () => {
    const p = profile(
      [
        'def make_input(n):',
        '    return list(range(n))',
        'def solve(xs):',
        '    seen = []',
        '    dups = 0',
        '    for x in xs:',
        '        if x in seen:',
        '            dups += 1',
        '        seen.append(x)',
        '    return dups',
      ].join('\n'),
      2000,
    );
    const ranked = [...p.lines].sort((a, b) => b.selfNs - a.selfNs);
    expect(ranked[0]!.line).toBe(7);
    expect(ranked[0]!.share).toBeGreaterThan(0.5);
    expect(hits(p)[7]).toBe(2000 * p.calls);
  }, 60_000);

  it('follows recursion, generators and a learner function called from a built-in', () => {
    const p = profile(
      [
        'def make_input(n):',
        '    return n',
        'def fib(k):',
        '    return k if k < 2 else fib(k - 1) + fib(k - 2)',
        'def key(x):',
        '    return -x',
        'def solve(n):',
        '    squares = sum(i * i for i in range(n))',
        '    return fib(10) + squares + sorted(range(n), key=key)[0]',
      ].join('\n'),
      30,
      50,
    );
    const fn = (name: string) => p.functions.find((f) => f.name === name)!;
    expect(fn('fib').calls).toBe(177 * p.calls);
    expect(fn('key').calls).toBe(30 * p.calls);
    expect(fn('solve').totalNs).toBeGreaterThanOrEqual(fn('solve').selfNs);
    const depth = (node: CallTreeNode): number => 1 + Math.max(0, ...node.children.map(depth));
    expect(depth(p.tree)).toBeGreaterThanOrEqual(10); // root, solve, then fib nine deep
    const solveNode = p.tree.children[0]!;
    const kids = solveNode.children.map((c) => p.functions[c.fn]!.name).sort();
    expect(kids).toEqual(['fib', 'key', 'solve.<locals>.<genexpr>'].sort());
    expect(pythonState()).toBe(CLEAN);
  }, 60_000);

  it('lists a method once, by its qualified name, with cProfile’s exact call count', () => {
    const p = profile(
      [
        'class Acc:',
        '    def __init__(self):',
        '        self.total = 0',
        '    def add(self, x):',
        '        self.total += x',
        'def make_input(n):',
        '    return list(range(n))',
        'def solve(xs):',
        '    acc = Acc()',
        '    for x in xs:',
        '        acc.add(x)',
        '    return acc.total',
      ].join('\n'),
      40,
      50,
    );
    const names = p.functions.map((f) => f.name).sort();
    expect(names).toEqual(['Acc.__init__', 'Acc.add', 'solve']);
    expect(p.functions.find((f) => f.name === 'Acc.add')).toMatchObject({ line: 4, calls: 40 * p.calls });
  }, 60_000);

  it('reports an error raised while profiling and leaves Python as it was', () => {
    const r = loadPythonSeries(
      py,
      'def make_input(n):\n    return n\ndef solve(n):\n    return 1 // (n - n)\n',
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(() => r.series.profile(r.series.makeInput(1))).toThrow(PythonError);
    r.series.dispose();
    expect(pythonState()).toBe(CLEAN);
  }, 60_000);
});
