import { describe, expect, it } from 'vitest';
import type { RunSpec, WorkerToPage } from '@/lib/runner/protocol';
import { mulberry32 } from '@/lib/stats/stats';
import { runSpec } from './run-spec';
import { REVISIT_SMALLEST } from './run-series';
import { MAX_SECOND_LOOKS } from './second-look';

const SIZES = [100, 200, 400, 800, 1600];

async function run(spec: Partial<RunSpec> & { series: RunSpec['series'] }) {
  const msgs: WorkerToPage[] = [];
  const realRandom = Math.random;
  let rnd = mulberry32(1);
  Math.random = () => rnd();
  try {
    await runSpec(
      { runId: 7, perSizeBudgetMs: 1500, checkCorrectness: false, sizes: SIZES, ...spec },
      { now: () => performance.now(), post: (m) => msgs.push(m), seedRandom: (s) => (rnd = mulberry32(s)) },
    );
  } finally {
    Math.random = realRandom;
  }
  return msgs;
}

const linear = `exports.makeInput = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 1000));
exports.solve = (a) => { let s = 0; for (const x of a) s += x; return s; };`;

describe('runSpec', () => {
  it('streams started, a size per size, a verdict, then done — all with the run id', async () => {
    const msgs = await run({ series: [{ id: 'learner', code: linear, lineOffset: 0 }] });
    const types = msgs.map((m) => m.type);
    expect(types[0]).toBe('started');
    // Every size once, plus the second looks (the smallest sizes again, and any that stood out).
    const ns = msgs.flatMap((m) => (m.type === 'size' ? [m.result.n] : []));
    expect([...new Set(ns)].sort((a, b) => a - b)).toEqual(SIZES);
    expect(ns.length).toBeGreaterThanOrEqual(SIZES.length);
    expect(ns.length).toBeLessThanOrEqual(SIZES.length + REVISIT_SMALLEST + MAX_SECOND_LOOKS);
    expect(types.at(-2)).toBe('verdict');
    expect(types.at(-1)).toBe('done');
    for (const m of msgs) expect('runId' in m && m.runId).toBe(7);
    const started = msgs[0] as Extract<WorkerToPage, { type: 'started' }>;
    expect(started.sizes).toEqual(SIZES);
    expect(started.baselineNs).toBeGreaterThan(0);
  });

  it('uses the code’s own sizes when the spec has none', async () => {
    const code = `${linear}\nexports.sizes = [10, 20, 30];`;
    const msgs = await run({ sizes: undefined, series: [{ id: 'learner', code, lineOffset: 0 }] });
    const ns = msgs.filter((m) => m.type === 'size').map((m) => (m as { result: { n: number } }).result.n);
    expect(ns).toEqual([10, 20, 30]);
  });

  it('maps a thrown error to the learner’s line, with the size it happened at', async () => {
    const code = `// line 1\nexports.makeInput = (n) => n;\nexports.solve = (n) => {\n  if (n > 300) throw new TypeError('too big');\n  return n;\n};`;
    const msgs = await run({ series: [{ id: 'learner', code, lineOffset: 0 }] });
    const err = msgs.find((m) => m.type === 'error') as Extract<WorkerToPage, { type: 'error' }>;
    expect(err).toMatchObject({ name: 'TypeError', message: 'too big', line: 4, n: 400 });
    expect(msgs.at(-1)?.type).toBe('done');
  });

  it('subtracts the transform’s lineOffset and reports deep recursion as a RangeError', async () => {
    const code = `\n\nexports.makeInput = (n) => n;\nfunction down(k) { return down(k + 1) + 1; }\nexports.solve = (n) => down(n);`;
    const msgs = await run({ series: [{ id: 'learner', code, lineOffset: 2 }] });
    const err = msgs.find((m) => m.type === 'error') as Extract<WorkerToPage, { type: 'error' }>;
    expect(err.name).toBe('RangeError');
    expect(err.line).toBe(2);
  });

  it('explains a missing export', async () => {
    const msgs = await run({
      series: [{ id: 'learner', code: 'exports.makeInput = (n) => n;', lineOffset: 0 }],
    });
    const err = msgs.find((m) => m.type === 'error') as Extract<WorkerToPage, { type: 'error' }>;
    expect(err.message).toMatch(/solve/);
  });

  it('checks the learner against the reference first, and stops a wrong series at the first mismatch', async () => {
    const wrong = linear.replace('return s;', 'return a.length > 300 ? s + 1 : s;');
    const msgs = await run({
      checkCorrectness: true,
      series: [
        { id: 'learner', code: wrong, lineOffset: 0 },
        { id: 'reference', code: linear, lineOffset: 0 },
      ],
    });
    const firstSize = msgs.find((m) => m.type === 'size') as Extract<WorkerToPage, { type: 'size' }>;
    expect(firstSize.series).toBe('reference');
    const mm = msgs.find((m) => m.type === 'mismatch') as Extract<WorkerToPage, { type: 'mismatch' }>;
    expect(mm).toMatchObject({ n: 400, series: 'learner' });
    expect(mm.inputPreview).toMatch(/400 items/);
    expect(Number(mm.actual)).toBe(Number(mm.expected) + 1);
    const learnerSizes = msgs.filter((m) => m.type === 'size' && m.series === 'learner');
    expect(learnerSizes).toHaveLength(2);
    const v = msgs.find((m) => m.type === 'verdict' && m.series === 'learner') as Extract<
      WorkerToPage,
      { type: 'verdict' }
    >;
    expect(v.verdict.inconclusive).toBe(true);
  });

  it('gives every series the same inputs (seeded Math.random)', async () => {
    const code = `exports.makeInput = (n) => Array.from({ length: n }, () => Math.random());
exports.solve = (a) => a.reduce((s, x) => s + x, 0);`;
    const msgs = await run({
      checkCorrectness: true,
      series: [
        { id: 'learner', code, lineOffset: 0 },
        { id: 'reference', code, lineOffset: 0 },
      ],
    });
    expect(msgs.some((m) => m.type === 'mismatch')).toBe(false);
  });

  it('posts console output, bounded', async () => {
    const code = `exports.makeInput = (n) => n;\nexports.solve = (n) => { console.log('n is', n); return n; };`;
    const msgs = await run({ series: [{ id: 'learner', code, lineOffset: 0 }] });
    const logs = msgs.filter((m) => m.type === 'log') as Extract<WorkerToPage, { type: 'log' }>[];
    expect(logs[0]?.text).toBe('n is 100');
    expect(logs.length).toBeLessThanOrEqual(51);
    expect(logs.at(-1)?.text).toMatch(/more console lines/);
  });

  it('lab mode: the harness builds inputs, makes the timed call, counts and checks', async () => {
    const harness = `let calls = 0;
exports.makeInput = (n) => ({ n });
exports.run = (learner, input) => { calls++; return learner.total(input.n); };
exports.resetCounters = () => { calls = 0; };
exports.counters = () => ({ calls });
exports.checks = (learner) => [{ id: 'small', label: 'total(3) is 6', pass: learner.total(3) === 6, detail: '' }];`;
    const code = `exports.total = (n) => { let s = 0; for (let i = 1; i <= n; i++) s += i; return s; };`;
    const msgs = await run({ harness, series: [{ id: 'learner', code, lineOffset: 0 }] });
    const size = msgs.find((m) => m.type === 'size') as Extract<WorkerToPage, { type: 'size' }>;
    expect(size.result.counters).toEqual({ calls: 1 });
    const done = msgs.at(-1) as Extract<WorkerToPage, { type: 'done' }>;
    expect(done.checks).toEqual([{ id: 'small', label: 'total(3) is 6', pass: true, detail: '' }]);
  });

  it('stops a series whose next size would blow the budget, with a prediction', async () => {
    const code = `exports.makeInput = (n) => n;
exports.solve = (n) => { let c = 0; for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) c += i ^ j; return c; };`;
    const msgs = await run({
      sizes: [100, 300, 1000, 3000, 10000, 30000, 100000],
      perSizeBudgetMs: 200,
      series: [{ id: 'learner', code, lineOffset: 0 }],
    });
    const stop = msgs.find((m) => m.type === 'stopped') as Extract<WorkerToPage, { type: 'stopped' }>;
    expect(stop).toBeDefined();
    expect(stop.reason).toBe('budget');
    expect(stop.atN).toBeLessThanOrEqual(30000);
  });
});
