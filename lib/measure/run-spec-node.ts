/**
 * The worker's path, in Node: a run request is built into a spec exactly as the page builds it
 * (lib/runner/run-request.ts), run by runSpec as workers/measure.worker.ts runs it (Math.random swapped for
 * the seeded PRNG that runSpec reseeds for every size, put back afterwards), and its messages folded by
 * the page's own reducer. Lab content tests, wrong-fix tests, race tests and benches use this; there is
 * no other way to run learner code outside the browser.
 */
import type { RunSpec, WorkerToPage } from '@/lib/runner/protocol';
import { buildRunSpec, type RunRequest } from '@/lib/runner/run-request';
import { applyMessage, endRun, refusedRun, startRun, type RunState } from '@/lib/runner/run-state';
import { mulberry32 } from '@/lib/stats/stats';
import { runSpec, type RunEnv } from './run-spec';

export async function runSpecInNode(
  spec: RunSpec,
  post: (msg: WorkerToPage) => void,
  loadSql?: (wasm: ArrayBuffer) => Promise<unknown>,
  runPython?: RunEnv['runPython'],
): Promise<void> {
  let random = mulberry32(1);
  const realRandom = Math.random;
  Math.random = () => random();
  try {
    await runSpec(spec, {
      now: () => performance.now(),
      post,
      ...(loadSql ? { loadSql } : {}),
      ...(runPython ? { runPython } : {}),
      seedRandom: (seed) => (random = mulberry32(seed)),
    });
  } finally {
    Math.random = realRandom;
  }
}

export interface NodeRunOptions {
  /** The initialised sql.js module (`await initSqlJs()`), for requests that need SQLite. */
  SQL?: unknown;
  /** Sees every message as it arrives (e.g. to time sizes in a bench). */
  onMessage?: (msg: WorkerToPage) => void;
  /** For Python requests: lib/python/run-python-spec.ts `pythonRunner` over a Pyodide loaded in Node. */
  runPython?: RunEnv['runPython'];
}

/** Runs a request the way the page does and returns the run's final state. */
export async function runRequestInNode(request: RunRequest, opts: NodeRunOptions = {}): Promise<RunState> {
  const labels = request.series.map(({ id, label }) => ({ id, label }));
  const built = buildRunSpec(request);
  if (!built.ok) return refusedRun(labels, request.budgetMs, built.series, built.problems);
  let state = startRun(labels, request.budgetMs);
  const needsSql = request.needsSqlite && opts.SQL !== undefined;
  const t0 = performance.now();
  await runSpecInNode(
    { ...built.spec, runId: 1, ...(needsSql ? { sqliteWasm: new ArrayBuffer(0) } : {}) },
    (msg) => {
      opts.onMessage?.(msg);
      state = applyMessage(state, msg);
    },
    needsSql ? async () => opts.SQL : undefined,
    opts.runPython,
  );
  return endRun(
    state,
    state.error ? { status: 'error' } : { status: 'done', elapsedMs: performance.now() - t0 },
  );
}
