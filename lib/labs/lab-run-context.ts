/**
 * What the tutor needs from a lab's finished run, read straight from the run's state: the learner's
 * series, each counter under the role the lab declares for it, the finding the lab teaches and its section.
 */
import { seriesOf } from '@/lib/runner/run-queries';
import type { RunState } from '@/lib/runner/run-state';
import type { RunContext, RunPoint } from '@/lib/tutor/run-diagnosis';
import type { Lab } from './types';

export function labRunContext(
  lab: Pick<Lab, 'counters' | 'finding' | 'sectionId'>,
  state: Pick<RunState, 'series'>,
): RunContext | undefined {
  const learner = seriesOf(state, 'learner');
  if (!learner || learner.results.length === 0) return undefined;
  const v = learner.verdict;
  const roles = lab.counters.flatMap((c) => (c.role ? [[c.id, c.role] as const] : []));
  return {
    ...(lab.finding ? { finding: lab.finding } : {}),
    sectionId: lab.sectionId,
    verdict: v && !v.inconclusive ? v.best : null,
    ...(learner.memory?.verdict ? { memory: learner.memory.verdict.cls } : {}),
    points: learner.results.map((r): RunPoint => {
      const counters: RunPoint['counters'] = {};
      for (const [id, role] of roles) {
        const value = r.counters?.[id];
        if (typeof value === 'number') counters[role] = value;
      }
      return { n: r.n, counters };
    }),
  };
}
