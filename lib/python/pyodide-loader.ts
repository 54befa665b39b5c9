/**
 * Loads Pyodide once per worker, from the app's `/pyodide/` folder (the one place the sandbox's CSP lets
 * it fetch from), and reports how far it got: 'download' while its wasm and standard library arrive
 * (bytes counted as they stream in), 'compile' once they are in and the wasm is still being compiled,
 * 'start' while the interpreter starts and the runner's Python installs, then 'ready'. A heartbeat
 * repeats the last report while the worker's thread is free, so the watchdogs see a load, not a hang.
 *
 * Everything environmental is passed in (the worker's global scope, its dynamic `import()`, the clock),
 * so this runs under Node tests with fakes. Counting bytes means wrapping the scope's `fetch` (Pyodide
 * fetches its files itself) and `WebAssembly.instantiateStreaming` (to see the compile end) for the
 * duration of the load; both are put back afterwards, before any learner code runs.
 */
import type { PythonLoadPhase, PythonLoadProgress } from '@/lib/runner/protocol';
import { pythonBridge, type PyodideLike } from './bridge';

/** What the worker needs of a loaded Pyodide. */
export interface PyodideRuntime extends PyodideLike {
  setInterruptBuffer(buffer: Uint8Array): void;
}

interface StreamingApi {
  instantiateStreaming?: (source: unknown, imports?: unknown) => Promise<unknown>;
}

/** The parts of the worker's global scope the loader wraps while it loads. */
export interface LoaderScope {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  WebAssembly: StreamingApi;
}

export interface PyodideLoaderOptions {
  scope: LoaderScope;
  /** `import(url)` of the worker (pyodide.mjs is an ES module). */
  importModule: (url: string) => Promise<{ loadPyodide: (config: object) => Promise<unknown> }>;
  now: () => number;
  /** Bytes of the files Pyodide fetches (wasm, standard library, lock file), as built; 0: unknown. */
  expectedBytes?: number;
  /** A load that has not finished after this long fails (a stalled network), ms. */
  timeoutMs?: number;
  heartbeatMs?: number;
}

export const PYTHON_LOAD_TIMEOUT_MS = 120_000;
export const LOAD_HEARTBEAT_MS = 250;
/** The two large files; the download phase lasts until both have arrived. */
const BIG_FILES = ['pyodide.asm.wasm', 'python_stdlib.zip'];

export interface PyodideLoader {
  /** The interpreter: loads it on the first call; progress goes to the latest caller while it loads. */
  load(indexUrl: string, onProgress: (p: PythonLoadProgress) => void): Promise<PyodideRuntime>;
  /** It has loaded (a run will not wait). */
  loaded(): boolean;
}

/** One loader per worker: the first call loads, later calls share the same interpreter. */
export function createPyodideLoader(o: PyodideLoaderOptions): PyodideLoader {
  let loading: Promise<PyodideRuntime> | null = null;
  let listener: ((p: PythonLoadProgress) => void) | null = null;
  let last: PythonLoadProgress | null = null;
  const report = (p: PythonLoadProgress) => {
    last = p;
    listener?.(p);
  };
  return {
    loaded: () => last?.phase === 'ready',
    load(indexUrl, onProgress) {
      listener = onProgress;
      if (last && last.phase !== 'ready') onProgress(last);
      if (!loading) {
        loading = load(o, indexUrl, report);
        loading.catch(() => {
          loading = null;
          last = null;
        });
      }
      return loading.then((py) => {
        if (listener === onProgress) listener = null;
        return py;
      });
    },
  };
}

async function load(
  o: PyodideLoaderOptions,
  indexUrl: string,
  report: (p: PythonLoadProgress) => void,
): Promise<PyodideRuntime> {
  const t0 = o.now();
  const expected = o.expectedBytes ?? 0;
  let loaded = 0;
  let announced = 0;
  const arrived = new Set<string>();
  let compiled = false;
  let started = false;
  const phase = (): PythonLoadPhase =>
    started || compiled ? 'start' : BIG_FILES.every((f) => arrived.has(f)) ? 'compile' : 'download';
  const progress = (p: PythonLoadPhase = phase()): PythonLoadProgress => ({
    phase: p,
    loadedBytes: loaded,
    totalBytes: Math.max(expected, announced, loaded),
    elapsedMs: o.now() - t0,
  });
  const emit = () => report(progress());

  const { scope } = o;
  const realFetch = scope.fetch;
  const wasm = scope.WebAssembly;
  const realStreaming = wasm.instantiateStreaming;
  scope.fetch = async (input, init) => {
    const res = await realFetch.call(scope, input, init);
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith(indexUrl) || !res.body) return res;
    const name = url.slice(indexUrl.length).split(/[?#]/)[0] ?? '';
    announced += Number(res.headers.get('content-length')) || 0;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, ctl) {
        loaded += chunk.byteLength;
        ctl.enqueue(chunk);
      },
      flush() {
        arrived.add(name);
        emit();
      },
    });
    const { status, statusText, headers } = res;
    return new Response(res.body.pipeThrough(counter), { status, statusText, headers });
  };
  if (realStreaming) {
    wasm.instantiateStreaming = async (source, imports) => {
      const r = await realStreaming.call(wasm, source, imports);
      compiled = true;
      emit();
      return r;
    };
  }
  const beat = setInterval(emit, o.heartbeatMs ?? LOAD_HEARTBEAT_MS);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const timeoutMs = o.timeoutMs ?? PYTHON_LOAD_TIMEOUT_MS;
  try {
    emit();
    const started$ = (async () => {
      const mod = await o.importModule(`${indexUrl}pyodide.mjs`);
      const py = (await mod.loadPyodide({
        indexURL: indexUrl,
        // Pyodide's own output never reaches the page: the runner captures print() itself.
        stdout: () => undefined,
        stderr: () => undefined,
      })) as PyodideRuntime;
      started = true;
      emit();
      pythonBridge(py); // installs the runner's Python (part of starting)
      return py;
    })();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`it took longer than ${Math.round(timeoutMs / 1000)} s`)),
        timeoutMs,
      );
    });
    const py = await Promise.race([started$, timeout]);
    report(progress('ready'));
    return py;
  } finally {
    if (timer !== null) clearTimeout(timer);
    clearInterval(beat);
    scope.fetch = realFetch;
    if (realStreaming) wasm.instantiateStreaming = realStreaming;
  }
}
