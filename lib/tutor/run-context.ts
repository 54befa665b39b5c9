/** Build the tutor's RunContext from a lab run (lib/labs/lab-run.ts): the learner's series only. */
import type { LabRun } from '@/lib/labs/lab-run';
import type { RunContext } from './answer-from-run';

export function runContextFromLabRun(labId: string, run: LabRun | null | undefined): RunContext | undefined {
  const learner = run?.series.learner;
  if (!learner || learner.results.length === 0) return undefined;
  const v = learner.verdict;
  return {
    labId,
    verdict: v && !v.inconclusive ? v.best : null,
    points: learner.results.map((r) => ({ n: r.n, counters: r.counters })),
  };
}
