import { describe, expect, it } from 'vitest';
import { parseInline } from './inline-markdown';
import { lineDiff } from './line-diff';
import { transpileModule } from '@/lib/runner/transpile';

describe('lineDiff', () => {
  it('keeps common lines and marks the changed ones', () => {
    expect(lineDiff('a\nb\nc\n', 'a\nx\nc\n')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
    ]);
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

describe('transpileModule with a lab contract', () => {
  const lab = (source: string, requiredExports: string[] = []) =>
    transpileModule(source, { language: 'typescript', requiredExports, contract: 'lab' });

  it('marks a missing export, an import and a syntax error at their lines', () => {
    expect(lab('export function other() {}\n', ['usersWithTeams'])).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/export usersWithTeams/) }],
    });
    expect(lab("import x from 'y';\n")).toMatchObject({ ok: false, problems: [{ line: 1 }] });
    expect(lab('const a = 1;\nconst = 2;\n')).toMatchObject({ ok: false, problems: [{ line: 2 }] });
  });
});
