/**
 * Stopping a runaway Python loop without losing the interpreter: Pyodide's interrupt buffer (a
 * SharedArrayBuffer byte) set to 2 from another thread raises KeyboardInterrupt inside the loop. Here a
 * worker_threads Worker plays the page's part (in the browser the page writes it; the busy worker
 * cannot, its own timers never fire). The runner reports it as a stopped run, not a crash.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SIZE_SETTINGS } from '@/lib/measure/measure-size';
import { runSeries } from '@/lib/measure/run-series';
import { PythonError } from './errors';
import { loadPythonSeries } from './load-python-series';
import { loadTestPyodide, PYODIDE_LOAD_TIMEOUT_MS, type TestPyodide } from './pyodide.test-helpers';

let py: TestPyodide;
const interrupt = new Uint8Array(new SharedArrayBuffer(1));
beforeAll(async () => {
  py = (await loadTestPyodide()).py;
  py.setInterruptBuffer(interrupt);
}, PYODIDE_LOAD_TIMEOUT_MS);

const workers: Worker[] = [];
afterAll(() => Promise.all(workers.map((w) => w.terminate())));

/** Starts a thread that writes 2 (SIGINT) into the buffer after `ms`; resolves once it is running. */
async function interruptAfter(ms: number): Promise<void> {
  const w = new Worker(
    `const { workerData } = require('node:worker_threads');
     setTimeout(() => Atomics.store(new Uint8Array(workerData), 0, 2), ${ms});`,
    { eval: true, workerData: interrupt.buffer },
  );
  workers.push(w);
  await new Promise((resolve) => w.once('online', resolve));
}

const stopped = (fn: () => unknown): { error: PythonError; ms: number } => {
  const t0 = performance.now();
  try {
    fn();
  } catch (e) {
    if (e instanceof PythonError) return { error: e, ms: performance.now() - t0 };
    throw e;
  }
  throw new Error('expected the run to be stopped');
};

const ENDLESS = 'def make_input(n):\n    return n\ndef solve(n):\n    while True:\n        n += 1\n';

describe('interrupting Python', () => {
  it('stops `while True` in the first call as a stopped run at the learner’s line, and Python lives on', async () => {
    const r = loadPythonSeries(py, ENDLESS);
    if (!r.ok) throw new Error(r.error.message);
    const input = r.series.makeInput(1);
    await interruptAfter(300);
    const { error, ms } = stopped(() => r.series.solve(input));
    expect(error.stopped).toBe(true);
    expect(error.info).toMatchObject({ name: 'KeyboardInterrupt', stopped: true });
    expect([4, 5]).toContain(error.info.line);
    expect(ms).toBeGreaterThanOrEqual(250);
    console.log(`KeyboardInterrupt ${ms.toFixed(0)} ms after the call started (written at 300 ms)`);
    expect(interrupt[0]).toBe(0); // Pyodide cleared the request when it raised
    r.series.dispose();
    const next = loadPythonSeries(py, 'def make_input(n):\n    return n\ndef solve(n):\n    return n * 2\n');
    if (!next.ok) throw new Error(next.error.message);
    expect(next.series.solve(next.series.makeInput(21))).toBe(42);
    next.series.dispose();
  }, 60_000);

  it('stops a timed batch inside the Python loop, and the measuring core passes the stop on', async () => {
    const r = loadPythonSeries(
      py,
      'def make_input(n):\n    return n\ndef solve(n):\n    if n > 100:\n        while True:\n            pass\n    return n\n',
    );
    if (!r.ok) throw new Error(r.error.message);
    const s = r.series;
    await interruptAfter(300);
    const { error } = stopped(() =>
      runSeries({
        sizes: [1000], // a single size: a busy machine cannot make the series stop (budget) before it
        now: () => performance.now(),
        solve: s.solve,
        makeInput: s.makeInput,
        timeBatch: s.timeBatch,
        fingerprint: s.fingerprint,
        settings: { ...DEFAULT_SIZE_SETTINGS, tickMs: 0.001, budgetMs: 1000 },
        smallLadder: false,
      }),
    );
    expect(error.stopped).toBe(true);
    s.dispose();
  }, 60_000);
});
