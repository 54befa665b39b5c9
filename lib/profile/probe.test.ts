import { describe, expect, it } from 'vitest';
import { ProbeCalibrator, type ProbeCosts } from './calibrate';
import type { ProbeLimits } from './probe';
import { buildFunctions, buildLines, buildTree } from './report';
import { fnId, loadBoth, workClock, type Loaded } from './profile.test-helpers';
import type { CallTreeNode } from './types';

/** Loads `source` with a clock that only moves when the code calls `work(ms)` (a stand-in builtin). */
function withWork(source: string, limits?: ProbeLimits) {
  const clock = workClock();
  return loadBoth(source, { now: clock.now, globals: { work: clock.work }, ...(limits ? { limits } : {}) });
}

async function profileOnce(l: Loaded, args: unknown[] = [], costs?: ProbeCosts) {
  l.probe.start();
  const out = await (l.profiled.solve as (...a: unknown[]) => unknown)(...args);
  l.probe.stop();
  const data = l.probe.data();
  const probes = l.ins.probes;
  const lines = new Map(buildLines({ data, probes, maxLine: l.ins.maxLine }, costs).map((x) => [x.line, x]));
  const fns = buildFunctions(data, l.ins.functions, costs);
  const fn = (name: string) => fns[fnId(l.ins, name)]!;
  return { out, data, lines, fn, tree: buildTree(data, costs) };
}

const ms = (ns: number) => ns / 1e6;

describe('probe: exact counts', () => {
  it('counts statements, loop tests and iterations exactly', async () => {
    const src = `export function solve(xs) {
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] % 2 === 0) {
      s += xs[i];
    }
  }
  for (const x of xs) s -= x;
  let k = 0;
  while (k < 3) k++;
  return s;
}`;
    const l = withWork(src);
    const { lines, fn } = await profileOnce(l, [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]);
    const hits = Object.fromEntries([...lines].map(([line, x]) => [line, x.hits]));
    // for: 11 tests; for-of: 1 start + 10 iterations + 10 body statements; while: 4 tests + 3 bodies.
    expect(hits).toEqual({ 2: 1, 3: 11, 4: 10, 5: 5, 8: 21, 9: 1, 10: 7, 11: 1 });
    expect(fn('solve').calls).toBe(1);
  });
});

describe('probe: where time goes (a clock that moves only with work)', () => {
  it('charges a callee its own lines, and a builtin the line that called it', async () => {
    const src = `function helper(x) {
  work(10);
  return x;
}
export function solve(xs) {
  let s = 0;
  for (const x of xs) {
    work(1);
    s += helper(x);
  }
  return s;
}`;
    const l = withWork(src);
    const { lines, fn, tree } = await profileOnce(l, [[1, 2, 3]]);
    expect(ms(lines.get(2)!.selfNs)).toBeCloseTo(30, 6);
    expect(ms(lines.get(8)!.selfNs)).toBeCloseTo(3, 6);
    expect(ms(lines.get(9)?.selfNs ?? 0)).toBeCloseTo(0, 6);
    expect(lines.get(2)!.share).toBeCloseTo(30 / 33, 6);
    expect([fn('helper').calls, ms(fn('helper').selfNs), ms(fn('helper').totalNs)]).toEqual([3, 30, 30]);
    expect([ms(fn('solve').selfNs), ms(fn('solve').totalNs)]).toEqual([3, 33]);
    const solve = tree.children[0]!;
    expect([solve.calls, ms(solve.totalNs), solve.children[0]!.calls]).toEqual([1, 33, 3]);
  });

  it('keeps frames nested through throws and early returns', async () => {
    const src = `function a(x) {
  work(1);
  if (x) throw new Error('x');
  return b();
}
function b() { work(2); return 1; }
export function solve() {
  let s = 0;
  for (const x of [0, 1, 0]) { try { s += a(x); } catch { work(5); } }
  return s;
}`;
    const l = withWork(src);
    const { out, data, fn } = await profileOnce(l);
    expect(out).toBe(2);
    expect(data.leftOpen).toBe(0);
    expect([fn('a').calls, ms(fn('a').selfNs), ms(fn('a').totalNs)]).toEqual([3, 3, 7]);
    expect([fn('b').calls, ms(fn('b').selfNs)]).toEqual([2, 4]);
    expect(ms(fn('solve').selfNs)).toBe(5);
  });

  it('closes a frame at each await and reopens it after', async () => {
    const src = `async function inner() {
  work(1);
  await null;
  work(2);
  return 1;
}
export async function solve() {
  work(10);
  const v = await inner();
  work(100);
  return v;
}`;
    const l = withWork(src);
    const { out, data, fn, lines } = await profileOnce(l);
    expect(out).toBe(1);
    expect(data.leftOpen).toBe(0);
    expect([ms(fn('inner').selfNs), ms(fn('inner').totalNs)]).toEqual([3, 3]);
    expect([ms(fn('solve').selfNs), ms(fn('solve').totalNs)]).toEqual([110, 113]);
    expect(ms(lines.get(4)!.selfNs)).toBe(2);
    expect(ms(lines.get(10)!.selfNs)).toBe(100);
  });

  it('closes the frame at every step of a for await loop, even with two loops running at once', async () => {
    const src = `async function* gen(n) {
  for (let i = 0; i < n; i++) { await null; work(1); yield i; }
}
async function consume(n) {
  let s = 0;
  for await (const v of gen(n)) { work(10); s += v; }
  return s;
}
export async function solve() {
  const [a, b] = await Promise.all([consume(3), consume(2)]);
  return a + b;
}`;
    const l = withWork(src);
    const { out, data, fn } = await profileOnce(l);
    expect(out).toBe(4);
    expect(data.leftOpen).toBe(0);
    expect([fn('gen').calls, ms(fn('gen').selfNs)]).toEqual([2, 5]);
    expect([fn('consume').calls, ms(fn('consume').selfNs), ms(fn('solve').selfNs)]).toEqual([2, 50, 0]);
  });

  it('closes a generator frame at each yield; the consumer keeps its own time', async () => {
    const src = `function* gen() {
  work(1);
  yield 1;
  work(2);
  yield 2;
  work(4);
}
export function solve() {
  let s = 0;
  for (const v of gen()) { work(10); s += v; }
  return s;
}`;
    const l = withWork(src);
    const { out, data, fn, tree } = await profileOnce(l);
    expect(out).toBe(3);
    expect(data.leftOpen).toBe(0);
    expect([fn('gen').calls, ms(fn('gen').selfNs), ms(fn('solve').selfNs)]).toEqual([1, 7, 20]);
    expect(tree.children[0]!.children.map((c) => c.fn)).toEqual([fnId(l.ins, 'gen')]);
  });

  it('counts a recursive function once in its total, and folds a deep tree', async () => {
    const src = `function rec(n) { work(1); return n ? rec(n - 1) : 0; }
export function solve(n) { return rec(n); }`;
    const l = withWork(src);
    const { fn, tree } = await profileOnce(l, [9]);
    expect([fn('rec').calls, ms(fn('rec').selfNs), ms(fn('rec').totalNs)]).toEqual([10, 10, 10]);
    let depth = 0;
    for (let n: CallTreeNode | undefined = tree; n; n = n.children[0]) depth++;
    expect(depth).toBe(12);

    const folded = withWork(src, { maxDepth: 100, maxTreeNodes: 100, maxTreeDepth: 4, maxSuspended: 10 });
    const r = await profileOnce(folded, [9]);
    expect(r.data.tree.folded).toBeGreaterThan(0);
    expect(ms(r.tree.totalNs)).toBe(10);
  });
});

describe('probe cost', () => {
  it('is measured and subtracted: with a clock that costs 50 ns per read, times equal the work done', async () => {
    let t = 0;
    const now = () => (t += 0.00005);
    const src = `function helper() { work(0.01); return 1; }
export function solve(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += helper();
    work(0.001);
  }
  return s;
}`;
    const l = loadBoth(src, { now, globals: { work: (x: number) => (t += x) } });
    const calibrator = new ProbeCalibrator(now, 1000);
    calibrator.measure(3);
    const costs = calibrator.costs();
    expect(costs.lineMs).toBeCloseTo(0.00005, 6);
    expect(costs.callMs).toBeCloseTo(0.00005, 6);
    const { lines } = await profileOnce(l, [1000], costs);
    expect(ms(lines.get(1)!.selfNs)).toBeCloseTo(10, 2);
    expect(ms(lines.get(6)!.selfNs)).toBeCloseTo(1, 2);
  });
});
