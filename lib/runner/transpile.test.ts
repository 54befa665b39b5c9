import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_CHARS, transpileModule, type SourceLanguage } from './transpile';
import { PLAYGROUND_EXPORTS } from './playground-request';

/** The playground's contract, as the playground runs it. */
const transpileLearnerCode = (source: string, language: SourceLanguage) =>
  transpileModule(source, { language, requiredExports: PLAYGROUND_EXPORTS, contract: 'playground' });

const TS_SNIPPET = [
  '// sums the input',
  'type Item = number;',
  'export const sizes = [100, 1000];',
  'export function makeInput(n: number): Item[] {',
  '  return Array.from({ length: n }, (_, i) => i);',
  '}',
  'export function solve(input: Item[]): number {',
  '  let total = 0;',
  '  for (const v of input) total += v; // LINE9',
  '  return total;',
  '}',
].join('\n');

function evaluate(code: string): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  new Function('exports', code)(exports);
  return exports;
}

describe('transpileLearnerCode', () => {
  it('turns a TypeScript module into CommonJS that exports the contract', () => {
    const r = transpileLearnerCode(TS_SNIPPET, 'typescript');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.lineOffset).toBe(0);
    const mod = evaluate(r.code);
    expect(mod.sizes).toEqual([100, 1000]);
    const makeInput = mod.makeInput as (n: number) => number[];
    const solve = mod.solve as (a: number[]) => number;
    expect(solve(makeInput(5))).toBe(10);
  });

  it('keeps every line of the learner on the same line', () => {
    const r = transpileLearnerCode(TS_SNIPPET, 'typescript');
    if (!r.ok) throw new Error('expected ok');
    const lines = r.code.split('\n');
    expect(lines.length).toBe(TS_SNIPPET.split('\n').length);
    expect(lines.findIndex((l) => l.includes('LINE9')) + 1).toBe(9);
  });

  it('accepts plain JavaScript and export lists', () => {
    const js = 'const makeInput = (n) => n;\nconst solve = (x) => x * 2;\nexport { makeInput, solve };';
    const r = transpileLearnerCode(js, 'javascript');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect((evaluate(r.code).solve as (x: number) => number)(4)).toBe(8);
  });

  it('reports a TypeScript syntax error at its line and column (1-based)', () => {
    const src =
      'export function makeInput(n: number) { return n; }\n\nexport function solve(x: number) {\n  let y = ;\n}';
    const r = transpileLearnerCode(src, 'typescript');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 4, column: 11 });
    expect(r.problems[0]?.message).toMatch(/^Syntax error: /);
    expect(r.problems[0]?.message).not.toMatch(/\(\d+:\d+\)$/);
  });

  it('rejects type annotations in JavaScript mode', () => {
    const r = transpileLearnerCode('export function solve(x: number) { return x; }', 'javascript');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.line).toBe(1);
  });

  it('names a missing solve or makeInput export', () => {
    const r = transpileLearnerCode('export function solve(x: number) { return x; }', 'typescript');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.message).join(' ')).toMatch(/makeInput/);
    expect(r.problems.map((p) => p.message).join(' ')).not.toMatch(/Missing `export function solve/);

    const none = transpileLearnerCode('function solve() {}\nfunction makeInput() {}', 'javascript');
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.problems).toHaveLength(2);
  });

  it('refuses static imports with a marker on their line', () => {
    const src =
      'export function makeInput(n) { return n; }\nimport { x } from "y";\nexport function solve() { return x; }';
    const r = transpileLearnerCode(src, 'javascript');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ line: 2, column: 1 });
  });

  it('refuses code over the size limit without transforming it', () => {
    const r = transpileLearnerCode('x'.repeat(MAX_SOURCE_CHARS + 1), 'javascript');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/limit/);
  });
});
