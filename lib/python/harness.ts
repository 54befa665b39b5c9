/**
 * A lab's Python harness (harness.py): `make_input(n, env)` builds inputs, `run(learner, inp)` makes the
 * timed call, and optionally `counters()`, `reset_counters()`, `checks(learner, env)` (a list of dicts
 * {id, label, pass, detail, kind?, data?}) and `SIZES`. `env` is one SimpleNamespace per harness, shared
 * by make_input and checks (a place for a database connection). The module stays in Python; series that
 * load with it call into it there.
 */
import { pythonBridge, type PyodideLike } from './bridge';
import type { PythonErrorInfo } from './errors';

export interface PythonHarness {
  /** The harness's id on the Python side. */
  id: number;
  /** Its `SIZES`, as written (cleaned by the series). */
  sizes?: unknown;
  has: { makeInput: boolean; run: boolean; counters: boolean; resetCounters: boolean; checks: boolean };
  /** Drops the harness module (dispose the series that use it first). */
  dispose(): void;
}

export type PythonHarnessResult =
  { ok: true; harness: PythonHarness } | { ok: false; error: PythonErrorInfo };

export function loadPythonHarness(
  py: PyodideLike,
  source: string,
  filename = 'harness.py',
): PythonHarnessResult {
  const bridge = pythonBridge(py);
  const r = bridge.call<{ harness: number; sizes: unknown; has: Record<string, boolean> }>('load_harness', {
    source,
    filename,
  });
  if (!r.ok) return r;
  const has = {
    makeInput: r.has.make_input === true,
    run: r.has.run === true,
    counters: r.has.counters === true,
    resetCounters: r.has.reset_counters === true,
    checks: r.has.checks === true,
  };
  const id = r.harness;
  const dispose = () => void bridge.call('dispose_harness', { harness: id });
  return { ok: true, harness: { id, ...(r.sizes != null ? { sizes: r.sizes } : {}), has, dispose } };
}
