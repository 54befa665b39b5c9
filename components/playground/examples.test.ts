import { describe, expect, it } from 'vitest';
import { PLAYGROUND_EXPORTS } from '@/lib/runner/playground-request';
import { transpileModule } from '@/lib/runner/transpile';

const transpileLearnerCode = (source: string, language: 'typescript') =>
  transpileModule(source, { language, requiredExports: PLAYGROUND_EXPORTS, contract: 'playground' });
import { DEFAULT_EXAMPLE, DEFAULT_PYTHON_EXAMPLE_ID, EXAMPLES } from './examples';
import { exampleSource } from './example-sources';
import { pythonExampleSource } from './example-sources-python';

const TS = EXAMPLES.filter((e) => e.language === 'typescript');
const PY = EXAMPLES.filter((e) => e.language === 'python');

describe('playground examples', () => {
  it('cover every class once, and each has code that follows the contract', () => {
    expect(new Set(TS.map((e) => e.expected)).size).toBe(7);
    for (const ex of TS) {
      const code = exampleSource(ex.id);
      expect(code, ex.id).toBeTypeOf('string');
      const r = transpileLearnerCode(code!, 'typescript');
      expect(r.ok ? [] : r.problems, ex.id).toEqual([]);
    }
    expect(exampleSource(DEFAULT_EXAMPLE.id)).toBe(DEFAULT_EXAMPLE.source);
  });

  it('compute what they claim on a small input', () => {
    const run = (id: string, n: number) => {
      const r = transpileLearnerCode(exampleSource(id)!, 'typescript');
      if (!r.ok) throw new Error(id);
      const mod: Record<string, (x: unknown) => unknown> = {};
      new Function('exports', r.code)(mod);
      return mod.solve!(mod.makeInput!(n));
    };
    expect(run('quadratic-includes', 50)).toBe(0);
    expect(run('linear-set', 50)).toBe(0);
    expect(run('log-search', 1000)).toBe(64);
    expect(run('nlogn-sort', 11)).toBeTypeOf('number');
    expect(run('exponential-subsets', 8)).toBeGreaterThan(0);
  });

  it('in Python: each has code with the contract, and the memory pair is a list against a generator', () => {
    expect(PY.map((e) => e.id)).toContain(DEFAULT_PYTHON_EXAMPLE_ID);
    for (const ex of PY) {
      const code = pythonExampleSource(ex.id);
      expect(code, ex.id).toMatch(/^def make_input\(n\):$/m);
      expect(code, ex.id).toMatch(/^def solve\(\w+\):$/m);
      expect(exampleSource(ex.id), ex.id).toBeUndefined();
    }
    expect(PY.filter((e) => e.memory).map((e) => e.memory)).toEqual(['O(n)', 'O(1)', 'O(n)']);
    expect(pythonExampleSource('py-benchmark-habit')).toMatch(
      /SIZES = \[100, 1_000, 10_000, 100_000, 1_000_000\]/,
    );
  });
});
