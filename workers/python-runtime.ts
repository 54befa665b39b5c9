/**
 * Python for the measuring worker, as an ES module the worker imports on its first Python run
 * (scripts/build-runtime.mjs bundles it into public/pyodide/hotpath-python.mjs, beside Pyodide: the one
 * folder the sandbox may load from). Nothing of it reaches a page that runs only JavaScript.
 */
export { createWorkerPython } from '@/lib/python/worker-python';
