/**
 * Questions asked of a run's state by the lab judge, race headlines, the tutor and the UI. Pure readers
 * of RunState: nothing here copies the state into another shape.
 */
import type { SeriesId, SizeResult } from './protocol';
import type { RunError, RunState, SeriesState } from './run-state';

type HasResults = Pick<SeriesState, 'results'>;

export function seriesOf(state: Pick<RunState, 'series'>, id: SeriesId): SeriesState | undefined {
  return state.series.find((s) => s.id === id);
}

/** The largest size a series measured. */
export function lastResult(s: HasResults | undefined): SizeResult | undefined {
  return s?.results.reduce<SizeResult | undefined>((m, r) => (!m || r.n > m.n ? r : m), undefined);
}

/** The result at size n, if measured. */
export function resultAt(s: HasResults | undefined, n: number): SizeResult | undefined {
  return s?.results.find((r) => r.n === n);
}

/** The largest size both series measured. */
export function largestCommonSize(a: HasResults | undefined, b: HasResults | undefined): number | null {
  if (!a || !b) return null;
  const inB = new Set(b.results.map((r) => r.n));
  const common = a.results.map((r) => r.n).filter((n) => inB.has(n));
  return common.length ? Math.max(...common) : null;
}

/** The error this series threw, if the run's error is its own. */
export function seriesError(state: Pick<RunState, 'error'>, id: SeriesId): RunError | null {
  return state.error && state.error.series === id ? state.error : null;
}

/** Why the run ended before every series finished (cancelled, watchdog, crash), or null. */
export function incompleteReason(state: Pick<RunState, 'phase' | 'reason' | 'error'>): string | null {
  if (state.phase === 'stopped') return `the run was stopped (${state.reason ?? 'cancelled'})`;
  if (state.error && state.error.series === null) return `${state.error.name}: ${state.error.message}`;
  return null;
}

/** The run has ended one way or another, so it can be judged. */
export function runEnded(state: Pick<RunState, 'phase'>): boolean {
  return state.phase === 'done' || state.phase === 'error' || state.phase === 'stopped';
}
