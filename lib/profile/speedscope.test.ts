import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { profileSource } from './profile.test-helpers';
import { SPEEDSCOPE_SCHEMA, toSpeedscope, type SpeedscopeFile } from './speedscope';
import type { CallTreeNode, ProfileReport } from './types';

const schema = JSON.parse(
  readFileSync(
    new URL('../../node_modules/speedscope/dist/release/file-format-schema.json', import.meta.url),
    'utf8',
  ),
) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** The rules speedscope enforces on import: `at` never decreases; a close matches the frame on top. */
function checkNesting(file: SpeedscopeFile): void {
  for (const p of file.profiles) {
    const stack: number[] = [];
    let at = p.startValue;
    for (const e of p.events) {
      expect(e.at).toBeGreaterThanOrEqual(at);
      at = e.at;
      expect(e.frame).toBeLessThan(file.shared.frames.length);
      if (e.type === 'O') stack.push(e.frame);
      else expect(stack.pop()).toBe(e.frame);
    }
    expect(stack).toEqual([]);
    expect(at).toBeLessThanOrEqual(p.endValue);
  }
}

function report(tree: CallTreeNode, names: string[]): ProfileReport {
  return {
    language: 'javascript',
    n: 1000,
    calls: 3,
    plainNsPerCall: 1e6,
    instrumentedNsPerCall: 5e6,
    overhead: 5,
    probeCostNs: 30,
    totalSelfNs: tree.totalNs,
    functions: names.map((name, id) => ({ id, name, line: id + 1, calls: 1, selfNs: 0, totalNs: 0 })),
    lines: [],
    tree,
    method: 'test',
  };
}

const node = (fn: number, selfNs: number, children: CallTreeNode[] = []): CallTreeNode => ({
  fn,
  calls: 1,
  selfNs,
  totalNs: selfNs + children.reduce((s, c) => s + c.totalNs, 0),
  children,
});

describe('speedscope export', () => {
  it('is valid against the schema speedscope ships, and nests exactly, for a real profile', async () => {
    const { outcome } = await profileSource(`export function makeInput(n) { return n; }
function leaf(i) { work(0.001 * i); return i; }
function mid(i) { return leaf(i) + leaf(i + 1); }
function rec(k) { return k ? rec(k - 1) + mid(k) : 0; }
export function solve(n) { let s = 0; for (let i = 0; i < 5; i++) s += rec(i) + mid(i); return s; }`);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const file = toSpeedscope(outcome.report, { file: 'solution.js' });
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(file.$schema).toBe(SPEEDSCOPE_SCHEMA);
    // The validator does reject a broken file.
    expect(validate({ ...file, profiles: [{ type: 'evented', events: [] }] })).toBe(false);
    expect(validate({ ...file, $schema: 'elsewhere' })).toBe(false);
    checkNesting(file);
    const names = file.shared.frames.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['leaf', 'mid', 'rec', 'solve']));
    expect(file.shared.frames.find((f) => f.name === 'leaf')).toMatchObject({ file: 'solution.js', line: 2 });
  });

  it('gives every node its total time as width, children first, and the root the whole profile', () => {
    const tree = node(-1, 10, [node(0, 100, [node(1, 30), node(2, 20, [node(1, 5)])]), node(1, 7)]);
    const file = toSpeedscope(report(tree, ['solve', 'helper', 'other']), { file: 'a.ts', entry: 'solve' });
    expect(validate(file)).toBe(true);
    checkNesting(file);
    const p = file.profiles[0]!;
    expect(p.endValue).toBe(172);
    const root = file.shared.frames.length - 1;
    expect(p.events.map((e) => `${e.type}${e.frame === root ? 'R' : e.frame}@${e.at}`)).toEqual([
      'OR@0',
      'O0@0',
      'O1@0',
      'C1@30',
      'O2@30',
      'O1@30',
      'C1@35',
      'C2@55',
      'C0@155',
      'O1@155',
      'C1@162',
      'CR@172',
    ]);
    expect(file.shared.frames[root]!.name).toBe('solve, n = 1,000 (3 calls)');
  });

  it('stays valid for an empty profile and a deep tree', () => {
    const empty = toSpeedscope(report(node(-1, 0), []), { file: 'a.js' });
    expect(validate(empty)).toBe(true);
    checkNesting(empty);
    let deep = node(0, 1);
    for (let i = 0; i < 3000; i++) deep = node(0, 1, [deep]);
    const file = toSpeedscope(report(node(-1, 0, [deep]), ['rec']), { file: 'a.js' });
    expect(validate(file)).toBe(true);
    checkNesting(file);
    expect(file.profiles[0]!.endValue).toBe(3001);
  });
});
