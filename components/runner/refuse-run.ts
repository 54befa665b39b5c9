import type { SeriesId } from '@/lib/runner/protocol';
import type { SourceProblem } from '@/lib/runner/transpile';
import type { RunStore } from './run-store';

/**
 * Ends a run before it starts because some code has problems: the learner's problems become editor
 * markers, and the status names the first one and says to fix it. Used by the playground's and the lab's
 * controllers alike.
 */
export function refuseRun(
  store: RunStore,
  series: SeriesId,
  problems: readonly SourceProblem[],
  labels: { id: SeriesId; label: string }[],
  budgetMs: number,
): void {
  const first = problems[0];
  store.getState().setProblems(series === 'learner' ? [...problems] : []);
  store.getState().begin(labels, budgetMs);
  store.setState({
    phase: 'error',
    error: {
      series,
      name: 'Not run',
      message: `${first?.message ?? 'The code has a problem.'} Fix the marked line, then press Run.`,
      line: first?.line,
      column: first?.column,
    },
  });
}
