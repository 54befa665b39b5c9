/**
 * The tutor's RunContext from a lab run (lib/labs/lab-run.ts): the learner's series, its counters read by
 * the roles the lesson gives them. A stop-gap until runs have one shape (issue 12): then RunContext is
 * built from that state and the lab's own declarations.
 */
import type { LabRun } from '@/lib/labs/lab-run';
import type { RunContext, RunPoint } from '@/lib/tutor/run-diagnosis';
import type { LabRunMeaning } from '@/lib/tutor/types';

export function runContextFromLabRun(
  run: LabRun | null | undefined,
  meaning: LabRunMeaning = {},
): RunContext | undefined {
  const learner = run?.series.learner;
  if (!learner || learner.results.length === 0) return undefined;
  const v = learner.verdict;
  const roles = Object.entries(meaning.counters ?? {});
  return {
    finding: meaning.finding,
    verdict: v && !v.inconclusive ? v.best : null,
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
