/**
 * The one file of message types between the page and the measuring worker.
 *
 * Path of a message: page  <->  sandboxed iframe (opaque origin, relays only)  <->  blob worker.
 * The iframe wraps everything the worker posts in a RelayEnvelope so a message forged by learner code
 * can only ever appear as data inside the wrapper. Every run-scoped message carries the runId; the page
 * drops any message whose runId is not the current run.
 */

import type { ProfileReport } from '@/lib/profile/types';

export type SeriesId = 'learner' | 'starter' | 'reference';

/** What a series' `code` is written in, as the worker runs it (TypeScript arrives as JavaScript). */
export type SeriesLanguage = 'javascript' | 'python';

/**
 * One body of code to measure. JavaScript (the default): plain JavaScript in CommonJS shape (assigns to
 * `exports`). Python: the learner's source as written (`def make_input(n)`, `def solve(inp)`).
 */
export interface SeriesSpec {
  id: SeriesId;
  code: string;
  /** Lines added before the learner's first line by the transform, subtracted from error lines. */
  lineOffset: number;
  /** Absent: JavaScript. Every series of a run is in the same language. */
  language?: SeriesLanguage;
}

export interface RunSpec {
  runId: number;
  series: SeriesSpec[];
  /** Input sizes, ascending. When absent, the worker uses the code's `sizes` export or the default ladder. */
  sizes?: number[];
  /** A size whose measuring takes longer than this stops the series; larger sizes become predictions. */
  perSizeBudgetMs: number;
  /** Compare the learner's output with the reference's at every size before timing counts. */
  checkCorrectness: boolean;
  /** Optional shared harness module (JavaScript, CommonJS shape) providing makeInput/check/counters for labs. */
  harness?: string;
  /** SQLite wasm bytes, when the harness needs a database. */
  sqliteWasm?: ArrayBuffer;
  /**
   * Shorter sampling per size, for tests and benches that run many labs (the page never sets it): how long
   * to sample and warm up, and at most how many samples. Same code path, less time per size.
   */
  sampling?: SamplingOverrides;
  /**
   * Profile instead of measuring a ladder: the learner's series alone, instrumented, at one size. The
   * worker posts 'profile-phase' as it goes and one 'profile' with the report.
   */
  profile?: ProfileRequest;
  /**
   * Python runs: where the worker loads Pyodide from (absolute, ending in `/pyodide/`). Set by the page's
   * runner host (it knows the app's origin; the opaque-origin sandbox does not).
   */
  pyodideUrl?: string;
  /**
   * Python runs: after the timed pass, peak memory per call at each measured size (tracemalloc, its own
   * pass); a size whose traced call is predicted to take longer than this is not measured, ms.
   */
  memoryBudgetMs?: number;
}

export interface SamplingOverrides {
  samplingGoalMs?: number;
  warmupMs?: number;
  firstWarmupMs?: number;
  maxSamples?: number;
}

export interface ProfileRequest {
  /** The input size to profile at. */
  n: number;
  /** The plain time per call at n from the last run, ns, when known (saves timing it again). */
  plainNsPerCall?: number;
}

export interface SizeResult {
  n: number;
  /** Nanoseconds per call, one entry per sample. */
  samplesNs: number[];
  medianNs: number;
  /** Lowest and highest sample, ns per call. */
  minNs: number;
  maxNs: number;
  /** Calls per timed sample. */
  batch: number;
  /** max/min of the round medians exceeded the instability threshold. */
  unstable: boolean;
  /** Median was within the optimised-away threshold of the empty-function baseline. */
  nearBaseline: boolean;
  /** Deterministic counters read after one call at this size (queries, rows, allocations, ...). */
  counters?: Record<string, number>;
  /** The code changed its input, so every timed call got a freshly built one (built outside the timing). */
  mutatesInput?: boolean;
  /** The size stood out from its neighbours and was measured twice; the faster measurement is kept. */
  secondLook?: { firstMedianNs: number; secondMedianNs: number };
}

export type ComplexityClass = 'O(1)' | 'O(log n)' | 'O(n)' | 'O(n log n)' | 'O(n²)' | 'O(n³)' | 'O(2ⁿ)';

export interface Verdict {
  /** Best class, or null when inconclusive. */
  best: ComplexityClass | null;
  /** Share of bootstrap resamples that chose `best` (0..1). */
  confidence: number;
  inconclusive: boolean;
  /** Why the verdict is inconclusive, or a caveat (too few sizes, noise, near baseline...). */
  reason?: string;
  /** Fitted coefficient: time(n) ≈ interceptNs + coef · f(n) ns. */
  coefNs: number;
  /** Predictions are always labelled as predictions in the UI. */
  predictions: { n: number; ns: number }[];
  /** Fitted constant overhead in ns (≥ 0); draw the fitted curve as interceptNs + coefNs · f(n). */
  interceptNs?: number;
  /** For O(2ⁿ): the fitted base b of time ≈ a + c · bⁿ (e.g. 1.618 for naive Fibonacci). */
  expBase?: number;
  /** Every model tried, with its root-mean-square relative error (0.05 = 5%), best first. */
  fits?: { cls: ComplexityClass; err: number; coefNs: number; interceptNs: number }[];
}

/**
 * Loading Python (once per worker): fetching its files, compiling the wasm, starting the interpreter; then,
 * per run, importing the library modules its code uses that are not loaded yet ('import', before any of
 * the code runs: lib/python/library-imports.ts).
 */
export type PythonLoadPhase = 'download' | 'compile' | 'start' | 'import' | 'ready';

export interface PythonLoadProgress {
  phase: PythonLoadPhase;
  /** Bytes of Pyodide's files received so far (as decoded), and the expected total (0: unknown). */
  loadedBytes: number;
  totalBytes: number;
  /** Since the load began, ms (0 when the interpreter was already loaded). */
  elapsedMs: number;
}

/** Peak memory of one call at size n (Python: tracemalloc, above what was allocated before the call). */
export interface MemoryResult {
  n: number;
  peakBytes: number;
  /** Allocated by the call and still held after its output was dropped (caches, globals). */
  retainedBytes: number;
}

export type MemoryClass = 'O(1)' | 'O(n)' | 'O(n log n)' | 'O(n²)';

/** How peak memory grows with n (lib/complexity/memory-verdict.ts): counted bytes, no resampling. */
export interface MemoryVerdict {
  /** null when inconclusive, or more than linear without a clear class. */
  cls: MemoryClass | null;
  /** What to show: the class, "more than linear", or "inconclusive". */
  label: MemoryClass | 'more than linear' | 'inconclusive';
  inconclusive: boolean;
  /** One sentence with the figures behind the label (or the reason it is inconclusive). */
  evidence: string;
  /** Peak at the largest size over peak at the smallest (both raised to the floor). */
  growth: number;
  /** Slope of log(peak) against log(n) over the sizes well above the floor; null with fewer than two. */
  slope: number | null;
  floorBytes: number;
  /** Linear fits: bytes per item. */
  bytesPerItem?: number;
}

export type WorkerToPage =
  | { type: 'ready' }
  /** Python is loading for this run (phases, then 'ready'); the watchdogs allow it more silence. */
  | ({ type: 'python-load'; runId: number } & PythonLoadProgress)
  | {
      type: 'started';
      runId: number;
      sizes: number[];
      baselineNs: number;
      timerResolutionNs: number;
      /** Sizes per series when they differ (e.g. a series exporting its own `sizes`). */
      seriesSizes?: Partial<Record<SeriesId, number[]>>;
    }
  | { type: 'size'; runId: number; series: SeriesId; result: SizeResult }
  | ({ type: 'stopped'; runId: number; series: SeriesId } & SeriesStop)
  | ({ type: 'mismatch'; runId: number } & Mismatch)
  | { type: 'verdict'; runId: number; series: SeriesId; verdict: Verdict }
  /** A profile run moved on: timing the plain call, then running the instrumented one. */
  | { type: 'profile-phase'; runId: number; phase: 'plain' | 'profile' }
  | { type: 'profile'; runId: number; series: SeriesId; report: ProfileReport }
  /** One size of the memory pass (after the timed pass). */
  | { type: 'memory'; runId: number; series: SeriesId; result: MemoryResult }
  /** The memory pass's class; `stoppedAt`: the first size not measured (budget). */
  | { type: 'memory-verdict'; runId: number; series: SeriesId; verdict: MemoryVerdict; stoppedAt?: number }
  | {
      type: 'log';
      runId: number;
      series: SeriesId;
      text: string;
      /** Which console method; absent means 'log'. */
      level?: 'log' | 'info' | 'warn' | 'error' | 'debug';
    }
  | ({ type: 'error'; runId: number; series: SeriesId } & RunErrorInfo)
  | {
      type: 'done';
      runId: number;
      elapsedMs: number;
      /** Lab harness behaviour checks of the learner's module (harness `checks(learner, env)`), when present. */
      checks?: HarnessCheck[];
      /** The harness's checks threw. */
      checksError?: string;
    };

/** Why a series stopped before its largest size: larger sizes are then shown as predictions. */
export interface SeriesStop {
  /** The first size that was not (fully) measured. */
  atN: number;
  reason: 'budget';
  /** Wall time spent on the sizes of this series, ms. */
  elapsedMs: number;
  /** 'predicted': atN was skipped because its predicted time exceeded the budget (never measured);
   *  'overrun': measuring atN itself ran over the budget. */
  detail: 'predicted' | 'overrun';
  /** Predicted time of one call at atN, ms (a prediction, for 'predicted'). */
  predictedCallMs?: number;
}

/** The first output that differed from the reference's (correctness comes before speed). */
export interface Mismatch {
  n: number;
  inputPreview: string;
  expected: string;
  actual: string;
  /** The series whose output differed (learner or starter). */
  series?: SeriesId;
}

/** Something the code threw (or a contract it broke), mapped to the learner's lines where known. */
export interface RunErrorInfo {
  name: string;
  message: string;
  /** 1-based line and column in the learner's source, when known. */
  line?: number;
  column?: number;
  /** Stack with learner.js positions mapped to the learner's lines (bounded); Python: its traceback. */
  stack?: string;
  /** The input size being measured when it was thrown, when known. */
  n?: number;
  /** The worker's runtime cannot go on (Python failed itself, or holds too much memory): start a new one. */
  fatal?: boolean;
}

/** One behaviour check reported by a lab harness's `checks(learner, env)`. */
export interface HarnessCheck {
  id: string;
  label: string;
  pass: boolean;
  /** Why, in a sentence with the figures. */
  detail: string;
  /** 'performance' checks are judged with the budget; correctness checks (the default) gate it. */
  kind?: 'correctness' | 'performance';
  /** Optional machine-readable extra (e.g. the learner's declared perf budget). */
  data?: unknown;
}

export type PageToWorker =
  | { type: 'run'; spec: RunSpec }
  | { type: 'ping' }
  /**
   * Sent by the sandbox's relay (not the page) to each worker it starts: a shared byte the relay sets to 2
   * to interrupt running Python (Pyodide's interrupt buffer) without terminating the worker.
   */
  | { type: 'init'; interrupt: Uint8Array }
  /**
   * Sent by the relay to a worker that replaces one which ran Python: start loading it now (from the
   * last Python run's pyodideUrl), so the next Python run need not wait for the whole load.
   */
  | { type: 'preload-python'; url: string };

/** What the sandbox iframe posts to the page: always wrapped. */
export interface RelayEnvelope {
  hotpath: 'relay';
  payload: WorkerToPage | { type: 'worker-crashed'; message: string };
}

export function assertNever(x: never): never {
  throw new Error(`Unexpected message: ${JSON.stringify(x)}`);
}
