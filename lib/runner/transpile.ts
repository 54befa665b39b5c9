/**
 * Turns a learner's ES module (TypeScript or JavaScript) into the CommonJS-shaped JavaScript the measuring
 * worker evaluates. Runs on the page side, before anything is sent to the sandbox, so syntax errors and a
 * missing `solve`/`makeInput` show as editor markers without starting a run.
 *
 * Sucrase keeps every line where it was (its prelude shares line 1), so error lines reported by the worker
 * map straight back to the learner's source; `lineOffset` says how many lines were added in front (0).
 */
import { transform } from 'sucrase';

export type SourceLanguage = 'typescript' | 'javascript';

export interface SourceProblem {
  /** 1-based line and column in the learner's source. */
  line: number;
  column: number;
  message: string;
}

export type TranspileResult =
  { ok: true; code: string; lineOffset: number } | { ok: false; problems: SourceProblem[] };

/** Learner code larger than this is refused before transforming (nothing unbounded). */
export const MAX_SOURCE_CHARS = 100_000;

const REQUIRED_EXPORTS = ['makeInput', 'solve'] as const;

interface SucraseError {
  message: string;
  loc?: { line: number; column: number };
}

function isSucraseError(e: unknown): e is SucraseError {
  return typeof e === 'object' && e !== null && 'message' in e;
}

/** Sucrase appends " (line:column)" to its messages; the marker already carries the position. */
function cleanMessage(message: string): string {
  return message.replace(/\s*\(\d+:\d+\)\s*$/, '');
}

/** Static imports would need a module loader the sandbox deliberately does not have. */
function findImports(source: string): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const lines = source.split('\n');
  lines.forEach((text, i) => {
    const m = /^(\s*)import\s*(?:[\w*{'"]|type\s)/.exec(text);
    if (m && !/^\s*import\s*\(/.test(text)) {
      problems.push({
        line: i + 1,
        column: (m[1]?.length ?? 0) + 1,
        message:
          'Imports are not available here: the snippet runs alone in a sandbox. Put everything it needs in this file.',
      });
    }
  });
  return problems;
}

function findMissingExports(code: string, source: string): SourceProblem[] {
  const lastLine = Math.max(1, source.split('\n').length);
  return REQUIRED_EXPORTS.filter((name) => !new RegExp(`\\bexports\\.${name}\\s*=`).test(code)).map(
    (name) => ({
      line: name === 'solve' ? lastLine : 1,
      column: 1,
      message:
        name === 'solve'
          ? 'Missing `export function solve(input)`: the code to measure.'
          : 'Missing `export function makeInput(n)`: it builds the input of size n (not timed).',
    }),
  );
}

export function transpileLearnerCode(source: string, language: SourceLanguage): TranspileResult {
  if (source.length > MAX_SOURCE_CHARS) {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          column: 1,
          message: `The code is ${source.length.toLocaleString('en-US')} characters; the limit is ${MAX_SOURCE_CHARS.toLocaleString('en-US')}.`,
        },
      ],
    };
  }
  const imports = findImports(source);
  if (imports.length > 0) return { ok: false, problems: imports };
  let code: string;
  try {
    code = transform(source, {
      transforms: language === 'typescript' ? ['typescript', 'imports'] : ['imports'],
      production: true,
      disableESTransforms: true,
    }).code;
  } catch (e) {
    const message = isSucraseError(e) ? cleanMessage(e.message) : String(e);
    const loc = isSucraseError(e) ? e.loc : undefined;
    return {
      ok: false,
      problems: [
        { line: loc?.line ?? 1, column: Math.max(1, loc?.column ?? 1), message: `Syntax error: ${message}` },
      ],
    };
  }
  const missing = findMissingExports(code, source);
  if (missing.length > 0) return { ok: false, problems: missing };
  return { ok: true, code, lineOffset: 0 };
}
