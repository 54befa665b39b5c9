/**
 * Python errors as the runner reports them: the learner's line (and column), and a traceback that keeps
 * only the learner's frames (the harness's when the learner's code is not involved). Built on the Python
 * side (hp_errors.py); carried here as a JavaScript Error so the measuring core can throw and catch it.
 */
import type { MappedError } from '@/lib/measure/load-code';

export interface PythonErrorInfo {
  /** The exception's class name ("IndexError", "SyntaxError", "KeyboardInterrupt", "ContractError"). */
  name: string;
  message: string;
  /** 1-based line in the learner's file, when one of its lines is involved. */
  line?: number;
  /** 1-based column (characters), when Python knows it. */
  column?: number;
  /** End of a syntax error's span, when Python knows it (for an editor marker). */
  endLine?: number;
  endColumn?: number;
  /** Python's traceback text, filtered to the learner's frames, bounded. Empty for contract errors. */
  traceback: string;
  /** The run was interrupted (the interrupt buffer raised KeyboardInterrupt): a stop, not a crash. */
  stopped?: boolean;
  /** Pyodide itself failed (not the learner's code): the interpreter must be replaced. */
  fatal?: boolean;
}

export class PythonError extends Error {
  readonly info: PythonErrorInfo;
  constructor(info: PythonErrorInfo) {
    super(info.message);
    this.name = info.name;
    this.info = info;
  }
  get stopped(): boolean {
    return this.info.stopped === true;
  }
}

export function isPythonError(e: unknown): e is PythonError {
  return e instanceof PythonError;
}

/** The error in the shape lib/measure's mapError gives for JavaScript (traceback as the stack). */
export function toMappedError(info: PythonErrorInfo): MappedError {
  return {
    name: info.name,
    message: info.message,
    ...(info.line !== undefined ? { line: info.line } : {}),
    ...(info.column !== undefined ? { column: info.column } : {}),
    ...(info.traceback ? { stack: info.traceback } : {}),
  };
}
