/**
 * The correctness half of a lab's checklist: it ran without errors, its output matched the reference's,
 * and the harness's behaviour checks passed. Correctness comes first: speed is only judged after it.
 */
import { formatCount } from '@/lib/format/format';
import { incompleteReason, seriesError, seriesOf } from '@/lib/runner/run-queries';
import type { RunState } from '@/lib/runner/run-state';
import type { ChecklistItem, Lab } from './types';

const fmtN = formatCount;

export function judgeCorrectness(lab: Lab, state: RunState): { items: ChecklistItem[]; ok: boolean } {
  const items: ChecklistItem[] = [];
  const learner = seriesOf(state, 'learner');
  const err = seriesError(state, 'learner');
  const ran = !!learner && learner.results.length > 0;
  if (err) {
    const where = err.line ? ` (line ${err.line})` : '';
    const at = err.n !== undefined ? ` at n = ${fmtN(err.n)}` : '';
    items.push({
      id: 'runs',
      label: 'Runs without errors',
      pass: false,
      reason: `${err.name}${where}${at}: ${err.message}`,
    });
  } else if (state.checksError) {
    items.push({ id: 'runs', label: 'Runs without errors', pass: false, reason: state.checksError });
  } else if (!ran && !(learner?.stop && !state.mismatch)) {
    const why = incompleteReason(state) ?? 'no size finished';
    items.push({
      id: 'runs',
      label: 'Runs without errors',
      pass: false,
      reason: `Not run to the end: ${why}.`,
    });
  } else {
    items.push({ id: 'runs', label: 'Runs without errors', pass: true, reason: 'No errors.' });
  }
  const mm = state.mismatch && (state.mismatch.series ?? 'learner') === 'learner' ? state.mismatch : null;
  if (lab.checkCorrectness) {
    if (mm) {
      items.push({
        id: 'correct',
        label: 'Same output as the reference',
        pass: false,
        reason: `At n = ${fmtN(mm.n)} the output differs. Expected ${mm.expected}; got ${mm.actual}.`,
      });
    } else if (ran && !err) {
      const ns = learner!.results.map((r) => r.n);
      items.push({
        id: 'correct',
        label: 'Same output as the reference',
        pass: true,
        reason: `Matched at every measured size (n = ${fmtN(Math.min(...ns))} … ${fmtN(Math.max(...ns))}).`,
      });
    } else {
      const why =
        learner?.stop && !err ? 'even the smallest size ran over the time limit' : 'the code did not run';
      items.push({
        id: 'correct',
        label: 'Same output as the reference',
        pass: false,
        reason: `Not checked: ${why}.`,
      });
    }
  }
  for (const c of state.checks ?? []) {
    if (lab.kind === 'own-budget' && c.id === 'budget') continue;
    if (c.kind === 'performance') continue;
    items.push({ id: `check:${c.id}`, label: c.label, pass: c.pass, reason: c.detail });
  }
  const ok = items.every((i) => i.pass);
  return { items, ok };
}
