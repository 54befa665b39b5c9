/**
 * Profiles the learner's code at one size, with everything environmental injected (clock, evaluator,
 * input builder, the timed call), so it runs the same in the worker and under Node:
 * 1. times the plain (uninstrumented) call at n, unless the caller already has that figure;
 * 2. warms the instrumented code up, measures one probe's cost, then repeats the instrumented call until
 *    enough time has accrued (short code must be repeated to be measured), at least once, and starts no
 *    new call after a cap (one huge call is still one call);
 * 3. builds the ProfileReport. Inputs are built with the probes off, outside every timed region, and
 *    rebuilt for each call when the code changes its input.
 */
import { mapError, type MappedError, type ModuleExports } from '@/lib/measure/load-code';
import { DEFAULT_SIZE_SETTINGS } from '@/lib/measure/measure-size';
import type { Clock } from '@/lib/measure/timer';
import { calibratorFor, costInPlace, costsToSubtract } from './calibrate';
import type { InstrumentResult } from './instrument';
import { methodSentence } from './method';
import { timePlain } from './plain-time';
import { createProbe, type Probe } from './probe';
import { PROBE_GLOBAL } from './probe-layout';
import { LineBatches } from './line-batches';
import { buildReport } from './report';
import type { ProfileReport } from './types';

export interface ProfileSettings {
  /** Keep repeating the instrumented call until this much instrumented time has accrued, ms. */
  targetMs: number;
  /** ...and until this many batches are in (line times are medians over batches), within capMs. */
  minBatches: number;
  /** Never more calls than this. */
  maxCalls: number;
  /** Start no new instrumented call after this much wall time (warm-up included), ms. */
  capMs: number;
  /** Warm-up of the instrumented code (calls, figures discarded), ms. */
  warmupMs: number;
  /** A first instrumented call at least this long is kept as a profiled call rather than a warm-up, ms. */
  longCallMs: number;
  /** Wall time allowed for timing the plain call, ms. */
  plainBudgetMs: number;
  /** A batch of calls between probe start/stop grows until it spans this long, ms. */
  batchMs: number;
  /** Probe-cost rounds before profiling, and at most this many in all (one more after each batch). */
  calibrationRounds: number;
  maxCalibrationRounds: number;
}

/** At most this many input items are built ahead of one batch (as the measuring core does). */
const MAX_PREBUILT_ITEMS = DEFAULT_SIZE_SETTINGS.maxPrebuiltItems;

export const DEFAULT_PROFILE_SETTINGS: ProfileSettings = {
  targetMs: 200,
  minBatches: 5,
  maxCalls: 10_000,
  capMs: 1_500,
  warmupMs: 30,
  longCallMs: 100,
  plainBudgetMs: 600,
  batchMs: 20,
  calibrationRounds: 5,
  maxCalibrationRounds: 25,
};

export interface ProfileTask {
  n: number;
  now: Clock;
  /** Evaluates CommonJS-shaped code with extra names in scope (loadModule with `globals`). */
  load: (code: string, globals: Readonly<Record<string, unknown>>) => ModuleExports;
  /** The transpiled (sucrase) code, and the result of `instrument` on it. */
  code: string;
  instrumented: Extract<InstrumentResult, { ok: true }>;
  /** Builds the input for n from the plain module (playground: `exports.makeInput(n)`; labs: the harness). */
  makeInput: (plain: ModuleExports, n: number) => unknown;
  /** The measured call: `exports.solve(input)`, or `harness.run(exports, input)` in a lab. */
  callOnce: (exports: ModuleExports, input: unknown) => unknown;
  /** Declared by the code; otherwise detected while timing the plain call. */
  mutatesInput?: boolean;
  /** The plain time per call at n when already measured (e.g. by the last run), ns. */
  plainNsPerCall?: number;
  /** Told when each phase starts (for a progress message: the page's watchdog counts silence). */
  onPhase?: (phase: 'plain' | 'profile') => void;
  settings?: Partial<ProfileSettings>;
}

export type ProfileOutcome =
  | { ok: true; report: ProfileReport; elapsedMs: number }
  | { ok: false; phase: 'load' | 'plain' | 'profile'; error: MappedError; elapsedMs: number };

interface Runner {
  probe: Probe;
  call: (input: unknown) => unknown;
  input: (fresh: boolean) => unknown;
}

/** Runs `k` instrumented calls with the probe on; returns the wall time of the calls, ms. */
async function timedBatch(r: Runner, now: Clock, k: number, fresh: boolean, isAsync: boolean) {
  const inputs = Array.from({ length: fresh ? k : 1 }, () => r.input(fresh));
  const one = inputs[0];
  r.probe.start();
  const t0 = now();
  try {
    if (isAsync) for (let i = 0; i < k; i++) await r.call(fresh ? inputs[i] : one);
    else for (let i = 0; i < k; i++) r.call(fresh ? inputs[i] : one);
    return now() - t0;
  } finally {
    r.probe.stop();
  }
}

export async function profileRun(task: ProfileTask): Promise<ProfileOutcome> {
  const s = { ...DEFAULT_PROFILE_SETTINGS, ...task.settings };
  const { now, n, instrumented: ins } = task;
  const t0 = now();
  const fail = (phase: 'load' | 'plain' | 'profile', e: unknown): ProfileOutcome => ({
    ok: false,
    phase,
    error: mapError(e, 0),
    elapsedMs: now() - t0,
  });
  const probe = createProbe(now, ins.functions.length, ins.maxLine);
  let plain: ModuleExports;
  let profiled: ModuleExports;
  try {
    plain = task.load(task.code, {});
    profiled = task.load(ins.code, { [PROBE_GLOBAL]: probe.api });
  } catch (e) {
    return fail('load', e);
  }
  const makeInput = (k: number) => task.makeInput(plain, k);

  let plainNs = task.plainNsPerCall;
  let plainNote = 'measured just before';
  let mutates = task.mutatesInput === true;
  let isAsync = false;
  try {
    task.onPhase?.('plain');
    const timing = await timePlain({
      n,
      now,
      call: (input) => task.callOnce(plain, input),
      makeInput,
      mutatesInput: mutates,
      // Already measured: one call only, to learn whether it returns a promise or changes its input.
      budgetMs: plainNs === undefined ? s.plainBudgetMs : 0,
    });
    isAsync = timing.async;
    mutates = mutates || timing.mutatesInput;
    if (plainNs === undefined) plainNs = timing.nsPerCall;
    else plainNote = 'from the last run';
  } catch (e) {
    return fail('plain', e);
  }

  const shared = mutates ? null : makeInput(n);
  const runner: Runner = {
    probe,
    call: (input) => task.callOnce(profiled, input),
    input: (fresh) => (fresh ? makeInput(n) : shared),
  };
  // Inputs built ahead of a batch (code that changes its input gets one per call): bounded like the core's.
  const maxFresh = Math.max(1, Math.floor(MAX_PREBUILT_ITEMS / Math.max(1, n)));
  let calls = 0;
  let instrumentedMs = 0;
  const calibrator = calibratorFor(now);
  const batches = new LineBatches(ins.probes.map((p) => p.line));
  try {
    task.onPhase?.('profile');
    calibrator.measure(s.calibrationRounds);
    // Warm-up calls (figures discarded) until warmupMs; a first call longer than longCallMs is kept as the
    // first profiled call instead (the JIT optimises a long call while it runs).
    const p0 = now();
    const first = await timedBatch(runner, now, 1, mutates, isAsync);
    if (first >= s.longCallMs) {
      calls = 1;
      instrumentedMs = first;
    } else {
      const w0 = now();
      for (let k = 0; k < 1000 && now() - w0 < s.warmupMs; k++)
        await timedBatch(runner, now, 1, mutates, isAsync);
      probe.reset();
    }
    if (calls > 0) batches.record(probe.data(), calls);
    let batch = 1;
    const more = () =>
      (instrumentedMs < s.targetMs || batches.size < s.minBatches) &&
      calls < s.maxCalls &&
      !batches.full &&
      now() - p0 < s.capMs;
    while (calls === 0 || more()) {
      const k = Math.max(1, Math.min(batch, s.maxCalls - calls, mutates ? maxFresh : Infinity));
      const ms = await timedBatch(runner, now, k, mutates, isAsync);
      batches.record(probe.data(), k);
      instrumentedMs += ms;
      calls += k;
      if (ms < s.batchMs) batch = Math.min(batch * 2, 4096);
      // More calibration rounds between batches, so the costs come from the whole profile's conditions.
      if (calibrator.rounds < s.maxCalibrationRounds) calibrator.measure(1);
    }
  } catch (e) {
    probe.stop();
    return fail('profile', e);
  }
  const costs = costsToSubtract(calibrator.costs(), costInPlace(probe.data()));
  const instrumentedNsPerCall = (instrumentedMs * 1e6) / calls;
  const report = buildReport({
    data: probe.data(),
    costs,
    ...(batches.size >= 3 ? { lineNs: batches.medianNs(costs, calls) } : {}),
    functions: ins.functions,
    probes: ins.probes,
    maxLine: ins.maxLine,
    n,
    calls,
    plainNsPerCall: plainNs,
    instrumentedNsPerCall,
    method: methodSentence({
      n,
      calls,
      plainNs,
      instrumentedNsPerCall,
      probeCostNs: costs.lineMs * 1e6,
      callProbeCostNs: costs.callMs * 1e6,
      plainNote,
      batches: batches.size,
    }),
  });
  return { ok: true, report, elapsedMs: now() - t0 };
}
