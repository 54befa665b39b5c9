/**
 * The measuring worker's way in to Python, small enough to live in its always-loaded script: the Python
 * runtime (lib/python/worker-python.ts, built as public/pyodide/hotpath-python.mjs) is imported from the
 * run's Pyodide folder on the first Python run, or earlier when the relay asks a fresh worker to preload
 * it (a worker that replaced one which had Python). Until then nothing of Python is downloaded.
 */
import type { RunEnv } from '@/lib/measure/run-spec';
import type { WorkerToPage } from '@/lib/runner/protocol';
import type { WorkerPython, WorkerPythonOptions } from './worker-python';

/** Where the Python runtime lives, beside Pyodide's own files. */
export const PYTHON_RUNTIME_FILE = 'hotpath-python.mjs';

type RuntimeModule = { createWorkerPython(o: WorkerPythonOptions): WorkerPython };

export interface PythonEntryOptions extends Omit<WorkerPythonOptions, 'importModule'> {
  /** The worker's `import()`. */
  importModule: (url: string) => Promise<unknown>;
  post: (msg: WorkerToPage) => void;
}

export interface PythonEntry {
  run: NonNullable<RunEnv['runPython']>;
  /** Starts loading Python now, for a run that may come (nothing is posted). */
  preload(url: string): void;
}

export function pythonEntry(o: PythonEntryOptions): PythonEntry {
  let python: Promise<WorkerPython> | null = null;
  let ready = false;
  const start = (url: string) => {
    if (!python) {
      python = (o.importModule(url + PYTHON_RUNTIME_FILE) as Promise<RuntimeModule>).then((m) =>
        m.createWorkerPython({ ...o, importModule: o.importModule as WorkerPythonOptions['importModule'] }),
      );
      python.catch(() => (python = null));
    }
    return python;
  };
  return {
    preload(url) {
      void start(url)
        .then((p) => p.preload(url))
        .catch(() => undefined); // the run that comes will load again, and say what failed
    },
    async run(spec, env) {
      const { runId, pyodideUrl } = spec;
      if (!pyodideUrl) throw new Error('A Python run came without the address of Python.');
      // Unless Python is known to be loaded, the first sign of a load (even while a preload is under
      // way: its own progress comes once its runtime module is in), so the watchdogs allow it time.
      const progress = { loadedBytes: 0, totalBytes: o.expectedBytes, elapsedMs: 0 };
      if (!ready) o.post({ type: 'python-load', runId, phase: 'download', ...progress });
      let p: WorkerPython;
      try {
        p = await start(pyodideUrl);
      } catch (e) {
        const message = `Python could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
        o.post({ type: 'error', runId, series: 'learner', name: 'PythonUnavailable', message, fatal: true });
        o.post({ type: 'done', runId, elapsedMs: 0 });
        return;
      }
      await p.run(spec, env);
      ready = p.loaded();
    },
  };
}
