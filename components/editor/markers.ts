/** Editor marker types and their clamping to a document, kept free of Monaco so they can be unit-tested. */

/** A profiled line: its heat (1 = warm … 5 = hottest), a short inline figure and the hover text. */
export interface HeatLine {
  line: number;
  heat: number;
  inline: string;
  hover: string;
}

export interface EditorMarker {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface MarkerRange {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  message: string;
  severity: 'error' | 'warning';
}

/** What the clamping needs to know about the document. */
export interface DocShape {
  lineCount: number;
  /** Length of a 1-based line, without its line break. */
  lineLength(line: number): number;
}

function clampInt(v: number, lo: number, hi: number): number {
  if (!Number.isFinite(v)) return lo;
  return Math.min(hi, Math.max(lo, Math.trunc(v)));
}

/**
 * Puts each marker inside the document. A marker without an end covers the rest of the token at its
 * column (to the next space or punctuation), or one character, or the whole line if the column is past its
 * end, so that a squiggle is always visible at the reported line.
 */
export function clampMarkers(
  markers: readonly EditorMarker[],
  doc: DocShape,
  lineText?: (line: number) => string,
): MarkerRange[] {
  const lastLine = Math.max(1, doc.lineCount);
  return markers.map((m) => {
    const line = clampInt(m.line, 1, lastLine);
    const maxCol = doc.lineLength(line) + 1;
    let column = clampInt(m.column, 1, maxCol);
    let endLine = m.endLine === undefined ? line : clampInt(m.endLine, line, lastLine);
    let endColumn: number;
    if (m.endLine !== undefined || m.endColumn !== undefined) {
      endColumn = clampInt(m.endColumn ?? column + 1, 1, doc.lineLength(endLine) + 1);
      if (endLine === line && endColumn <= column) endColumn = Math.min(column + 1, maxCol);
    } else {
      const text = lineText?.(line) ?? '';
      const rest = text.slice(column - 1);
      const token = /^[\w$]+/.exec(rest)?.[0].length ?? 1;
      endColumn = Math.min(column + token, maxCol);
    }
    if (endLine === line && endColumn <= column) {
      // Empty line or column at the end: underline the whole line (or the last character).
      column = maxCol > 1 ? Math.max(1, maxCol - 1) : 1;
      endColumn = maxCol;
      endLine = line;
    }
    return {
      startLineNumber: line,
      startColumn: column,
      endLineNumber: endLine,
      endColumn,
      message: m.message,
      severity: m.severity,
    };
  });
}
