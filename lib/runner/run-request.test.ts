import { describe, expect, it } from 'vitest';
import { PLAYGROUND_MEMORY_BUDGET_MS, playgroundRequest } from './playground-request';
import { profileRequest } from './profile-request';
import { buildRunSpec, sourceProblems } from './run-request';
import { MAX_SOURCE_CHARS } from './transpile';

const PY = 'def make_input(n):\n    return n\n\ndef solve(x):\n    return x\n';

describe('buildRunSpec for Python', () => {
  it('passes the source through untouched, marked Python, with the memory pass budget', () => {
    const built = buildRunSpec(playgroundRequest(PY, 'python'));
    expect(built).toEqual({
      ok: true,
      spec: {
        series: [{ id: 'learner', code: PY, lineOffset: 0, language: 'python' }],
        perSizeBudgetMs: 1000,
        checkCorrectness: false,
        memoryBudgetMs: PLAYGROUND_MEMORY_BUDGET_MS,
      },
    });
  });

  it('a profile request has no memory pass', () => {
    const built = buildRunSpec(profileRequest(playgroundRequest(PY, 'python'), { n: 1000 }));
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.spec).not.toHaveProperty('memoryBudgetMs');
    expect(built.spec.profile).toEqual({ n: 1000 });
  });

  it('checks only the size of Python on the page (its interpreter finds the rest)', () => {
    const request = playgroundRequest(PY, 'python');
    expect(sourceProblems('def solve(x)\n    return x\n', request)).toEqual([]);
    const big = `# ${'x'.repeat(MAX_SOURCE_CHARS)}\n${PY}`;
    expect(sourceProblems(big, request)).toEqual([
      { line: 1, column: 1, message: expect.stringMatching(/the limit is 100,000/) },
    ]);
    expect(buildRunSpec(playgroundRequest(big, 'python'))).toMatchObject({ ok: false, series: 'learner' });
  });

  it('JavaScript requests are unchanged: transpiled, no language, no memory pass', () => {
    const js = 'export function makeInput(n) { return n; }\nexport function solve(x) { return x; }\n';
    const built = buildRunSpec(playgroundRequest(js, 'javascript'));
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.spec.series[0]).not.toHaveProperty('language');
    expect(built.spec).not.toHaveProperty('memoryBudgetMs');
    expect(built.spec.series[0]!.code).toContain('exports');
  });
});
