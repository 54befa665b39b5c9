import { describe, expect, it } from 'vitest';
import { labs } from '@/lessons/performance-bugs-in-ai-generated-code/labs/index';
import { parseInline } from './inline-markdown';
import { lineDiff } from './line-diff';
import { transpileLab } from './transpile-lab';

describe('lineDiff', () => {
  it('keeps common lines and marks the changed ones', () => {
    expect(lineDiff('a\nb\nc\n', 'a\nx\nc\n')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
    ]);
  });

  it('turns each lab starter into its solution', () => {
    for (const lab of labs) {
      const d = lineDiff(lab.starter, lab.solution);
      expect(
        d
          .filter((l) => l.kind !== 'added')
          .map((l) => l.text)
          .join('\n'),
      ).toBe(lab.starter.replace(/\n$/, ''));
      expect(
        d
          .filter((l) => l.kind !== 'removed')
          .map((l) => l.text)
          .join('\n'),
      ).toBe(lab.solution.replace(/\n$/, ''));
      expect(d.some((l) => l.kind !== 'same')).toBe(true);
    }
  });
});

describe('parseInline', () => {
  it('reads code spans and bold', () => {
    expect(parseInline('Use `Set` and read **Queries** now')).toEqual([
      { kind: 'text', text: 'Use ' },
      { kind: 'code', text: 'Set' },
      { kind: 'text', text: ' and read ' },
      { kind: 'strong', text: 'Queries' },
      { kind: 'text', text: ' now' },
    ]);
  });
});

describe('transpileLab', () => {
  it('accepts every starter and solution', () => {
    for (const lab of labs) {
      expect(transpileLab(lab.starter, lab.requiredExports).ok, lab.id).toBe(true);
      expect(transpileLab(lab.solution, lab.requiredExports).ok, lab.id).toBe(true);
    }
  });

  it('marks a missing export, an import and a syntax error at their lines', () => {
    const r = transpileLab('export function other() {}\n', ['usersWithTeams']);
    expect(r).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/export usersWithTeams/) }],
    });
    expect(transpileLab("import x from 'y';\n", [])).toMatchObject({ ok: false, problems: [{ line: 1 }] });
    expect(transpileLab('const a = 1;\nconst = 2;\n', [])).toMatchObject({
      ok: false,
      problems: [{ line: 2 }],
    });
  });
});
