import { describe, expect, it } from 'vitest';
import { LINE_CHOICE_CHARS, lineChoices, shorten } from './line-choices';

const SOURCE = `import { x } from './x';

export interface Row {
  id: string;
  tags: { name: string }[];
}
type Id = string;

/** Sums the rows. */
export function total(rows: Row[]): number {
  // one pass
  let sum = 0;
  for (const r of rows) {
    sum += r.id.length;
  }
  return sum;
}
`;

describe('lineChoices', () => {
  it('offers the lines that hold code, with their own numbers', () => {
    expect(lineChoices(SOURCE)).toEqual([
      { line: 10, code: 'export function total(rows: Row[]): number {' },
      { line: 12, code: 'let sum = 0;' },
      { line: 13, code: 'for (const r of rows) {' },
      { line: 14, code: 'sum += r.id.length;' },
      { line: 16, code: 'return sum;' },
    ]);
  });

  it('shortens long lines with an ellipsis and keeps short ones whole', () => {
    const long = `const a = ${'x'.repeat(200)};`;
    const [only] = lineChoices(long);
    expect(only?.code.length).toBe(LINE_CHOICE_CHARS);
    expect(only?.code.endsWith('…')).toBe(true);
    expect(shorten('abc', 10)).toBe('abc');
  });

  it('gives nothing for a module without code', () => {
    expect(lineChoices('')).toEqual([]);
    expect(lineChoices('// only a comment\n\n}')).toEqual([]);
  });
  it('reads Python: no comments, imports or docstrings', () => {
    const py = [
      'import re',
      'from collections import Counter',
      '',
      '',
      'def total(rows):',
      '    """Sums the rows.',
      '',
      '    Every row counts once.',
      '    """',
      '    # one pass',
      '    s = 0',
      '    for r in rows:',
      '        s += len(r)',
      "    '''a one-line docstring'''",
      '    return {',
      '        "sum": s,',
      '    }',
      '',
    ].join('\n');
    expect(lineChoices(py, LINE_CHOICE_CHARS, 'python')).toEqual([
      { line: 5, code: 'def total(rows):' },
      { line: 11, code: 's = 0' },
      { line: 12, code: 'for r in rows:' },
      { line: 13, code: 's += len(r)' },
      { line: 15, code: 'return {' },
      { line: 16, code: '"sum": s,' },
    ]);
  });
});

describe('lineChoices in Python', () => {
  it('leaves out comments, imports and bare brackets', () => {
    const src = '# a comment\nimport io\nfrom os import path\n\ndef f(x):\n    return [\n        x,\n    ]\n';
    expect(lineChoices(src, undefined, 'python').map((c) => c.line)).toEqual([5, 6, 7]);
  });
});
