/**
 * The one transpiler: turns a learner's ES module (TypeScript or JavaScript) — playground snippet, lab
 * code, starter or reference — into the CommonJS-shaped JavaScript the measuring worker evaluates. Runs
 * before anything is sent to the sandbox (on the page, or in Node for tests and benches), so too-long
 * code, imports, syntax errors and missing exports show as editor markers without starting a run.
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

/**
 * Whose contract the module follows: the playground's (`makeInput(n)` untimed, `solve(input)` measured)
 * or a lab's (the names its harness calls).
 */
export type Contract = 'playground' | 'lab';

export interface TranspileOptions {
  language: SourceLanguage;
  /** Names the module must export (the playground: makeInput and solve; a lab: what its harness calls). */
  requiredExports: readonly string[];
  contract: Contract;
}

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

const IMPORTS_HINT: Record<Contract, string> = {
  playground:
    'Imports are not available here: the snippet runs alone in a sandbox. Put everything it needs in this file.',
  lab: 'Imports are not available in a lab: everything the code needs must be in this file.',
};

/** Static imports would need a module loader the sandbox deliberately does not have. */
function findImports(source: string, contract: Contract): SourceProblem[] {
  const problems: SourceProblem[] = [];
  source.split('\n').forEach((text, i) => {
    const m = /^(\s*)import\s*(?:[\w*{'"]|type\s)/.exec(text);
    if (m && !/^\s*import\s*\(/.test(text)) {
      problems.push({ line: i + 1, column: (m[1]?.length ?? 0) + 1, message: IMPORTS_HINT[contract] });
    }
  });
  return problems;
}

function missingMessage(name: string, contract: Contract): { message: string; firstLine: boolean } {
  if (contract === 'lab') {
    return {
      message: `Missing \`export ${name}\`: the lab calls it. Keep the name and the parameters from the starter.`,
      firstLine: false,
    };
  }
  return name === 'makeInput'
    ? {
        message: 'Missing `export function makeInput(n)`: it builds the input of size n (not timed).',
        firstLine: true,
      }
    : name === 'solve'
      ? { message: 'Missing `export function solve(input)`: the code to measure.', firstLine: false }
      : { message: `Missing \`export ${name}\`.`, firstLine: false };
}

function findMissingExports(code: string, source: string, opts: TranspileOptions): SourceProblem[] {
  const lastLine = Math.max(1, source.split('\n').length);
  return opts.requiredExports
    .filter((name) => !new RegExp(`\\bexports\\.${name}\\s*=`).test(code))
    .map((name) => {
      const m = missingMessage(name, opts.contract);
      return { line: m.firstLine ? 1 : lastLine, column: 1, message: m.message };
    });
}

export function transpileModule(source: string, opts: TranspileOptions): TranspileResult {
  const language = opts.language;
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
  const imports = findImports(source, opts.contract);
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
  const missing = findMissingExports(code, source, opts);
  if (missing.length > 0) return { ok: false, problems: missing };
  return { ok: true, code, lineOffset: 0 };
}
