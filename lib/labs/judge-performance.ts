/**
 * The performance half of a lab's checklist: counters against their limits at the largest size measured,
 * the growth class, the speed-up over the starter, the harness's performance checks, and (own-budget labs)
 * the learner's own declared budget. Pure.
 */
import { formatDuration } from '@/lib/format/format';
import type { MemoryClass, SizeResult } from '@/lib/runner/protocol';
import { largestCommonSize, resultAt, seriesOf } from '@/lib/runner/run-queries';
import type { RunState } from '@/lib/runner/run-state';
import {
  BUDGET_WORDS,
  describeBudget,
  judgeBudget,
  judgeClassLimit,
  parseDeclaredBudget,
} from './declared-budget';
import { counterLabel, describeLimit, limitValue, withUnit } from './lab-words';
import type { ChecklistItem, CounterLimit, Lab } from './types';

const fmtN = (n: number) => n.toLocaleString('en-US');

export function judgeCounter(lab: Lab, limit: CounterLimit, last: SizeResult | undefined): ChecklistItem {
  const id = `counter:${limit.counter}`;
  const label = describeLimit(lab, limit);
  const { unit } = counterLabel(lab, limit.counter);
  const value = last?.counters?.[limit.counter];
  if (!last || value === undefined) {
    return { id, label, pass: false, reason: 'Not measured: no size finished with this counter.' };
  }
  const allowed = limitValue(limit, last.n);
  const pass = limit.kind === 'max' ? value <= allowed : value >= allowed;
  const at = `at n = ${fmtN(last.n)}`;
  if (pass) return { id, label, pass, reason: `${withUnit(value, unit)} ${at}.` };
  const verb = limit.kind === 'max' ? 'allows at most' : 'needs at least';
  const tip = limit.hint ? ` ${limit.hint}` : '';
  return {
    id,
    label,
    pass,
    reason: `${withUnit(value, unit)} ${at}; the budget ${verb} ${withUnit(allowed, unit)}.${tip}`,
  };
}

export function judgeClass(lab: Lab, state: RunState): ChecklistItem | null {
  const max = lab.budget.maxClass;
  if (!max) return null;
  const id = 'class';
  const label = `Grows no faster than ${max}`;
  const v = seriesOf(state, 'learner')?.verdict;
  const j = judgeClassLimit(v, max);
  if (j.outcome === 'met') {
    const conf = v && !v.inconclusive ? ` (${Math.round(v.confidence * 100)}% of resamples agree)` : '';
    return { id, label, pass: true, reason: `Measured ${j.text}${conf}.` };
  }
  if (j.outcome === 'missed' && v?.best && !v.inconclusive) {
    return { id, label, pass: false, reason: `${v.best} is worse than the budget's ${max}.` };
  }
  if (j.outcome === 'missed') return { id, label, pass: false, reason: `Measured ${j.text}.` };
  const stop = seriesOf(state, 'learner')?.stop;
  if (stop) {
    const pred =
      stop.predictedCallMs !== undefined
        ? ` (predicted ≈ ${formatDuration(stop.predictedCallMs * 1e6)} per call)`
        : '';
    return {
      id,
      label,
      pass: false,
      reason: `Too slow: the run stopped before n = ${fmtN(stop.atN)}${pred}, and the smaller sizes are too few to name a class. Code within the budget reaches the largest sizes.`,
    };
  }
  const why = v?.reason ? `: ${v.reason}` : '';
  return { id, label, pass: false, reason: `Inconclusive${why}. Run again.` };
}

export function judgeSpeedup(lab: Lab, state: RunState): ChecklistItem | null {
  const min = lab.budget.minSpeedup;
  if (!min) return null;
  const id = 'speedup';
  const starter = seriesOf(state, 'starter');
  const learner = seriesOf(state, 'learner');
  const label = `At least ${min}× faster than the starter`;
  const n = largestCommonSize(starter, learner);
  const s = n === null ? undefined : resultAt(starter, n);
  const l = n === null ? undefined : resultAt(learner, n);
  if (n === null || !s || !l) {
    return {
      id,
      label,
      pass: false,
      reason: 'Not measured: the starter and your code share no finished size.',
    };
  }
  const ratio = s.medianNs / Math.max(l.medianNs, 1e-9);
  const figures = `at n = ${fmtN(n)}, the starter took ${formatDuration(s.medianNs)} per call and yours ${formatDuration(l.medianNs)}`;
  const times = ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1);
  if (ratio >= min) return { id, label, pass: true, reason: `${times}× faster: ${figures}.` };
  return {
    id,
    label,
    pass: false,
    reason: `Only ${times}× faster (${figures}); the budget asks for ${min}×.`,
  };
}

const MEMORY_ORDER: readonly MemoryClass[] = ['O(1)', 'O(n)', 'O(n log n)', 'O(n²)'];

/** Peak memory per call (the memory pass's verdict of the learner's series) against the budget's class. */
export function judgeMemory(lab: Lab, state: RunState): ChecklistItem | null {
  const max = lab.budget.maxMemoryClass;
  if (!max) return null;
  const id = 'memory';
  const label = `Peak memory per call grows no faster than ${max}`;
  const memory = seriesOf(state, 'learner')?.memory;
  const v = memory?.verdict;
  if (!v) {
    return { id, label, pass: false, reason: 'Not measured: the run ended before its memory pass.' };
  }
  if (v.inconclusive) {
    return { id, label, pass: false, reason: `Inconclusive: ${v.evidence}. Run again.` };
  }
  const rank = v.cls ? MEMORY_ORDER.indexOf(v.cls) : MEMORY_ORDER.length;
  if (rank <= MEMORY_ORDER.indexOf(max)) {
    return { id, label, pass: true, reason: `Measured ${v.label}: ${v.evidence}.` };
  }
  return {
    id,
    label,
    pass: false,
    reason: `Peak memory grows as ${v.label}, worse than the budget's ${max}: ${v.evidence}.`,
  };
}

export function performanceChecks(state: RunState): ChecklistItem[] {
  return (state.checks ?? [])
    .filter((c) => c.kind === 'performance')
    .map((c) => ({ id: `check:${c.id}`, label: c.label, pass: c.pass, reason: c.detail }));
}

export function perfTestFirstItems(lab: Lab, state: RunState): ChecklistItem[] {
  if (!state.checks) {
    const reason = state.checksError ?? 'Not checked: the run did not finish, so the budget was never read.';
    return [{ id: 'budget-declared', label: 'You declared a performance budget', pass: false, reason }];
  }
  const raw = state.checks.find((c) => c.id === 'budget')?.data;
  const parsed = parseDeclaredBudget(raw, lab.sizes, BUDGET_WORDS[lab.language ?? 'javascript']);
  if (!parsed.ok) {
    return [
      {
        id: 'budget-declared',
        label: 'You declared a performance budget',
        pass: false,
        reason: parsed.reason,
      },
    ];
  }
  const b = parsed.budget;
  const said = describeBudget(b);
  const starter = judgeBudget(b, seriesOf(state, 'starter'));
  const mine = judgeBudget(b, seriesOf(state, 'learner'));
  return [
    {
      id: 'budget-declared',
      label: 'You declared a performance budget',
      pass: true,
      reason: `Your budget: ${said}.`,
    },
    {
      id: 'budget-fails-starter',
      label: 'Your budget fails the slow starter',
      pass: starter.outcome === 'missed',
      reason:
        starter.outcome === 'missed'
          ? `Good: the starter misses it (${starter.reason}).`
          : starter.outcome === 'met'
            ? `The starter meets it (${starter.reason}), so this budget would let the slow code ship. Make it stricter.`
            : `Cannot tell: ${starter.reason}. Run again.`,
    },
    {
      id: 'budget-passes-yours',
      label: 'Your code meets your budget',
      pass: mine.outcome === 'met',
      reason:
        mine.outcome === 'met'
          ? `Met: ${mine.reason}.`
          : mine.outcome === 'missed'
            ? `Missed: ${mine.reason}. Now make the code fast enough.`
            : `Cannot tell: ${mine.reason}.`,
    },
  ];
}
