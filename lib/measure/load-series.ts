import type { RunSpec, SeriesId, SeriesSpec } from '@/lib/runner/protocol';
import { DEFAULT_SIZES, cleanSizes } from './ladder';
import { loadModule, mapError, type MappedError, type ModuleExports } from './load-code';

/** A harness module (labs): builds inputs, makes the timed call, counts, checks behaviour. */
export interface Harness {
  makeInput?: (n: number, env: HarnessEnv) => unknown;
  /** Lab mode: the timed call is `run(learnerExports, input)`. */
  run?: (learner: ModuleExports, input: unknown) => unknown;
  counters?: () => Record<string, number>;
  resetCounters?: () => void;
  checks?: (learner: ModuleExports, env: HarnessEnv) => unknown;
  /** The timed call returns a promise. */
  async?: boolean;
  sizes?: unknown;
}

export interface HarnessEnv {
  /** The initialised sql.js module, when the run brought SQLite wasm. */
  SQL?: unknown;
}

export interface LoadedSeries {
  id: SeriesId;
  spec: SeriesSpec;
  exports: ModuleExports;
  sizes: number[];
  /** Builds the input for n (not seeded here; the runner seeds Math.random before calling). */
  makeInput: (n: number) => unknown;
  /** The call under test. */
  solve: (input: unknown) => unknown;
  mutatesInput: boolean;
}

export type LoadResult = { ok: true; series: LoadedSeries } | { ok: false; error: MappedError };

/** Reference first (its outputs are what the others are checked against), then the learner, then the rest. */
export function seriesOrder(series: readonly SeriesSpec[]): SeriesSpec[] {
  const rank = (id: SeriesId) => (id === 'reference' ? 0 : id === 'learner' ? 1 : 2);
  return [...series].sort((a, b) => rank(a.id) - rank(b.id));
}

/** `require` for learner code: the lab's harness by name, nothing else (no modules, no network). */
export function harnessRequire(harness: Harness | null): (name: string) => unknown {
  return (name) => {
    if (harness && /^(\.\/)?harness(\.js)?$/.test(name)) return harness;
    throw new Error(`require('${name}') is not available: the code runs without modules or network.`);
  };
}

export function loadSeries(
  spec: SeriesSpec,
  run: RunSpec,
  harness: Harness | null,
  env: HarnessEnv,
  console: unknown,
): LoadResult {
  let exports: ModuleExports;
  try {
    exports = loadModule(spec.code, { console, require: harnessRequire(harness) });
  } catch (e) {
    return { ok: false, error: mapError(e, spec.lineOffset) };
  }
  const fail = (message: string): LoadResult => ({ ok: false, error: { name: 'ContractError', message } });
  const labMode = typeof harness?.run === 'function';
  const solveFn = exports.solve;
  if (!labMode && typeof solveFn !== 'function') {
    return fail('Export the code to measure as a function: `export function solve(input) { … }`.');
  }
  const make = harness?.makeInput ?? exports.makeInput;
  if (typeof make !== 'function') {
    return fail('Export a function that builds the input: `export function makeInput(n) { … }`.');
  }
  const raw = run.sizes ?? exports.sizes ?? harness?.sizes;
  const cleaned = cleanSizes(raw);
  if (cleaned && 'error' in cleaned) return fail(cleaned.error);
  const sizes = cleaned ? cleaned.sizes : [...DEFAULT_SIZES];
  const makeInput = harness?.makeInput
    ? (n: number) => harness.makeInput!(n, env)
    : (n: number) => (make as (n: number) => unknown)(n);
  const solve = labMode
    ? (input: unknown) => harness!.run!(exports, input)
    : (solveFn as (input: unknown) => unknown);
  return {
    ok: true,
    series: {
      id: spec.id,
      spec,
      exports,
      sizes,
      makeInput,
      solve,
      mutatesInput: exports.mutatesInput === true,
    },
  };
}
