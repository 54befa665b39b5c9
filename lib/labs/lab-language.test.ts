import { describe, expect, it } from 'vitest';
import { hashLanguage, labCodeKey, labIn, labLanguages } from './lab-language';
import { labRunRequest } from './lab-run-request';
import type { Lab } from './types';

const base = {
  id: 'one-lab',
  starter: 'export function f() {}',
  solution: 'export function f() { return 1; }',
  harness: 'module.exports = {}',
  requiredExports: ['f'],
  needsSqlite: true,
  sizes: [1, 2, 3],
  budget: { maxClass: 'O(n)' },
  hints: ['js hint'],
  prose: { why: 'w', see: 's', fix: 'js fix', contract: 'js contract' },
  tests: { starterFails: 'class', starterReason: 'x' },
  prediction: { kind: 'line', question: 'q', answer: 4, explain: 'e' },
} as unknown as Lab;

const py = {
  starter: 'def f():\n    pass\n',
  solution: 'def f():\n    return 1\n',
  harness: 'def run(learner, inp):\n    return learner.f()\n',
  requiredExports: ['f'],
  prose: { contract: 'py contract' },
  predictionLine: 2,
  tests: { starterFails: 'speedup', starterReason: 'y' },
};

describe('labIn', () => {
  it('a lab without a Python form stays as it is, in either language', () => {
    expect(labLanguages(base)).toEqual(['javascript']);
    expect(labIn(base, 'python')).toBe(base);
    expect(labIn(base, 'javascript')).toBe(base);
  });

  it('overlays the Python form: its code, contract, prediction line and tests; the rest is kept', () => {
    const lab = { ...base, python: py } as Lab;
    expect(labLanguages(lab)).toEqual(['javascript', 'python']);
    const p = labIn(lab, 'python');
    expect(p.language).toBe('python');
    expect(p.starter).toBe(py.starter);
    expect(p.harness).toBe(py.harness);
    expect(p.needsSqlite).toBe(false);
    expect(p.prose).toEqual({ why: 'w', see: 's', fix: 'js fix', contract: 'py contract' });
    expect(p.hints).toEqual(['js hint']);
    expect(p.sizes).toEqual([1, 2, 3]);
    expect(p.prediction).toMatchObject({ kind: 'line', answer: 2 });
    expect(p.tests.starterFails).toBe('speedup');
    expect(labIn(p, 'python')).toBe(p);
  });

  it('takes the Python pattern note and prediction explanation when the form has them', () => {
    const plain = labIn({ ...base, patternNote: 'js note', python: py } as Lab, 'python');
    expect(plain.patternNote).toBe('js note');
    expect(plain.prediction?.explain).toBe('e');
    const own = { ...py, patternNote: 'py note', predictionExplain: 'py explain' };
    const p = labIn({ ...base, patternNote: 'js note', python: own } as Lab, 'python');
    expect(p.patternNote).toBe('py note');
    expect(p.prediction).toMatchObject({ kind: 'line', answer: 2, explain: 'py explain' });
  });

  it('the run request of a Python lab is a Python request with the Python harness', () => {
    const p = labIn({ ...base, python: py } as Lab, 'python');
    const r = labRunRequest(p, [['learner', p.starter]]);
    expect(r.language).toBe('python');
    expect(r.harness).toBe(py.harness);
    expect(r.needsSqlite).toBe(false);
    expect(labRunRequest(base, [['learner', base.starter]]).language).toBe('typescript');
  });
});

describe('hashLanguage', () => {
  it('reads lang= in any order, and a share link without it as TypeScript', () => {
    expect(hashLanguage('#lang=python')).toBe('python');
    expect(hashLanguage('#code=abc&lang=py')).toBe('python');
    expect(hashLanguage('#lang=js')).toBe('javascript');
    expect(hashLanguage('#code=abc')).toBe('javascript');
    expect(hashLanguage('')).toBeNull();
    expect(hashLanguage('#lang=ruby')).toBeNull();
  });
});

describe('labCodeKey', () => {
  it('keeps each language’s code under its own key', () => {
    const lab = { ...base, python: py } as Lab;
    expect(labCodeKey(lab)).toBe('one-lab');
    expect(labCodeKey(labIn(lab, 'python'))).toBe('one-lab.py');
    const only = { ...base, language: 'python', pythonOnly: true } as Lab;
    expect(labCodeKey(only)).toBe('one-lab');
  });
});
