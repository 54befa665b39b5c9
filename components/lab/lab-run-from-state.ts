/**
 * Builds the evaluation's input (LabRun) from the runner's UI state plus the harness checks that arrived
 * with the run's 'done' message. Pure.
 */
import type { RunState } from '@/components/runner/run-state';
import type { LabRun, SeriesOutcome } from '@/lib/labs/lab-run';
import type { HarnessCheck } from '@/lib/labs/types';

export interface ChecksReport {
  checks?: HarnessCheck[];
  checksError?: string;
}

export function labRunFromState(state: RunState, report: ChecksReport | null): LabRun {
  const series: LabRun['series'] = {};
  for (const s of state.series) {
    const err = state.error && state.error.series === s.id ? state.error : null;
    const outcome: SeriesOutcome = {
      results: s.results,
      verdict: s.verdict,
      stop: s.stoppedAt
        ? { atN: s.stoppedAt.n, detail: s.stoppedAt.detail, predictedCallMs: s.stoppedAt.predictedCallMs }
        : null,
      error: err ? { name: err.name, message: err.message, line: err.line, n: err.n } : null,
    };
    series[s.id] = outcome;
  }
  let incomplete: string | null = null;
  if (state.phase === 'stopped') incomplete = `the run was stopped (${state.reason ?? 'cancelled'})`;
  else if (state.error && state.error.series === null)
    incomplete = `${state.error.name}: ${state.error.message}`;
  return {
    series,
    mismatch: state.mismatch,
    checks: report?.checks,
    checksError: report?.checksError ?? null,
    incomplete,
  };
}

/** The run has ended one way or another, so the checklist can be judged. */
export function runEnded(state: RunState): boolean {
  return state.phase === 'done' || state.phase === 'error' || state.phase === 'stopped';
}
