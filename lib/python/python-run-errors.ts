/**
 * How a Python run's failures reach the page: the learner's error at their line with its traceback, a
 * stop, an interpreter that could not be loaded, and memory running out — each in words a learner can
 * act on, with `fatal` where the worker must be replaced (its interpreter is unusable, or holds memory
 * it can never give back: wasm memory only grows).
 */
import type { RunErrorInfo } from '@/lib/runner/protocol';
import { PythonError, toMappedError, type PythonErrorInfo } from './errors';

const OUT_OF_MEMORY =
  'the code asked for more memory than Python in the browser can have (a 32-bit WebAssembly ' +
  'interpreter: at most 4 GB, shared with everything else in it). A fresh interpreter is started for ' +
  'the next run; try smaller sizes or build less at once';
const TOO_LARGE =
  ' (a size this large cannot even be addressed: Python in the browser is 32-bit, so one object holds ' +
  'at most about 2 billion items or bytes)';

/** The run's error message for a Python error, at the learner's line when one is involved. */
export function runErrorOf(info: PythonErrorInfo, n?: number): RunErrorInfo {
  const e: RunErrorInfo = { ...toMappedError(info), ...(n !== undefined ? { n } : {}) };
  if (info.name === 'MemoryError') {
    e.message = info.message ? `${info.message}: ${OUT_OF_MEMORY}` : OUT_OF_MEMORY;
    e.fatal = true;
  } else if (info.name === 'OverflowError' && /index-sized integer/.test(info.message)) {
    e.message += TOO_LARGE;
  } else if (info.fatal) {
    e.message = `Python itself failed (${info.message}). A fresh interpreter is started for the next run.`;
    e.fatal = true;
  }
  return e;
}

/** A run that was asked to stop (its messages no longer reach a page that has moved on). */
export function stoppedError(): RunErrorInfo {
  return { name: 'Stopped', message: 'The run was stopped.' };
}

/** Pyodide could not be loaded (the worker is replaced, so the next run tries again from scratch). */
export function unavailable(e: unknown): RunErrorInfo {
  const why = e instanceof Error ? e.message : String(e);
  return {
    name: 'PythonUnavailable',
    message: `Python could not be loaded: ${why.slice(0, 300)}`,
    fatal: true,
  };
}

export const STOP_POLL_MS = 50;

/**
 * Waits for `work` unless a stop is requested meanwhile (polled: the interrupt byte is written by
 * another thread, and Pyodide only looks at it while Python runs). The work itself goes on; a later run
 * gets its result.
 */
export function waitUnlessStopped<T>(work: Promise<T>, stopRequested?: () => boolean): Promise<T> {
  if (!stopRequested) return work;
  return new Promise<T>((resolve, reject) => {
    const timer = setInterval(() => {
      if (!stopRequested()) return;
      clearInterval(timer);
      reject(new PythonError({ name: 'KeyboardInterrupt', message: '', traceback: '', stopped: true }));
    }, STOP_POLL_MS);
    work.then(
      (v) => {
        clearInterval(timer);
        resolve(v);
      },
      (err: unknown) => {
        clearInterval(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}
