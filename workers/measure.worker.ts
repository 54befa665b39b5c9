/**
 * The measuring worker: decode a message, call lib/measure, post results. Built by
 * scripts/build-runtime.mjs into one classic script (public/runtime/measure-worker.js) that the sandboxed
 * iframe starts from a blob URL. sql.js is bundled in (and only initialised when a run brings SQLite
 * wasm). Python is the one thing loaded at run time, on the first Python run, with `import()` of
 * `<origin>/pyodide/pyodide.mjs` (the URL comes with the run; the sandbox's CSP allows that folder only).
 */
import initSqlJs from 'sql.js';
import { runSpec } from '@/lib/measure/run-spec';
import type { LoaderScope } from '@/lib/python/pyodide-loader';
import { pythonEntry } from '@/lib/python/python-entry';
import { mulberry32 } from '@/lib/stats/stats';
import { assertNever, type PageToWorker, type WorkerToPage } from '@/lib/runner/protocol';

type ConsoleApi = Record<string, (...args: unknown[]) => void>;

const scope = self as unknown as {
  postMessage(m: unknown): void;
  onmessage: ((e: MessageEvent) => void) | null;
  console: ConsoleApi;
};
// Bound now, before any learner code can replace self.postMessage.
const post: (m: WorkerToPage) => void = scope.postMessage.bind(scope);
const now = performance.now.bind(performance);

// Inputs must be the same for every series and every run: Math.random is a seeded PRNG, reseeded per size.
let random = mulberry32(1);
Math.random = () => random();

// The global console goes to the series whose code is running (bounded there), else to the real one.
const original: ConsoleApi = { ...scope.console };
let current: ConsoleApi | null = null;
for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir']) {
  scope.console[level] = (...args: unknown[]) =>
    (current?.[level] ?? original[level] ?? (() => undefined))(...args);
}

let sql: Promise<unknown> | null = null;
const loadSql = (wasm: ArrayBuffer) => {
  sql ??= (initSqlJs as unknown as (o: { wasmBinary: ArrayBuffer }) => Promise<unknown>)({
    wasmBinary: wasm,
  });
  sql.catch(() => (sql = null));
  return sql;
};

/** Bytes of the files Pyodide fetches, as built (scripts/build-runtime.mjs defines it). */
declare const __PYODIDE_FETCH_BYTES__: number;

// The relay's interrupt byte for this worker: set to 2, it raises KeyboardInterrupt in running Python.
let interrupt: Uint8Array | null = null;
const python = pythonEntry({
  scope: self as unknown as LoaderScope,
  importModule: (url) => import(url),
  now,
  expectedBytes: typeof __PYODIDE_FETCH_BYTES__ === 'number' ? __PYODIDE_FETCH_BYTES__ : 0,
  interrupt: () => interrupt,
  post,
});

let queue: Promise<void> = Promise.resolve();

scope.onmessage = (e: MessageEvent) => {
  const msg = e.data as PageToWorker;
  switch (msg.type) {
    case 'run': {
      const spec = msg.spec;
      queue = queue.then(() =>
        runSpec(spec, {
          now,
          post,
          seedRandom: (seed) => (random = mulberry32(seed)),
          loadSql,
          runPython: python.run,
          setConsole: (api) => (current = api as ConsoleApi | null),
        }).catch((err: unknown) => {
          current = null;
          const message = err instanceof Error ? err.message : String(err);
          post({ type: 'error', runId: spec.runId, series: 'learner', name: 'InternalError', message });
          post({ type: 'done', runId: spec.runId, elapsedMs: 0 });
        }),
      );
      break;
    }
    case 'ping':
      post({ type: 'ready' });
      break;
    case 'init':
      interrupt = msg.interrupt;
      break;
    case 'preload-python':
      python.preload(msg.url);
      break;
    default:
      assertNever(msg);
  }
};

post({ type: 'ready' });
