/**
 * The worker's whole job for one run, with everything environmental injected (clock, post, seeding,
 * sql.js), so it runs the same in the browser worker and under Node tests.
 */
import type { RunSpec, SeriesId, SeriesStop, SizeResult, WorkerToPage } from '@/lib/runner/protocol';
import { makeVerdict } from '@/lib/complexity/verdict';
import { isSmallLadder } from '@/lib/complexity/models';
import { measureBaselineNs } from './baseline';
import { checkAgainstReference, preview, type ReferenceOutput } from './canonical';
import { makeConsole } from './console-capture';
import { loadModule, mapError } from './load-code';
import { loadSeries, seriesOrder, type Harness, type HarnessEnv, type LoadedSeries } from './load-series';
import { runProfile } from './profile-spec';
import { runSizeSettings, startedMessage } from './run-start';
import { runSeries } from './run-series';
import { runSeriesAsync } from './run-series-async';
import { seedFor } from './seed';
import { timerResolutionMs, type Clock } from './timer';

export interface RunEnv {
  now: Clock;
  post: (msg: WorkerToPage) => void;
  /** Reseeds Math.random so every series gets the same inputs (the worker swaps in a seeded PRNG). */
  seedRandom?: (seed: number) => void;
  /** Initialises sql.js from the run's wasm bytes. */
  loadSql?: (wasm: ArrayBuffer) => Promise<unknown>;
  /** Routes the global console to a series while its code runs (null: back to the worker's own). */
  setConsole?: (api: unknown | null) => void;
  /**
   * Runs a spec whose series are Python (lib/python/run-python-spec.ts `pythonRunner`, with an interpreter
   * from the worker or from Node). Injected: lib/python builds on lib/measure, not the other way round.
   */
  runPython?: (spec: RunSpec, env: RunEnv) => Promise<void>;
}

/** The language of a run: all its series share one (a Python series makes it a Python run). */
export function isPythonSpec(spec: Pick<RunSpec, 'series'>): boolean {
  return spec.series.some((s) => s.language === 'python');
}

export async function runSpec(spec: RunSpec, env: RunEnv): Promise<void> {
  const { now, post } = env;
  const runId = spec.runId;
  const t0 = now();
  const done = (extra: Partial<Extract<WorkerToPage, { type: 'done' }>> = {}) =>
    post({ type: 'done', runId, elapsedMs: now() - t0, ...extra });
  const fail = (
    series: SeriesId,
    e: { name: string; message: string; line?: number; column?: number; stack?: string; fatal?: boolean },
    n?: number,
  ) => {
    post({ type: 'error', runId, series, ...e, ...(n !== undefined ? { n } : {}) });
    done();
  };

  if (isPythonSpec(spec)) {
    if (!env.runPython) {
      return fail('learner', { name: 'PythonUnavailable', message: 'Python cannot run here.', fatal: true });
    }
    return env.runPython(spec, env);
  }

  const hConsole = makeConsole(runId, 'learner', post);
  let harness: Harness | null = null;
  const harnessEnv: HarnessEnv = {};
  try {
    if (spec.harness)
      harness = loadModule(spec.harness, { sourceUrl: 'harness.js', console: hConsole.api }) as Harness;
    if (spec.sqliteWasm && env.loadSql) harnessEnv.SQL = await env.loadSql(spec.sqliteWasm);
  } catch (e) {
    const m = mapError(e, 0, 'harness.js');
    return fail('learner', { name: m.name, message: `The lab's harness failed to start: ${m.message}` });
  }

  if (spec.profile) {
    const profile = spec.profile;
    return runProfile({
      spec: { ...spec, profile },
      env,
      harness,
      harnessEnv,
      seedFor,
      fail: (e, n) => fail('learner', e, n),
      done: () => done(),
    });
  }

  const loaded: { s: LoadedSeries; log: ReturnType<typeof makeConsole> }[] = [];
  for (const s of seriesOrder(spec.series)) {
    const log = makeConsole(runId, s.id, post);
    env.setConsole?.(log.api);
    const r = loadSeries(s, spec, harness, harnessEnv, log.api);
    env.setConsole?.(null);
    if (!r.ok) return fail(s.id, r.error);
    loaded.push({ s: r.series, log });
  }

  const tick = timerResolutionMs(now);
  const settings = runSizeSettings(spec, tick);
  const baselineNs = measureBaselineNs(now, settings);
  post(
    startedMessage(
      runId,
      loaded.map((l) => l.s),
      baselineNs,
      tick,
    ),
  );

  const expected = new Map<number, ReferenceOutput>();
  for (const { s, log } of loaded) {
    const series = s.id;
    // A lab harness says so; a playground `export async function solve` is awaited call by call too.
    const isAsync = harness?.async === true || (!harness?.run && isAsyncFunction(s.exports.solve));
    let currentN: number | undefined;
    const makeInput = (n: number) => {
      currentN = n;
      env.seedRandom?.(seedFor(n));
      return s.makeInput(n);
    };
    const checkOutput = (n: number, out: unknown): boolean => {
      if (!isAsync && isThenable(out)) {
        throw new TypeError(
          'solve returned a Promise without being declared `async`: write `export async function solve`.',
        );
      }
      const diff = checkAgainstReference(expected, series, n, out, spec.checkCorrectness, cloneQuietly);
      if (!diff) return true;
      post({ type: 'mismatch', runId, n, series, inputPreview: preview(makeInput(n)), ...diff });
      return false;
    };
    const onSize = (result: SizeResult) => post({ type: 'size', runId, series, result });
    const onStopped = (st: SeriesStop) => post({ type: 'stopped', runId, series, ...st });
    const counters = harness?.counters
      ? { reset: () => harness!.resetCounters?.(), read: () => ({ ...harness!.counters!() }) }
      : undefined;
    let results: SizeResult[] = [];
    let rejectedAt: number | undefined;
    env.setConsole?.(log.api);
    try {
      if (isAsync) {
        const o = await runSeriesAsync({
          sizes: s.sizes,
          now,
          solve: s.solve,
          makeInput,
          budgetMs: settings.budgetMs,
          counters,
          checkOutput,
          onSize,
        });
        results = o.results;
        rejectedAt = o.rejectedAt;
        if (o.stop) onStopped(o.stop);
      } else {
        const o = runSeries({
          sizes: s.sizes,
          now,
          solve: s.solve,
          makeInput,
          settings,
          smallLadder: isSmallLadder(s.sizes),
          baselineNs,
          mutatesInput: s.mutatesInput,
          counters,
          checkOutput,
          onSize,
          onStopped,
        });
        results = o.results;
        rejectedAt = o.rejectedAt;
      }
    } catch (e) {
      env.setConsole?.(null);
      log.flush();
      return fail(series, mapError(e, s.spec.lineOffset), currentN);
    }
    env.setConsole?.(null);
    log.flush();
    const verdict =
      rejectedAt !== undefined
        ? {
            best: null,
            confidence: 0,
            inconclusive: true,
            reason: `the output differs from the reference at n = ${rejectedAt}, so its timing does not count`,
            coefNs: 0,
            predictions: [],
          }
        : makeVerdict({ results, ladder: s.sizes });
    post({ type: 'verdict', runId, series, verdict });
  }

  const learner = loaded.find((l) => l.s.id === 'learner');
  if (harness?.checks && learner) {
    env.setConsole?.(hConsole.api);
    try {
      const checks = await harness.checks(learner.s.exports, harnessEnv);
      env.setConsole?.(null);
      return done({ checks: Array.isArray(checks) ? checks : [] });
    } catch (e) {
      env.setConsole?.(null);
      const m = mapError(e, learner.s.spec.lineOffset);
      return done({ checksError: `The behaviour checks stopped with an error: ${m.message}` });
    }
  }
  done();
}

function isAsyncFunction(f: unknown): boolean {
  return typeof f === 'function' && f.constructor?.name === 'AsyncFunction';
}

function isThenable(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

/** A copy of the reference output for mismatch previews (the original may be changed by later calls). */
function cloneQuietly(v: unknown): unknown {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
}
