import { describe, expect, it } from 'vitest';
import { hotSpots, rankLines } from './hot-spots';
import { profileSource } from './profile.test-helpers';
import type { ProfileReport } from './types';

const HOT = `export function makeInput(n) {
  return Array.from({ length: n }, (_, i) => i);
}
function cheap(x) {
  work(0.0001);
  return x;
}
export function solve(xs) {
  let s = 0;
  for (const x of xs) {
    s += cheap(x);
    if (x % 10 === 0) work(0.01);
  }
  return s;
}`;

async function report(
  source: string,
  opts: Parameters<typeof profileSource>[1] = {},
): Promise<ProfileReport> {
  const { outcome } = await profileSource(source, opts);
  if (!outcome.ok) throw new Error(`${outcome.phase}: ${outcome.error.message}`);
  return outcome.report;
}

describe('profileRun', () => {
  it('ranks the line doing the work first, though a helper is called more often', async () => {
    const r = await report(HOT);
    // Line 11 only calls the helper: with the probes' cost subtracted exactly, it has no time of its own.
    expect(hotSpots(r, 3).map((h) => h.line)).toEqual([12, 5]);
    // The clock is exact and each read costs 50 ns: the probe costs are measured and subtracted exactly.
    expect(r.probeCostNs).toBeCloseTo(50, 3);
    expect(r.callProbeCostNs).toBeCloseTo(50, 3);
    const perCall = (line: number) => r.lines.find((l) => l.line === line)!.selfNs / r.calls / 1e6;
    expect(perCall(12)).toBeCloseTo(0.1, 4);
    expect(perCall(5)).toBeCloseTo(0.01, 4);
    // The if runs 100 times per call, and the statement after it (same line) 10 times.
    expect(r.lines.find((l) => l.line === 12)!.hits).toBe(110 * r.calls);
  });

  it('says what it measured: calls, overhead against the plain call, and how', async () => {
    const r = await report(HOT);
    expect(r.calls).toBeGreaterThanOrEqual(1);
    expect(r.overhead).toBeCloseTo(r.instrumentedNsPerCall / r.plainNsPerCall, 9);
    expect(r.overhead).toBeGreaterThan(1);
    expect(r.plainNsPerCall).toBeGreaterThan(0.11e6);
    expect(r.method).toContain(`${r.calls.toLocaleString('en-US')} call`);
    expect(r.method).toContain('n = 100');
    expect(r.method).toMatch(/slower/);
    const solve = r.functions.find((f) => f.name === 'solve')!;
    expect(solve.calls).toBe(r.calls);
    expect(r.tree.children.map((c) => c.fn)).toEqual([solve.id]);
    const sum = r.lines.reduce((a, l) => a + l.share, 0);
    expect(sum).toBeCloseTo(1, 9);
    expect(rankLines(r).map((l) => l.line)[0]).toBe(12);
  });

  it('repeats a short call until enough time has accrued, and never starts one past the cap', async () => {
    const r = await report(HOT, { settings: { targetMs: 5, minBatches: 1 } });
    expect(r.calls).toBeGreaterThan(1);
    const long = await report(HOT.replace('work(0.01)', 'work(50)'), { settings: { capMs: 1 } });
    expect(long.calls).toBe(1);
  });

  it('builds a fresh input for every call when the code changes its input', async () => {
    const src = `export function makeInput(n) { return { items: Array.from({ length: n }, (_, i) => n - i), used: false }; }
export function solve(input) {
  if (input.used) throw new Error('input reused');
  input.used = true;
  input.items.sort((a, b) => a - b);
  work(0.05);
  return input.items[0];
}`;
    const r = await report(src, { settings: { targetMs: 5 } });
    expect(r.calls).toBeGreaterThan(1);
  });

  it('profiles async code, awaiting each call', async () => {
    const src = `export function makeInput(n) { return n; }
async function step(i) {
  await null;
  if (i === 3) work(1);
  return i;
}
export async function solve(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += await step(i);
  return s;
}`;
    const r = await report(src, { n: 10 });
    expect(hotSpots(r, 1)[0]!.line).toBe(4);
    const step = r.functions.find((f) => f.name === 'step')!;
    expect(step.calls).toBe(10 * r.calls);
  });

  it('tells each phase as it starts', async () => {
    const phases: string[] = [];
    await profileSource(HOT, { onPhase: (p) => phases.push(p) });
    expect(phases).toEqual(['plain', 'profile']);
  });

  it('takes the plain time when already measured, and profiles a lab-style call', async () => {
    const src = `export function makeInput(n) { return n; }
export function report(n) { work(0.5); return n; }`;
    const r = await report(src, {
      plainNsPerCall: 400_000,
      callOnce: (exports, input) => (exports.report as (n: unknown) => unknown)(input),
    });
    expect(r.plainNsPerCall).toBe(400_000);
    expect(r.method).toContain('from the last run');
    expect(hotSpots(r, 1)[0]!.line).toBe(2);
  });

  it('reports where it failed: loading, or the learner code throwing', async () => {
    const load = await profileSource(`undefinedThing();\nexport function makeInput(n) { return n; }`);
    expect(load.outcome).toMatchObject({ ok: false, phase: 'load' });
    const thrown = await profileSource(
      `export function makeInput(n) { return n; }\nexport function solve(n) {\n  throw new RangeError('too big: ' + n);\n}`,
    );
    expect(thrown.outcome).toMatchObject({ ok: false, phase: 'plain', error: { message: 'too big: 100' } });
  });
});

describe('line map through TypeScript', () => {
  it("puts every figure on the learner's own TypeScript line", async () => {
    const src = `interface Row {
  id: number;
  tags: string[];
}
type Index = Map<number, Row>;

export function makeInput(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => ({ id: i, tags: ['t' + i] }));
}

enum Mode {
  Fast,
  Slow,
}

export function solve(rows: Row[]): number {
  const index: Index = new Map();
  let mode: Mode = Mode.Fast;
  for (const row of rows) {
    index.set(row.id, row);
    if (row.id % 5 === 0) work(0.02) as unknown as void;
    mode = row.id > 1 ? Mode.Slow : mode;
  }
  return index.size + mode;
}`;
    const r = await report(src, { language: 'typescript' });
    expect(hotSpots(r, 1)[0]!.line).toBe(21);
    const byLine = new Map(r.lines.map((l) => [l.line, l.hits / r.calls]));
    expect(byLine.get(19)).toBe(101);
    expect(byLine.get(20)).toBe(100);
    expect(byLine.get(17)).toBe(1);
    expect(byLine.get(24)).toBe(1);
    expect(r.functions.find((f) => f.name === 'solve')!.line).toBe(16);
  });
});
