/**
 * The lines of a module a learner can mark as the one they suspect: every line that holds code, with its
 * 1-based number and its text (trimmed, shortened for a list). Blank lines, comments, imports, lines of
 * bare punctuation (closing brackets) and type declarations (which never run) are left out; in Python,
 * `#` comments, `import`/`from ... import` lines and docstrings. Pure.
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
const PY_IMPORT = /^(import\s|from\s+\S+\s+import\s)/;
/** A line that opens a docstring: a string literal alone at the start of a statement. */
const PY_DOCSTRING = /^[rRuU]?("""|''')/;

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

/** Python's choices: the same rules with Python's comments, imports and docstrings. */
function pythonLineChoices(source: string, maxChars: number): LineChoice[] {
  const out: LineChoice[] = [];
  const lines = source.split('\n');
  /** The quotes that close the docstring being skipped; '' outside one. */
  let inDoc = '';
  for (let i = 0; i < lines.length && out.length < MAX_LINE_CHOICES; i++) {
    const code = (lines[i] ?? '').trim();
    if (inDoc) {
      if (code.includes(inDoc)) inDoc = '';
      continue;
    }
    const doc = PY_DOCSTRING.exec(code);
    if (doc) {
      const quotes = doc[1] ?? '"""';
      if (!code.slice(doc[0].length).includes(quotes)) inDoc = quotes;
      continue;
    }
    if (code === '' || code.startsWith('#') || PUNCTUATION.test(code) || PY_IMPORT.test(code)) continue;
    out.push({ line: i + 1, code: shorten(code, maxChars) });
  }
  return out;
}

export function lineChoices(
  source: string,
  maxChars = LINE_CHOICE_CHARS,
  language: 'typescript' | 'python' = 'typescript',
): LineChoice[] {
  if (language === 'python') return pythonLineChoices(source, maxChars);
  const out: LineChoice[] = [];
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
