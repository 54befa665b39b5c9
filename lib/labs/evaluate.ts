/**
 * Turns a finished lab run (the run's own state) into the checklist the learner sees. Correctness first: a
 * wrong answer, however fast, fails, and the speed items then say they were not judged. Counters are
 * judged at the largest size the learner's code was measured at; the speed-up at the largest size both
 * the starter and the learner ran. Pure: no clock, no DOM.
 */
import { formatSize } from '@/lib/format/format';
import type { SizeResult } from '@/lib/runner/protocol';
import { incompleteReason, lastResult, seriesOf } from '@/lib/runner/run-queries';
import type { RunState } from '@/lib/runner/run-state';
import { judgeCorrectness } from './judge-correctness';
import {
  judgeClass,
  judgeCounter,
  judgeMemory,
  judgeSpeedup,
  performanceChecks,
  perfTestFirstItems,
} from './judge-performance';
import { counterLabel, withUnit } from './lab-words';
import type { ChecklistItem, Lab, LabEvaluation } from './types';

export function evaluateLab(lab: Lab, state: RunState): LabEvaluation {
  const { items, ok } = judgeCorrectness(lab, state);
  const perf: ChecklistItem[] = [];
  if (lab.kind === 'own-budget') perf.push(...perfTestFirstItems(lab, state));
  const last = lastResult(seriesOf(state, 'learner'));
  for (const limit of lab.budget.counters ?? []) perf.push(judgeCounter(lab, limit, last));
  const cls = judgeClass(lab, state);
  if (cls) perf.push(cls);
  const sp = judgeSpeedup(lab, state);
  if (sp) perf.push(sp);
  const mem = judgeMemory(lab, state);
  if (mem) perf.push(mem);
  perf.push(...performanceChecks(state));
  if (!ok) {
    // Correctness first: speed is not judged for code that is wrong or did not run.
    for (const p of perf) {
      if (p.id === 'budget-declared' && state.checks) items.push(p);
      else
        items.push({ ...p, pass: false, reason: 'Not judged yet: the code must run and be correct first.' });
    }
  } else {
    items.push(...perf);
  }
  const incomplete = incompleteReason(state);
  if (incomplete) {
    items.push({ id: 'complete', label: 'The run finished', pass: false, reason: incomplete });
  }
  return { items, passed: items.length > 0 && items.every((i) => i.pass) };
}

/** "10,001 queries" style figure of a counter at the largest size, for summaries and progress. */
export function counterFigure(lab: Lab, counter: string, r: SizeResult | undefined): string | null {
  const v = r?.counters?.[counter];
  if (v === undefined || !r) return null;
  return `${withUnit(v, counterLabel(lab, counter).unit)} at n = ${formatSize(r.n)}`;
}

/**
 * The budget in words, one line per requirement, for the lab page before any run. A counter's name and
 * limit would point at the bug ("Queries: at most 2"), so the counted limits are only announced here; the
 * checklist shows each one, with the measured figure, from the first run on.
 */
export function budgetLines(lab: Lab): string[] {
  const lines: string[] = [];
  if (lab.checkCorrectness) lines.push('Same output as the reference at every size (checked first).');
  if (lab.kind === 'own-budget') {
    const name = lab.language === 'python' ? 'PERF_BUDGET' : 'perfBudget';
    lines.push(`A \`${name}\` you declare yourself: it must fail on the starter and pass on your code.`);
  }
  if (lab.budget.maxClass) lines.push(`Growth no worse than ${lab.budget.maxClass}.`);
  if (lab.budget.maxMemoryClass) {
    lines.push(
      `Peak memory per call growing no faster than ${lab.budget.maxMemoryClass} (measured with tracemalloc).`,
    );
  }
  if (lab.budget.minSpeedup) {
    lines.push(`At least ${lab.budget.minSpeedup}× faster than the starter at the largest size both ran.`);
  }
  const counted = lab.budget.counters?.length ?? 0;
  const behaviour = lab.checkCorrectness ? '' : ' and checks of its behaviour';
  if (counted > 0) {
    lines.push(
      `${counted === 1 ? 'A limit' : `${counted} limits`} on what the harness counts${behaviour}: your first run shows ${counted === 1 ? 'it' : 'each'} in the checklist, with the figure measured.`,
    );
  }
  return lines;
}
