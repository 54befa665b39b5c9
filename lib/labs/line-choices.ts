/**
 * The lines of a module a learner can mark as the one they suspect: every line that holds code, with its
 * 1-based number and its text (trimmed, shortened for a list). Blank lines, comments, imports, lines of
 * bare punctuation (closing brackets) and type declarations (which never run) are left out. Pure.
 */

export interface LineChoice {
  line: number;
  /** The line's code, trimmed, cut to `maxChars` with an ellipsis. */
  code: string;
}

/** Longest code shown for one line in a list of choices. */
export const LINE_CHOICE_CHARS = 72;
/** At most this many lines are offered (a module longer than that is not a lab starter). */
export const MAX_LINE_CHOICES = 400;

const COMMENT = /^(\/\/|\/\*|\*)/;
const PUNCTUATION = /^[\s{}()[\];,]*$/;
const TYPE_START = /^(export\s+)?(declare\s+)?(interface|type)\s/;
const IMPORT = /^(import|export\s+(type\s+)?\{[^}]*\}\s+from)\b/;
/** Python: comments, imports, and lines of bare punctuation (a closing bracket of a literal). */
const PY_SKIP = /^(#|import\s|from\s+\S+\s+import\s)/;

function braceDepth(text: string): number {
  let d = 0;
  for (const ch of text) {
    if (ch === '{') d++;
    else if (ch === '}') d--;
  }
  return d;
}

export function shorten(code: string, maxChars = LINE_CHOICE_CHARS): string {
  return code.length <= maxChars ? code : `${code.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

export function lineChoices(
  source: string,
  maxChars = LINE_CHOICE_CHARS,
  language: 'typescript' | 'python' = 'typescript',
): LineChoice[] {
  const out: LineChoice[] = [];
  if (language === 'python') {
    source.split('\n').forEach((line, i) => {
      const code = line.trim();
      if (code === '' || PY_SKIP.test(code) || PUNCTUATION.test(code) || out.length >= MAX_LINE_CHOICES)
        return;
      out.push({ line: i + 1, code: shorten(code, maxChars) });
    });
    return out;
  }
  /** Open braces of the type declaration being skipped; 0 outside one. */
  let inType = 0;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length && out.length < MAX_LINE_CHOICES; i++) {
    const code = (lines[i] ?? '').trim();
    if (inType > 0) {
      inType += braceDepth(code);
      continue;
    }
    if (TYPE_START.test(code)) {
      inType = Math.max(0, braceDepth(code));
      continue;
    }
    if (code === '' || COMMENT.test(code) || PUNCTUATION.test(code) || IMPORT.test(code)) continue;
    out.push({ line: i + 1, code: shorten(code, maxChars) });
  }
  return out;
}
