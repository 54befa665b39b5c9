import type { SizeResult } from '@/lib/runner/protocol';
import type { BatchRunner } from './batch-runner';
import { fingerprint } from './fingerprint';
import { isUnstable, maxOf, median, minOf } from '@/lib/stats/stats';
import type { Clock } from './timer';

/** A median under this multiple of the empty-function baseline may have been optimised away. */
export const NEAR_BASELINE_RATIO = 1.42;

export interface SizeSettings {
  /** Timer resolution, ms. A sample spans at least `minTicks` of it and at least `minSampleMs`. */
  tickMs: number;
  minTicks: number;
  minSampleMs: number;
  /** Warm-up (calibration included) lasts at least this long, ms. */
  warmupMs: number;
  /** Longer warm-up for the first size of a series, while the JIT compiles the code, ms. */
  firstWarmupMs: number;
  /** Warm-up never lasts longer than this (nor a quarter of the budget), ms. */
  warmupCapMs: number;
  firstWarmupCapMs: number;
  minSamples: number;
  maxSamples: number;
  /** Once minSamples are in, sampling stops after this much time, ms. */
  samplingGoalMs: number;
  /** Wall time allowed for one size, ms (building inputs included). */
  budgetMs: number;
  /** With code that changes its input, at most this many items are prebuilt for one batch. */
  maxPrebuiltItems: number;
}

export const DEFAULT_SIZE_SETTINGS: SizeSettings = {
  tickMs: 0.1,
  minTicks: 20,
  minSampleMs: 1,
  warmupMs: 10,
  firstWarmupMs: 60,
  warmupCapMs: 60,
  firstWarmupCapMs: 400,
  minSamples: 5,
  maxSamples: 15,
  samplingGoalMs: 60,
  budgetMs: 1000,
  maxPrebuiltItems: 1_000_000,
};

/** Calls per timed sample never exceed this (an empty call costs ~1 ns: 10M calls ≈ 10 ms). */
export const MAX_BATCH = 10_000_000;

/** A twin input is built for timing only when one build takes at most this share of the budget. */
export const TWIN_BUILD_SHARE = 0.1;

/** Warm-up ends once this many batches in a row were no faster than the best so far. */
export const SETTLE_STREAK = 5;

/** Absolute floor on samples when a size is slow: fewer cannot give a median and a spread. */
export const HARD_MIN_SAMPLES = 3;

export interface SizeTask {
  n: number;
  now: Clock;
  run: BatchRunner;
  solve: (input: unknown) => unknown;
  /** Builds a fresh input for size n; must give the same input every time (the worker seeds Math.random). */
  makeInput: (n: number) => unknown;
  settings: SizeSettings;
  /** First size of its series: warm up longer. */
  first?: boolean;
  baselineNs?: number;
  /** Declared by the code (e.g. `exports.mutatesInput = true`); otherwise detected by fingerprint. */
  mutatesInput?: boolean;
  /** Fingerprints an input (default: fingerprint.ts); a Python series hashes the object it keeps. */
  fingerprint?: (input: unknown) => number;
  counters?: { reset(): void; read(): Record<string, number> };
  /** Sees the first (untimed) call's output; returning false abandons the size (e.g. wrong answer). */
  checkOutput?: (output: unknown) => boolean;
}

export interface SizeOutcome {
  /** Absent when the size was abandoned or overran before any sample. */
  result?: SizeResult;
  firstCallMs: number;
  /** Time spent building, fingerprinting and checking rather than calling, ms. */
  overheadMs: number;
  elapsedMs: number;
  /** The size took longer than the budget (the series must stop here). */
  overrun: boolean;
  /** checkOutput returned false. */
  rejected: boolean;
  mutatesInput: boolean;
}

export function measureSize(task: SizeTask): SizeOutcome {
  const { n, now, run, settings: s } = task;
  // The budget is wall time for the whole size (building the input included): the page's watchdog only
  // sees silence, whatever it is spent on. `overheadMs` (building, fingerprinting, checking) is reported
  // so the next size's cost can be predicted with it.
  const t0 = now();
  const elapsed = () => now() - t0;
  // The checked first call and the fingerprints use a twin of the input (built the same way); the timed
  // input is built afterwards and touched by nothing but the code under test. Measured in Chromium here:
  // one harness pass reading a 100k array before timing made `new Set(array)` on it run ~2× slower
  // for the rest of the size, while a never-touched twin ran at the speed tinybench and mitata report.
  const probe = task.makeInput(n);
  const buildMs = now() - t0;
  const hash = task.fingerprint ?? fingerprint;
  const before = task.mutatesInput ? 0 : hash(probe);
  let overheadMs = now() - t0;
  task.counters?.reset();
  const c0 = now();
  const output = task.solve(probe);
  const firstCallMs = now() - c0;
  const counters = task.counters?.read();
  let mutates = task.mutatesInput === true;
  const outcome = (extra: Partial<SizeOutcome>): SizeOutcome => ({
    firstCallMs,
    overheadMs,
    elapsedMs: elapsed(),
    overrun: false,
    rejected: false,
    mutatesInput: mutates,
    ...extra,
  });
  const f0 = now();
  if (task.checkOutput && !task.checkOutput(output)) return outcome({ rejected: true });
  if (!mutates) mutates = hash(probe) !== before;
  // The twin is only worth its cost when inputs are cheap to build; a slow build (a million-entry Map)
  // would eat the budget twice, so then the probe itself is timed.
  const input = mutates ? null : buildMs <= s.budgetMs * TWIN_BUILD_SHARE ? task.makeInput(n) : probe;
  overheadMs += now() - f0;
  if (elapsed() > s.budgetMs) return outcome({ overrun: true });
  // Slow calls: three samples are enough (and all the budget allows).
  const minSamples = firstCallMs * s.minSamples > s.budgetMs * 0.6 ? HARD_MIN_SAMPLES : s.minSamples;

  const target = Math.max(s.minTicks * s.tickMs, s.minSampleMs);
  const maxBatchForInputs = Math.max(1, Math.floor(s.maxPrebuiltItems / Math.max(n, 1)));
  const fresh = (batch: number) => (mutates ? Array.from({ length: batch }, () => task.makeInput(n)) : null);
  const timeBatch = (batch: number) => run(batch, input, fresh(batch));

  // Calibrate: grow the batch until one timed batch spans the target. These runs also warm up. The
  // first (checked) call is cold, so it only decides the batch when it is far above the target.
  let batch = 1;
  if (elapsed() + 2 * firstCallMs > s.budgetMs) return outcome({ overrun: true });
  let t = firstCallMs >= 10 * target ? firstCallMs : timeBatch(batch);
  const grow = (): boolean => {
    if (mutates && batch >= maxBatchForInputs) return false;
    const factor = t <= s.tickMs ? 10 : Math.min(10, Math.max(1.5, (target * 1.25) / t));
    if (batch >= MAX_BATCH) return false;
    batch = Math.min(MAX_BATCH, Math.ceil(batch * factor));
    if (mutates) batch = Math.min(batch, maxBatchForInputs);
    t = timeBatch(batch);
    return true;
  };
  for (let i = 0; t < target && i < 40 && grow(); i++) {
    if (elapsed() > s.budgetMs) return outcome({ overrun: true });
  }
  // Warm up until the time per batch settles: at least warmMs, then until SETTLE_STREAK batches in a row
  // are no faster than the best so far, within a cap. The JIT compiles in the background and, on a busy
  // machine, optimised code can arrive hundreds of ms late (seen in Chromium here: a Set build measured at
  // 2× its settled time after a fixed 10 ms warm-up). The cap keeps slow sizes within the budget; the
  // batch is then checked again, since optimised code can be many times faster than during calibration.
  const warmMs = task.first ? s.firstWarmupMs : s.warmupMs;
  const warmCap = Math.min(task.first ? s.firstWarmupCapMs : s.warmupCapMs, s.budgetMs / 4);
  const warmStart = now();
  let best = t;
  let streak = 0;
  // A batch longer than half the cap is not warmed further: the checked call and calibration did it.
  while (
    t < warmCap / 2 &&
    now() - warmStart < warmCap &&
    (now() - warmStart < warmMs || streak < SETTLE_STREAK)
  ) {
    t = timeBatch(batch);
    if (t < best * 0.97) {
      best = t;
      streak = 0;
    } else streak++;
  }
  for (let i = 0; t < target * 0.8 && i < 20 && grow(); i++) {
    if (elapsed() > s.budgetMs) return outcome({ overrun: true });
  }

  let samplesNs: number[] = [];
  let sampleStart = now();
  let overrun = false;
  let regrown = 0;
  while (samplesNs.length < s.maxSamples) {
    t = timeBatch(batch);
    samplesNs.push((t / batch) * 1e6);
    const k = samplesNs.length;
    // The budget is hard (the page's watchdog counts silence): another sample like the last that would
    // run past it is not taken, even if fewer than HARD_MIN_SAMPLES are in; the series then stops here.
    if (elapsed() + t > s.budgetMs) {
      overrun = k < HARD_MIN_SAMPLES || elapsed() > s.budgetMs;
      break;
    }
    // Samples far shorter than the target (code got faster): grow the batch and start sampling again.
    if (t < target / 2 && regrown < 3 && elapsed() < s.budgetMs / 2 && grow()) {
      regrown++;
      samplesNs = [];
      sampleStart = now();
      continue;
    }
    if (k >= minSamples && now() - sampleStart >= s.samplingGoalMs) break;
  }
  const med = median(samplesNs);
  const result: SizeResult = {
    n,
    samplesNs,
    medianNs: med,
    minNs: minOf(samplesNs),
    maxNs: maxOf(samplesNs),
    batch,
    unstable: isUnstable(samplesNs),
    nearBaseline: task.baselineNs !== undefined && med < task.baselineNs * NEAR_BASELINE_RATIO,
    ...(counters ? { counters } : {}),
  };
  if (mutates) result.mutatesInput = true;
  return outcome({ result, overrun });
}
