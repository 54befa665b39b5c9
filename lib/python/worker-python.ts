/**
 * Python for the measuring worker: the interpreter loader (once per worker) and the Python run, wired to
 * the relay's interrupt byte. Built apart from the measuring worker (workers/python-runtime.ts →
 * public/pyodide/hotpath-python.mjs) and imported by it on the first Python run, from the one folder
 * the sandbox may load scripts from: a JavaScript-only page never downloads any of it.
 */
import type { RunEnv } from '@/lib/measure/run-spec';
import { createPyodideLoader, type LoaderScope } from './pyodide-loader';
import { pythonRunner } from './run-python-spec';

export interface WorkerPythonOptions {
  /** The worker's global scope (its fetch and WebAssembly are wrapped while Pyodide loads). */
  scope: LoaderScope;
  importModule: (url: string) => Promise<{ loadPyodide: (config: object) => Promise<unknown> }>;
  now: () => number;
  /** Bytes of the files Pyodide fetches, for the progress bar (0: unknown). */
  expectedBytes: number;
  /** The relay's interrupt byte for this worker (null before it arrived, or without shared memory). */
  interrupt: () => Uint8Array | null;
}

export interface WorkerPython {
  run: NonNullable<RunEnv['runPython']>;
  /** Loads the interpreter ahead of a run (progress goes to the run that comes, if it is still loading). */
  preload(url: string): void;
  /** The interpreter has loaded. */
  loaded(): boolean;
}

export function createWorkerPython(o: WorkerPythonOptions): WorkerPython {
  const loader = createPyodideLoader({
    scope: o.scope,
    importModule: o.importModule,
    now: o.now,
    expectedBytes: o.expectedBytes,
  });
  const run = pythonRunner({
    load: async (url, onProgress) => {
      if (!url) throw new Error('the run did not say where Python is');
      const py = await loader.load(url, onProgress);
      const buffer = o.interrupt();
      if (buffer) py.setInterruptBuffer(buffer);
      return py;
    },
    stopRequested: () => {
      const buffer = o.interrupt();
      return buffer !== null && Atomics.load(buffer, 0) !== 0;
    },
  });
  return {
    run,
    preload: (url) => void loader.load(url, () => undefined).catch(() => undefined),
    loaded: loader.loaded,
  };
}
