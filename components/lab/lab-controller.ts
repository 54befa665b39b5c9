/**
 * A lab's part of running: its request (the learner's code beside the starter and the reference, through
 * the lab's harness) goes to the one run controller; a finished run's state is judged against the lab's
 * budget. Loaded with `import()` when the learner presses Run or the page is idle.
 */
import { checkSource, startRun, warmUpRunner } from '@/components/runner/run-controller';
import type { RunStore } from '@/components/runner/run-store';
import { evaluateLab } from '@/lib/labs/evaluate';
import { labPageRequest } from '@/lib/labs/lab-run-request';
import type { Lab, LabEvaluation } from '@/lib/labs/types';
import type { LabFigure } from '@/lib/progress/schema';
import type { RunState } from '@/lib/runner/run-state';
import type { SourceProblem } from '@/lib/runner/transpile';
import { labFigures } from '@/lib/labs/lab-figures';

export { cancelRun as cancelLab } from '@/components/runner/run-controller';

export function checkLabSource(lab: Lab, source: string): SourceProblem[] {
  return checkSource(source, labPageRequest(lab, source));
}

export function runLab(store: RunStore, lab: Lab, source: string): Promise<void> {
  return startRun(store, labPageRequest(lab, source));
}

export function warmUpLab(lab: Lab): void {
  warmUpRunner(lab.needsSqlite);
}

/** The checklist for a finished run, and the figures to keep when it passed. */
export function judgeLab(
  lab: Lab,
  state: RunState,
): { evaluation: LabEvaluation; figures: Record<string, LabFigure> } {
  const evaluation = evaluateLab(lab, state);
  return { evaluation, figures: evaluation.passed ? labFigures(lab, state) : {} };
}
