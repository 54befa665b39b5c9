/**
 * Before any of a run's code runs, the worker imports the modules of Python's standard library (and
 * Pyodide's own) that the code imports and that are not loaded yet, one at a time. That is part of loading
 * Python, not the learner's code: on a fresh interpreter on a busy machine `import urllib.request` alone
 * can hold the worker's thread for longer than a run's silence limit, and the relay would stop the run as
 * runaway code. So the worker says so ('python-load' phase 'import', then 'ready'), and the watchdogs
 * allow the load's time for it; the learner's own lines run afterwards, under the run's own limit.
 */
import { pythonBridge, type PyodideLike } from './bridge';
import type { PythonErrorInfo } from './errors';

/**
 * Imports what `sources` need from the library; `say` brackets the imports ('import', then 'ready') when
 * there are any. Returns the error that ended it (a stop request, or Python itself failing), else null;
 * a module that fails to import is left for the learner's own import to report at its line.
 */
export function importLibraries(
  py: PyodideLike,
  sources: readonly string[],
  say: (phase: 'import' | 'ready') => void,
): PythonErrorInfo | null {
  const bridge = pythonBridge(py);
  const found = bridge.call<{ modules: string[] }>('imports', { sources });
  if (!found.ok) return found.error.stopped || found.error.fatal ? found.error : null;
  if (found.modules.length === 0) return null;
  say('import');
  for (const name of found.modules) {
    const r = bridge.call('import_module', { name });
    if (!r.ok && (r.error.stopped || r.error.fatal)) return r.error;
  }
  say('ready');
  return null;
}
