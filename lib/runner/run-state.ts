/**
 * Everything one run reported, in the protocol's own types, and the pure reducer that folds worker
 * messages into it. The one run shape: the page's store (components/runner/run-store.ts), the lab judge,
 * race headlines, the tutor's run context and the Node path used by tests and benches all read this.
 * No React, no DOM.
 */
import type {
  HarnessCheck,
  MemoryResult,
  MemoryVerdict,
  Mismatch,
  PythonLoadProgress,
  RunErrorInfo,
  SeriesId,
  SeriesStop,
  SizeResult,
  Verdict,
  WorkerToPage,
} from './protocol';
import type { ProfileReport } from '@/lib/profile/types';
import type { SourceProblem } from './transpile';

/** How a run ended, as the page's runner host saw it. */
export type RunEnd =
  | { status: 'done'; elapsedMs: number }
  | { status: 'cancelled' }
  | { status: 'stalled'; silentMs: number }
  | { status: 'crashed'; message: string }
  | { status: 'error' }
  | { status: 'failed'; message: string };

export type RunPhase = 'idle' | 'starting' | 'running' | 'done' | 'stopped' | 'error';

export interface SeriesState {
  id: SeriesId;
  label: string;
  results: SizeResult[];
  verdict: Verdict | null;
  /** Sizes planned for this series (the run's ladder unless the series has its own). */
  sizes: number[];
  /** Set when a size blew (or was predicted to blow) the per-size budget: larger sizes are predictions. */
  stop: SeriesStop | null;
  /** Python: the memory pass (peak per call at each size), once it has begun. */
  memory: SeriesMemory | null;
}

export interface SeriesMemory {
  sizes: MemoryResult[];
  verdict: MemoryVerdict | null;
  /** The first size the memory pass did not measure (its budget). */
  stoppedAt?: number;
}

/** An error of one series (or of the runner itself: series null). */
export type RunError = RunErrorInfo & { series: SeriesId | null };

export interface RunState {
  phase: RunPhase;
  /** Why the run stopped or failed, in words for the status line. */
  reason: string | null;
  ladder: number[];
  budgetMs: number;
  baselineNs: number | null;
  timerResolutionNs: number | null;
  series: SeriesState[];
  mismatch: Mismatch | null;
  error: RunError | null;
  /** The lab harness's behaviour checks of the learner's code (from the 'done' message). */
  checks: HarnessCheck[] | null;
  /** The harness's checks threw. */
  checksError: string | null;
  /** A profile run's report (RunSpec.profile), once it has come. */
  profile: ProfileReport | null;
  /** Where a profile run is: timing the plain call, then running the instrumented one. */
  profilePhase: 'plain' | 'profile' | null;
  /** Python runs: loading the interpreter (its last progress report), until it is ready. */
  pythonLoad: PythonLoadProgress | null;
  /** Problems found before running (syntax, missing exports): shown as editor markers. */
  problems: SourceProblem[];
  logs: string[];
  elapsedMs: number | null;
  /** Runs started on this surface so far (lets tests and effects tell one run from the next). */
  runs: number;
}

export const MAX_LOG_LINES = 200;
const MAX_LOG_CHARS = 2000;

export function initialRunState(): RunState {
  return {
    phase: 'idle',
    reason: null,
    ladder: [],
    budgetMs: 0,
    baselineNs: null,
    timerResolutionNs: null,
    series: [],
    mismatch: null,
    error: null,
    checks: null,
    checksError: null,
    profile: null,
    profilePhase: null,
    pythonLoad: null,
    problems: [],
    logs: [],
    elapsedMs: null,
    runs: 0,
  };
}

export function startRun(series: { id: SeriesId; label: string }[], budgetMs: number): RunState {
  return {
    ...initialRunState(),
    phase: 'starting',
    budgetMs,
    series: series.map((s) => ({ ...s, results: [], verdict: null, sizes: [], stop: null, memory: null })),
  };
}

/**
 * A run refused before it started because some code has problems: the learner's problems become editor
 * markers, and the error names the first one and says to fix it.
 */
export function refusedRun(
  series: { id: SeriesId; label: string }[],
  budgetMs: number,
  failing: SeriesId,
  problems: readonly SourceProblem[],
): RunState {
  const first = problems[0];
  return {
    ...startRun(series, budgetMs),
    phase: 'error',
    problems: failing === 'learner' ? [...problems] : [],
    error: {
      series: failing,
      name: 'Not run',
      message: `${first?.message ?? 'The code has a problem.'} Fix the marked line, then press Run.`,
      ...(first ? { line: first.line, column: first.column } : {}),
    },
  };
}

function updateSeries(state: RunState, id: SeriesId, f: (s: SeriesState) => SeriesState): RunState {
  return { ...state, series: state.series.map((s) => (s.id === id ? f(s) : s)) };
}

export function applyMessage(state: RunState, msg: WorkerToPage): RunState {
  switch (msg.type) {
    case 'ready':
      return state;
    case 'started':
      return {
        ...state,
        phase: 'running',
        ladder: [...msg.sizes],
        baselineNs: msg.baselineNs,
        timerResolutionNs: msg.timerResolutionNs,
        series: state.series.map((s) => ({ ...s, sizes: [...(msg.seriesSizes?.[s.id] ?? msg.sizes)] })),
      };
    case 'size':
      return updateSeries({ ...state, phase: 'running' }, msg.series, (s) => ({
        ...s,
        results: [...s.results.filter((r) => r.n !== msg.result.n), msg.result].sort((a, b) => a.n - b.n),
      }));
    case 'stopped': {
      const { type, runId, series, ...stop } = msg;
      return updateSeries(state, series, (s) => ({ ...s, stop }));
    }
    case 'verdict':
      return updateSeries(state, msg.series, (s) => ({ ...s, verdict: msg.verdict }));
    case 'mismatch': {
      const { type, runId, ...mismatch } = msg;
      return { ...state, mismatch };
    }
    case 'profile-phase':
      return { ...state, phase: 'running', profilePhase: msg.phase };
    case 'profile':
      return { ...state, profile: msg.report };
    case 'python-load': {
      const { type, runId, ...progress } = msg;
      return { ...state, pythonLoad: progress };
    }
    case 'memory':
      return updateSeries(state, msg.series, (s) => {
        const sizes = (s.memory?.sizes ?? []).filter((r) => r.n !== msg.result.n);
        return {
          ...s,
          memory: { verdict: null, ...s.memory, sizes: [...sizes, msg.result].sort((a, b) => a.n - b.n) },
        };
      });
    case 'memory-verdict':
      return updateSeries(state, msg.series, (s) => ({
        ...s,
        memory: {
          sizes: s.memory?.sizes ?? [],
          verdict: msg.verdict,
          ...(msg.stoppedAt !== undefined ? { stoppedAt: msg.stoppedAt } : {}),
        },
      }));
    case 'log': {
      const text = msg.text.length > MAX_LOG_CHARS ? `${msg.text.slice(0, MAX_LOG_CHARS)}…` : msg.text;
      const level = msg.level && msg.level !== 'log' && msg.level !== 'info' ? `${msg.level}: ` : '';
      const label = (state.series.length > 1 ? `[${msg.series}] ` : '') + level;
      const logs = [...state.logs, label + text];
      return { ...state, logs: logs.length > MAX_LOG_LINES ? logs.slice(-MAX_LOG_LINES) : logs };
    }
    case 'error': {
      const { type, runId, ...error } = msg;
      return { ...state, phase: 'error', error, reason: null };
    }
    case 'done':
      return {
        ...state,
        elapsedMs: msg.elapsedMs,
        checks: msg.checks ?? state.checks,
        checksError: msg.checksError ?? state.checksError,
      };
    default: {
      const never: never = msg;
      return never;
    }
  }
}

export function endRun(state: RunState, end: RunEnd): RunState {
  switch (end.status) {
    case 'done':
      return { ...state, phase: state.mismatch ? 'error' : 'done', elapsedMs: end.elapsedMs };
    case 'cancelled':
      return { ...state, phase: 'stopped', reason: 'cancelled' };
    case 'stalled':
      return {
        ...state,
        phase: 'stopped',
        reason: `no progress for ${(end.silentMs / 1000).toFixed(1)} s (runaway code? An endless loop or a huge allocation never reports back). The worker was restarted`,
      };
    case 'crashed':
      return {
        ...state,
        phase: 'error',
        error: { series: null, name: 'Worker stopped', message: describeCrash(end.message) },
      };
    case 'error':
      return { ...state, phase: 'error' };
    case 'failed':
      return { ...state, phase: 'error', error: { series: null, name: 'Runner', message: end.message } };
    default: {
      const never: never = end;
      return never;
    }
  }
}

/** Browsers report a worker that ran out of memory in several ways; say it plainly. */
export function describeCrash(raw: string): string {
  const text = raw.replace(/^Uncaught\s+/, '');
  if (/memory|allocation|invalid (array|typed array|string) length|heap/i.test(text)) {
    return `The code ran out of memory (${text}). A fresh worker has been started; try smaller inputs.`;
  }
  return `${text}. A fresh worker has been started.`;
}

/** Sizes finished (measured, or skipped because an earlier size blew the budget) out of all planned. */
export function progressOf(state: RunState): { done: number; total: number } {
  let total = 0;
  let done = 0;
  for (const s of state.series) {
    const planned = s.sizes.length;
    total += planned;
    done += s.stop ? planned : Math.min(planned, s.results.length);
  }
  return { done: Math.min(done, total), total };
}
