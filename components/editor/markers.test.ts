import { describe, expect, it } from 'vitest';
import { clampMarkers, type EditorMarker } from './markers';

const lines = ['const a = 1;', '', 'functon f() {}'];
const doc = { lineCount: lines.length, lineLength: (l: number) => lines[l - 1]?.length ?? 0 };
const text = (l: number) => lines[l - 1] ?? '';
const marker = (m: Partial<EditorMarker>): EditorMarker => ({
  line: 1,
  column: 1,
  message: 'x',
  severity: 'error',
  ...m,
});

describe('clampMarkers', () => {
  it('underlines the token at the column when no end is given', () => {
    const [r] = clampMarkers([marker({ line: 3, column: 1 })], doc, text);
    expect(r).toMatchObject({ startLineNumber: 3, startColumn: 1, endLineNumber: 3, endColumn: 8 });
  });

  it('keeps an explicit range', () => {
    const [r] = clampMarkers([marker({ line: 1, column: 7, endLine: 1, endColumn: 8 })], doc, text);
    expect(r).toMatchObject({ startLineNumber: 1, startColumn: 7, endLineNumber: 1, endColumn: 8 });
  });

  it('moves markers past the end of the document onto the last line', () => {
    const [r] = clampMarkers([marker({ line: 99, column: 3 })], doc, text);
    expect(r?.startLineNumber).toBe(3);
    expect(r?.endColumn).toBeGreaterThan(r?.startColumn ?? 0);
  });

  it('marks something visible on an empty line or past the line end', () => {
    const [empty, past] = clampMarkers(
      [marker({ line: 2, column: 1 }), marker({ line: 1, column: 50 })],
      doc,
      text,
    );
    expect(empty).toMatchObject({ startLineNumber: 2, startColumn: 1, endColumn: 1 });
    expect(past).toMatchObject({ startLineNumber: 1, startColumn: 12, endColumn: 13 });
  });

  it('survives nonsense numbers', () => {
    const [r] = clampMarkers([marker({ line: Number.NaN, column: -4, endLine: 0 })], doc, text);
    expect(r).toMatchObject({ startLineNumber: 1, startColumn: 1, endLineNumber: 1 });
    expect(r?.message).toBe('x');
  });
});
