/**
 * A Python run: what lib/measure/run-spec.ts `runSpec` does for JavaScript, for a spec whose series are
 * Python, with the same messages in the same order. runSpec hands such a spec to the runner built here
 * (`pythonRunner`, injected through RunEnv.runPython: lib/measure does not import lib/python).
 *
 * Load the interpreter (once per worker; 'python-load' progress as it goes), import the library modules
 * the code uses (library-imports.ts: part of the load, phase 'import'), load each series
 * (contract and syntax errors at the learner's lines), measure the baseline with an empty Python function
 * in the same Python loop, then each series size by size through runPythonSeries (the measuring core,
 * with the series' own timeBatch and fingerprint), its verdict, and then — its own pass, after the timing
 * — the peak memory per call at each measured size (tracemalloc) and the memory verdict. print() output
 * becomes 'log' messages. A stop request (the interrupt byte) ends the run as stopped, and the
 * interpreter lives on; a failure of Python itself asks for a fresh worker (`fatal`).
 */
import { isSmallLadder } from '@/lib/complexity/models';
import { makeMemoryVerdict } from '@/lib/complexity/memory-verdict';
import { makeVerdict } from '@/lib/complexity/verdict';
import { measureBaselineNs } from '@/lib/measure/baseline';
import { checkAgainstReference, type ReferenceOutput } from '@/lib/measure/canonical';
import { makeConsole } from '@/lib/measure/console-capture';
import { seriesOrder } from '@/lib/measure/load-series';
import { runSizeSettings, startedMessage } from '@/lib/measure/run-start';
import type { RunEnv } from '@/lib/measure/run-spec';
import { timerResolutionMs } from '@/lib/measure/timer';
import type {
  PythonLoadProgress,
  RunErrorInfo,
  RunSpec,
  SeriesId,
  SizeResult,
  WorkerToPage,
} from '@/lib/runner/protocol';
import { pythonBaselineRunner } from './baseline';
import type { PyodideLike } from './bridge';
import { loadPythonHarness, type PythonHarness } from './harness';
import { importLibraries } from './library-imports';
import { isPythonError, PythonError } from './errors';
import { loadPythonSeries, type PythonSeries } from './load-python-series';
import { measureMemory } from './memory-pass';
import { runErrorOf, stoppedError, unavailable, waitUnlessStopped } from './python-run-errors';
import { runPythonProfile } from './python-profile-spec';
import { runPythonSeries } from './run-python-series';
import { flushOutput } from './print-output';

/** Where the worker gets its interpreter from, and its stop request. */
export interface PythonRuntime {
  /** The interpreter (loaded on first use, then the same one); progress while it loads. */
  load(url: string | undefined, onProgress: (p: PythonLoadProgress) => void): Promise<PyodideLike>;
  /** A stop was requested (the interrupt byte is set): checked while the run waits for the load. */
  stopRequested?(): boolean;
}

export function pythonRunner(runtime: PythonRuntime): NonNullable<RunEnv['runPython']> {
  return (spec, env) => runPythonSpec(spec, env, runtime);
}

type Log = ReturnType<typeof makeConsole>;

async function runPythonSpec(spec: RunSpec, env: RunEnv, runtime: PythonRuntime): Promise<void> {
  const { now, post } = env;
  const runId = spec.runId;
  const t0 = now();
  const done = () => post({ type: 'done', runId, elapsedMs: now() - t0 });
  const fail = (series: SeriesId, e: RunErrorInfo) => {
    post({ type: 'error', runId, series, ...e });
    done();
  };
  let py: PyodideLike;
  let announced = false;
  try {
    const loading = runtime.load(spec.pyodideUrl, (p) => {
      announced ||= p.phase === 'ready';
      post({ type: 'python-load', runId, ...p });
    });
    py = await waitUnlessStopped(loading, runtime.stopRequested);
  } catch (e) {
    return fail('learner', isPythonError(e) && e.stopped ? stoppedError() : unavailable(e));
  }
  // Loaded before this run (or by a preload): say so, which also ends the watchdogs' load allowance.
  if (!announced)
    post({ type: 'python-load', runId, phase: 'ready', loadedBytes: 0, totalBytes: 0, elapsedMs: 0 });
  const libraries = importLibraries(py, [spec.harness ?? '', ...spec.series.map((s) => s.code)], (phase) =>
    post({ type: 'python-load', runId, phase, loadedBytes: 0, totalBytes: 0, elapsedMs: 0 }),
  );
  if (libraries) return fail('learner', libraries.stopped ? stoppedError() : runErrorOf(libraries));
  if (spec.profile) {
    return runPythonProfile({ spec: { ...spec, profile: spec.profile }, env, py, fail, done });
  }

  const loaded: { s: PythonSeries; log: Log }[] = [];
  // A lab's harness.py: loaded once, shared by every series (it builds inputs and makes the timed call).
  let harness: PythonHarness | null = null;
  const disposeAll = () => {
    loaded.forEach(({ s }) => s.dispose());
    harness?.dispose();
  };
  if (spec.harness) {
    const h = loadPythonHarness(py, spec.harness);
    if (!h.ok) return fail('learner', runErrorOf(h.error));
    harness = h.harness;
  }
  let current: { series: SeriesId; n?: number } = { series: 'learner' };
  try {
    for (const spec1 of seriesOrder(spec.series)) {
      current = { series: spec1.id };
      const log = makeConsole(runId, spec1.id, post);
      const r = loadPythonSeries(py, spec1.code, {
        id: spec1.id,
        harness,
        ...(spec.sizes ? { sizes: spec.sizes } : {}),
      });
      if (!r.ok) {
        disposeAll();
        return fail(spec1.id, runErrorOf(r.error));
      }
      loaded.push({ s: r.series, log });
      flushOutput(r.series, log);
    }
    const tick = timerResolutionMs(now);
    const settings = runSizeSettings(spec, tick);
    const baselineNs = measureBaselineNs(now, settings, pythonBaselineRunner(py));
    post(
      startedMessage(
        runId,
        loaded.map((l) => l.s),
        baselineNs,
        tick,
      ),
    );

    const expected = new Map<number, ReferenceOutput>();
    const measured = new Map<SeriesId, number[]>();
    for (const { s, log } of loaded) {
      const series = s.id;
      const makeInput = (n: number) => {
        current = { series, n };
        return s.makeInput(n);
      };
      const checkOutput = (n: number, out: unknown): boolean => {
        // A Python output arrives as plain data (JSON from the runner): nothing later can change it.
        const diff = checkAgainstReference(expected, series, n, out, spec.checkCorrectness);
        if (!diff) return true;
        post({ type: 'mismatch', runId, n, series, inputPreview: s.describeInput(makeInput(n)), ...diff });
        return false;
      };
      const out = runPythonSeries({
        sizes: s.sizes,
        now,
        solve: s.solve,
        makeInput,
        timeBatch: s.timeBatch,
        fingerprint: s.fingerprint,
        settings,
        smallLadder: isSmallLadder(s.sizes),
        baselineNs,
        mutatesInput: s.mutatesInput,
        ...(s.counters ? { counters: s.counters } : {}),
        checkOutput,
        onSize: (result: SizeResult) => post({ type: 'size', runId, series, result }),
        onStopped: (st) => post({ type: 'stopped', runId, series, ...st }),
      });
      flushOutput(s, log);
      measured.set(
        series,
        out.results.map((r) => r.n),
      );
      const verdict =
        out.rejectedAt !== undefined
          ? {
              best: null,
              confidence: 0,
              inconclusive: true,
              reason: `the output differs from the reference at n = ${out.rejectedAt}, so its timing does not count`,
              coefNs: 0,
              predictions: [],
            }
          : makeVerdict({ results: out.results, ladder: s.sizes });
      post({ type: 'verdict', runId, series, verdict });
    }

    if (spec.memoryBudgetMs) {
      for (const { s, log } of loaded) {
        const sizes = measured.get(s.id) ?? [];
        current = { series: s.id };
        const pass = measureMemory(
          {
            makeInput: (n) => {
              current = { series: s.id, n };
              return s.makeInput(n);
            },
            memoryPeak: s.memoryPeak,
            release: s.release,
          },
          sizes,
          { now, budgetMs: spec.memoryBudgetMs },
          ({ n, peakBytes, retainedBytes }) =>
            post({ type: 'memory', runId, series: s.id, result: { n, peakBytes, retainedBytes } }),
        );
        flushOutput(s, log);
        const verdict = makeMemoryVerdict(pass.sizes);
        const stoppedAt = pass.stoppedAt !== undefined ? { stoppedAt: pass.stoppedAt } : {};
        post({ type: 'memory-verdict', runId, series: s.id, verdict, ...stoppedAt } satisfies WorkerToPage);
      }
    }
    const learner = loaded.find((l) => l.s.id === 'learner');
    const checks = learner?.s.checks() ?? [];
    disposeAll();
    post({ type: 'done', runId, elapsedMs: now() - t0, ...(checks.length > 0 ? { checks } : {}) });
  } catch (e) {
    if (!(e instanceof PythonError)) throw e;
    for (const { s, log } of loaded) {
      // The output up to the error helps find it; Python may be unusable after a fatal error.
      if (!e.info.fatal) flushOutput(s, log);
    }
    if (!e.info.fatal) disposeAll();
    fail(current.series, runErrorOf(e.info, current.n));
  }
}
