/**
 * Runs a lab outside the browser, the way the worker's harness mode does inside it: the harness builds
 * each input (untimed), `run(learner, input)` is the timed call, counters are read after one call per
 * size, outputs are compared with the reference's, then the harness's behaviour checks run on the
 * learner's module. Used by the unit tests (solution passes, starter fails) and by the bench.
 */
import type { SeriesId, SizeResult } from '@/lib/runner/protocol';
import { makeVerdict } from '@/lib/complexity/verdict';
import { DEFAULT_SIZE_SETTINGS, type SizeSettings } from '@/lib/measure/measure-size';
import { runSeries } from '@/lib/measure/run-series';
import type { Clock } from '@/lib/measure/timer';
import { compileLearnerModule, evaluateModule, type ModuleExports } from './load-module';
import type { LabRun, SeriesOutcome } from './lab-run';
import { runSeriesAsync } from './measure-async';
import { describeMismatch, sameOutput } from './same-output';
import type { HarnessCheck, Lab } from './types';

export interface HarnessModule {
  makeInput(n: number, env: HarnessEnv): unknown;
  run(learner: ModuleExports, input: unknown): unknown;
  counters?(): Record<string, number>;
  resetCounters?(): void;
  checks?(learner: ModuleExports, env: HarnessEnv): HarnessCheck[] | Promise<HarnessCheck[]>;
  /** The timed call returns a promise. */
  async?: boolean;
}

export interface HarnessEnv {
  /** The initialised sql.js module, for labs that need a database. */
  SQL?: unknown;
}

export function loadHarness(source: string): HarnessModule {
  const h = evaluateModule(source) as unknown as HarnessModule;
  if (typeof h.makeInput !== 'function' || typeof h.run !== 'function') {
    throw new Error('A lab harness must export makeInput(n, env) and run(learner, input).');
  }
  return h;
}

export interface RunLabOptions {
  lab: Lab;
  /** The learner's TypeScript source; defaults to the lab's starter. */
  learnerSource?: string;
  env: HarnessEnv;
  now: Clock;
  sizes?: number[];
  settings?: Partial<SizeSettings>;
  /** Which series to run besides the learner's (default both). */
  compare?: ('starter' | 'reference')[];
}

export async function runLab(opts: RunLabOptions): Promise<LabRun> {
  const { lab, env, now } = opts;
  const sizes = opts.sizes ?? lab.sizes;
  const settings: SizeSettings = { ...DEFAULT_SIZE_SETTINGS, ...opts.settings };
  const harness = loadHarness(lab.harness);
  const counters = harness.counters
    ? { reset: () => harness.resetCounters?.(), read: () => ({ ...harness.counters!() }) }
    : undefined;
  const compare = opts.compare ?? ['starter', 'reference'];
  const sources: [SeriesId, string][] = [];
  if (compare.includes('reference')) sources.push(['reference', lab.solution]);
  sources.push(['learner', opts.learnerSource ?? lab.starter]);
  if (compare.includes('starter')) sources.push(['starter', lab.starter]);

  const run: LabRun = { series: {} };
  const expected = new Map<number, unknown>();
  let learnerExports: ModuleExports | null = null;
  for (const [id, source] of sources) {
    const outcome: SeriesOutcome = { results: [] };
    run.series[id] = outcome;
    let exp: ModuleExports;
    try {
      exp = evaluateModule(compileLearnerModule(source));
    } catch (e) {
      outcome.error = toError(e);
      continue;
    }
    if (id === 'learner') learnerExports = exp;
    const solve = (input: unknown) => harness.run(exp, input);
    const makeInput = (n: number) => harness.makeInput(n, env);
    const checkOutput = (n: number, out: unknown) => {
      if (id === 'reference' || !lab.checkCorrectness) {
        if (id === 'reference') expected.set(n, out);
        return true;
      }
      const want = expected.get(n);
      if (!expected.has(n) || sameOutput(want, out)) return true;
      if (id === 'learner' || !run.mismatch) {
        run.mismatch = { series: id, n, inputPreview: `n = ${n}`, ...describeMismatch(want, out) };
      }
      return false;
    };
    try {
      if (harness.async) {
        const o = await runSeriesAsync({
          sizes,
          now,
          solve,
          makeInput,
          budgetMs: settings.budgetMs,
          counters,
          checkOutput,
        });
        outcome.results = o.results;
        if (o.stop) outcome.stop = o.stop;
      } else {
        const o = runSeries({
          sizes,
          now,
          solve,
          makeInput,
          settings,
          smallLadder: false,
          counters,
          checkOutput,
        });
        outcome.results = o.results;
        if (o.stop) outcome.stop = o.stop;
      }
    } catch (e) {
      outcome.error = toError(e, outcome.results);
      continue;
    }
    outcome.verdict = makeVerdict({ results: outcome.results, ladder: sizes });
  }
  if (learnerExports && harness.checks && !run.series.learner?.error) {
    try {
      run.checks = await harness.checks(learnerExports, env);
    } catch (e) {
      run.checksError = `The behaviour checks stopped with an error: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  return run;
}

function toError(e: unknown, done: SizeResult[] = []) {
  const err = e instanceof Error ? e : new Error(String(e));
  const last = done[done.length - 1];
  return { name: err.name, message: err.message, ...(last ? { n: last.n } : {}) };
}
