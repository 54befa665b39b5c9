/**
 * Turns a lab module (the learner's TypeScript) into the CommonJS-shaped JavaScript the worker runs, on
 * the page side, and reports problems as editor markers before anything runs: too long, imports (the
 * sandbox has no module loader), syntax errors, and missing exports the lab's harness calls. Sucrase keeps
 * every line where it was, so error lines map straight back (lineOffset 0).
 */
import { transform } from 'sucrase';
import type { SourceProblem } from '@/lib/runner/transpile';

export const MAX_LAB_SOURCE_CHARS = 100_000;

export type LabTranspile =
  { ok: true; code: string; lineOffset: number } | { ok: false; problems: SourceProblem[] };

function importProblems(source: string): SourceProblem[] {
  const out: SourceProblem[] = [];
  source.split('\n').forEach((text, i) => {
    const m = /^(\s*)import\s*(?:[\w*{'"]|type\s)/.exec(text);
    if (m && !/^\s*import\s*\(/.test(text)) {
      out.push({
        line: i + 1,
        column: (m[1]?.length ?? 0) + 1,
        message: 'Imports are not available in a lab: everything the code needs must be in this file.',
      });
    }
  });
  return out;
}

export function transpileLab(source: string, requiredExports: readonly string[]): LabTranspile {
  if (source.length > MAX_LAB_SOURCE_CHARS) {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          column: 1,
          message: `The code is over ${MAX_LAB_SOURCE_CHARS.toLocaleString('en-US')} characters.`,
        },
      ],
    };
  }
  const imports = importProblems(source);
  if (imports.length) return { ok: false, problems: imports };
  let code: string;
  try {
    code = transform(source, {
      transforms: ['typescript', 'imports'],
      production: true,
      disableESTransforms: true,
    }).code;
  } catch (e) {
    const err = e as { message?: string; loc?: { line: number; column: number } };
    const message = String(err.message ?? e).replace(/\s*\(\d+:\d+\)\s*$/, '');
    return {
      ok: false,
      problems: [
        {
          line: err.loc?.line ?? 1,
          column: Math.max(1, err.loc?.column ?? 1),
          message: `Syntax error: ${message}`,
        },
      ],
    };
  }
  const lastLine = Math.max(1, source.split('\n').length);
  const missing = requiredExports
    .filter((name) => !new RegExp(`\\bexports\\.${name}\\s*=`).test(code))
    .map((name) => ({
      line: lastLine,
      column: 1,
      message: `Missing \`export ${name}\`: the lab calls it. Keep the name and the parameters from the starter.`,
    }));
  if (missing.length) return { ok: false, problems: missing };
  return { ok: true, code, lineOffset: 0 };
}
