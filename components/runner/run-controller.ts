/**
 * The one controller for every surface that runs code — the playground, a lab, a classroom race:
 * build the spec (transpile; refuse code with problems, as editor markers), begin, hand it to the
 * sandboxed runner with SQLite's wasm when the request needs it, fold every message into the surface's
 * store, end. Loaded with `import()` when a run is near, so sucrase and the runner host stay out of
 * first-load JavaScript.
 */
import type { WorkerToPage } from '@/lib/runner/protocol';
import { buildRunSpec, sourceProblems, type RunRequest } from '@/lib/runner/run-request';
import { refusedRun } from '@/lib/runner/run-state';
import type { SourceProblem } from '@/lib/runner/transpile';
import { RunnerHost, type RunnerStats } from './runner-host';
import type { RunStore } from './run-store';

/** Built by scripts/build-runtime.mjs from node_modules/sql.js (the sandbox itself fetches nothing). */
export const SQLITE_WASM_URL = '/runtime/sql-wasm.wasm';

let wasm: Promise<ArrayBuffer> | null = null;
/** SQLite's wasm bytes, fetched once per page and handed to every run that needs a database. */
function loadSqliteWasm(): Promise<ArrayBuffer> {
  wasm ??= fetch(SQLITE_WASM_URL).then((r) => {
    if (!r.ok) throw new Error(`SQLite could not be loaded (${r.status} ${SQLITE_WASM_URL}).`);
    return r.arrayBuffer();
  });
  wasm.catch(() => (wasm = null));
  return wasm;
}

let shared: RunnerHost | null = null;

/** One runner host per page (its stats on `window.__hotpathRunner()` for tests and benches). */
function getRunnerHost(): RunnerHost {
  if (!shared) {
    const host = new RunnerHost();
    shared = host;
    (window as unknown as { __hotpathRunner?: () => RunnerStats }).__hotpathRunner = () => host.stats();
  }
  return shared;
}

/** Runs a request on a surface's store and resolves when the run has ended. */
export async function startRun(
  store: RunStore,
  request: RunRequest,
  onMessage?: (msg: WorkerToPage) => void,
): Promise<void> {
  const labels = request.series.map(({ id, label }) => ({ id, label }));
  const built = buildRunSpec(request);
  if (!built.ok) {
    store.getState().refuse(refusedRun(labels, request.budgetMs, built.series, built.problems));
    return;
  }
  store.getState().setProblems([]);
  store.getState().begin(labels, request.budgetMs);
  let sqliteWasm: ArrayBuffer | undefined;
  try {
    if (request.needsSqlite) sqliteWasm = await loadSqliteWasm();
  } catch (e) {
    store.getState().end({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
    return;
  }
  const end = await getRunnerHost().run({ ...built.spec, ...(sqliteWasm ? { sqliteWasm } : {}) }, (msg) => {
    onMessage?.(msg);
    store.getState().receive(msg);
  });
  store.getState().end(end);
}

/** Syntax and contract problems of one source, without running it (live editor markers). */
export function checkSource(
  source: string,
  request: Pick<RunRequest, 'language' | 'contract' | 'requiredExports'>,
): SourceProblem[] {
  return sourceProblems(source, request);
}

/** Stops the current run (JavaScript: the worker is replaced; Python: interrupted, its interpreter kept). */
export function cancelRun(): void {
  getRunnerHost().cancel();
}

/** Starts the sandbox (and fetches SQLite when the surface will need it) ahead of the first Run. */
export function warmUpRunner(needsSqlite = false): void {
  getRunnerHost().warmUp();
  if (needsSqlite) void loadSqliteWasm().catch(() => undefined);
}
