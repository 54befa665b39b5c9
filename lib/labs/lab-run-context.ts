/** What the tutor needs from a lab's finished run: the learner's series, read straight from the run's state. */
import { seriesOf } from '@/lib/runner/run-queries';
import type { RunState } from '@/lib/runner/run-state';
import type { RunContext } from '@/lib/tutor/answer-from-run';
import type { Lab } from './types';

export function labRunContext(lab: Pick<Lab, 'id'>, state: Pick<RunState, 'series'>): RunContext | undefined {
  const learner = seriesOf(state, 'learner');
  if (!learner || learner.results.length === 0) return undefined;
  const v = learner.verdict;
  return {
    labId: lab.id,
    verdict: v && !v.inconclusive ? v.best : null,
    points: learner.results.map((r) => ({ n: r.n, counters: r.counters })),
  };
}
