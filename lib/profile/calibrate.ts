/**
 * Measures what a probe costs, in the environment that runs the profile: a loop of line probes against
 * the same loop without them, and a loop calling an instrumented empty function against the same loop
 * calling a plain one, timed with the same clock. A charged interval holds the end of one probe and the
 * start of the next, i.e. one probe's cost: the report subtracts these costs per interval. A separate
 * probe is used, so the profile's own figures are never touched. Rounds are taken before and between
 * batches of profiled calls, and the least of them is kept: anything else running on the machine (or code
 * the JIT has not optimised yet) only ever makes a round slower, and subtracting too much would wipe out
 * exactly the lines that call small functions in a tight loop, while too little only leaves them a little
 * high.
 */
import type { Clock } from '@/lib/measure/timer';
import { createProbe, type ProbeApi, type ProbeData } from './probe';

export interface ProbeCosts {
  /** Cost of an interval ended by a line probe, and by a function's entry/exit, ms. */
  lineMs: number;
  callMs: number;
}

export const NO_PROBE_COST: ProbeCosts = { lineMs: 0, callMs: 0 };

/** Probe calls per timed loop. */
export const CALIBRATION_ITERATIONS = 10_000;
const WARMUP_ROUNDS = 3;

type Loop = (hp: ProbeApi, n: number, sink: { v: number }) => void;

let made = 0;

/** A fresh compiled loop per calibration (like the batch runner), or null where code generation is off. */
function compile(body: string): Loop | null {
  try {
    return new Function('hp', 'n', 'sink', `${body}\n// calibration ${++made}`) as Loop;
  } catch {
    return null;
  }
}

const SOURCES = {
  line: 'for (var i = 0; i < n; i++) { hp.l(1); sink.v = i; }',
  lineEmpty: 'for (var i = 0; i < n; i++) { sink.v = i; }',
  call:
    'function f() { hp.e(0, 1); try { sink.v = 1; } finally { hp.x(0); } }\n' +
    'for (var i = 0; i < n; i++) { f(); sink.v = i; }',
  callEmpty:
    'function f() { try { sink.v = 1; } finally { } }\nfor (var i = 0; i < n; i++) { f(); sink.v = i; }',
};

export class ProbeCalibrator {
  private readonly lineSamples: number[] = [];
  private readonly callSamples: number[] = [];
  private readonly probe;
  private readonly loops;
  private readonly sink = { v: 0 };

  constructor(
    private readonly now: Clock,
    private readonly iterations = CALIBRATION_ITERATIONS,
  ) {
    this.probe = createProbe(now, 1, 1);
    this.loops = {
      line: compile(SOURCES.line),
      lineEmpty: compile(SOURCES.lineEmpty),
      call: compile(SOURCES.call),
      callEmpty: compile(SOURCES.callEmpty),
    };
    // Untimed passes first, so every loop is compiled before any round counts.
    for (let i = 0; i < WARMUP_ROUNDS; i++) this.timeAll();
  }

  private time(loop: Loop | null, probed: boolean): number {
    if (!loop) return 0;
    if (probed) this.probe.start();
    const t0 = this.now();
    loop(this.probe.api, this.iterations, this.sink);
    const ms = this.now() - t0;
    if (probed) this.probe.stop();
    this.probe.reset();
    return ms;
  }

  private timeAll() {
    const line = this.time(this.loops.line, true) - this.time(this.loops.lineEmpty, false);
    const call = this.time(this.loops.call, true) - this.time(this.loops.callEmpty, false);
    return { line: line / this.iterations, call: call / (2 * this.iterations) };
  }

  /** Takes `rounds` more measurements. */
  measure(rounds = 1): void {
    for (let r = 0; r < rounds; r++) {
      const { line, call } = this.timeAll();
      this.lineSamples.push(line);
      this.callSamples.push(call);
    }
  }

  get rounds(): number {
    return this.lineSamples.length;
  }

  /** The least of every round so far (≥ 0); zero costs before any round or without code generation. */
  costs(): ProbeCosts {
    if (this.lineSamples.length === 0) return NO_PROBE_COST;
    return {
      lineMs: Math.max(0, Math.min(...this.lineSamples)),
      callMs: Math.max(0, Math.min(...this.callSamples)),
    };
  }

  /** Forgets the rounds (the compiled loops stay warm). */
  clear(): void {
    this.lineSamples.length = 0;
    this.callSamples.length = 0;
  }
}

let shared: { now: Clock; calibrator: ProbeCalibrator } | null = null;

/**
 * One calibrator per clock for the life of the worker, its rounds cleared: its loops stay compiled and
 * optimised from one profile to the next (a fresh loop runs unoptimised for a while, and on a busy machine
 * the optimised code can arrive late).
 */
export function calibratorFor(now: Clock): ProbeCalibrator {
  if (!shared || shared.now !== now) shared = { now, calibrator: new ProbeCalibrator(now) };
  shared.calibrator.clear();
  return shared.calibrator;
}

/** Lines with fewer charged intervals than this say too little about a probe's cost in place. */
export const MIN_INTERVALS_IN_PLACE = 1_000;

/**
 * The probe's cost as seen in the profiled code itself: the least time per charged interval of any line
 * with many intervals. Its work per interval is at least zero, so this is an upper bound on what one
 * probe cost there, and close to it when some line does almost nothing (a `count++` in a loop). Null when
 * no line had enough intervals.
 */
export function costInPlace(data: ProbeData, minIntervals = MIN_INTERVALS_IN_PLACE): number | null {
  const { ms, evLine, evCall } = data.lines;
  let best = Infinity;
  for (let i = 0; i < ms.length; i++) {
    const k = (evLine[i] ?? 0) + (evCall[i] ?? 0);
    if (k >= minIntervals) best = Math.min(best, (ms[i] ?? 0) / k);
  }
  return Number.isFinite(best) ? Math.max(0, best) : null;
}

/**
 * The costs to subtract: the measured ones, but never more than the profiled code's own per-interval
 * floor. A line that calls a small function in a tight loop is nearly all probe intervals; subtracting
 * even a few percent too much would wipe it out, while too little only leaves it a little high.
 */
export function costsToSubtract(measured: ProbeCosts, inPlace: number | null): ProbeCosts {
  if (inPlace === null) return measured;
  return { lineMs: Math.min(measured.lineMs, inPlace), callMs: Math.min(measured.callMs, inPlace) };
}
