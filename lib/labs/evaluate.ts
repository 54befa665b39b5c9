/**
 * Turns a lab run into the checklist the learner sees. Correctness first: a wrong answer, however fast,
 * fails, and the speed items then say they were not judged. Counters are judged at the largest size the
 * learner's code was measured at; the speed-up at the largest size both the starter and the learner ran.
 * Pure: no clock, no DOM.
 */
import { formatCount, formatDuration } from '@/lib/format/duration';
import type { SizeResult } from '@/lib/runner/protocol';
import { describeBudget, judgeBudget, judgeClassLimit, parseDeclaredBudget } from './declared-budget';
import { largestCommonSize, lastResult, resultAt, type LabRun } from './lab-run';
import type { ChecklistItem, CounterLimit, Lab, LabEvaluation } from './types';

const fmtN = (n: number) => n.toLocaleString('en-US');

function counterLabel(lab: Lab, id: string): { label: string; unit: string } {
  const c = lab.counters.find((x) => x.id === id);
  return { label: c?.label ?? id, unit: c?.unit ?? '' };
}

function withUnit(value: number, unit: string): string {
  const v = Number.isInteger(value) ? fmtN(value) : value.toFixed(1);
  return unit === '%' ? `${v}%` : unit ? `${v} ${unit}` : v;
}

export function limitValue(limit: CounterLimit, n: number): number {
  return limit.perN ? Math.floor(limit.value * n) : limit.value;
}

export function describeLimit(lab: Lab, limit: CounterLimit): string {
  const { label, unit } = counterLabel(lab, limit.counter);
  const op = limit.kind === 'max' ? 'at most' : 'at least';
  const amount = limit.perN ? `${+(limit.value * 100).toFixed(2)}% of n` : withUnit(limit.value, unit);
  return `${label}: ${op} ${amount}`;
}

function judgeCounter(lab: Lab, limit: CounterLimit, last: SizeResult | undefined): ChecklistItem {
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

function judgeClass(lab: Lab, run: LabRun): ChecklistItem | null {
  const max = lab.budget.maxClass;
  if (!max) return null;
  const id = 'class';
  const label = `Grows no faster than ${max}`;
  const v = run.series.learner?.verdict;
  const j = judgeClassLimit(v, max);
  if (j.outcome === 'met') {
    const conf = v && !v.inconclusive ? ` (${Math.round(v.confidence * 100)}% of resamples agree)` : '';
    return { id, label, pass: true, reason: `Measured ${j.text}${conf}.` };
  }
  if (j.outcome === 'missed' && v?.best && !v.inconclusive) {
    return { id, label, pass: false, reason: `${v.best} is worse than the budget's ${max}.` };
  }
  if (j.outcome === 'missed') return { id, label, pass: false, reason: `Measured ${j.text}.` };
  const stop = run.series.learner?.stop;
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

function judgeSpeedup(lab: Lab, run: LabRun): ChecklistItem | null {
  const min = lab.budget.minSpeedup;
  if (!min) return null;
  const id = 'speedup';
  const label = `At least ${min}× faster than the starter`;
  const n = largestCommonSize(run.series.starter, run.series.learner);
  const s = n === null ? undefined : resultAt(run.series.starter, n);
  const l = n === null ? undefined : resultAt(run.series.learner, n);
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

function correctnessItems(lab: Lab, run: LabRun): { items: ChecklistItem[]; ok: boolean } {
  const items: ChecklistItem[] = [];
  const learner = run.series.learner;
  const err = learner?.error;
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
  } else if (run.checksError) {
    items.push({ id: 'runs', label: 'Runs without errors', pass: false, reason: run.checksError });
  } else if (!ran && !(learner?.stop && !run.mismatch)) {
    const why = run.incomplete ?? 'no size finished';
    items.push({
      id: 'runs',
      label: 'Runs without errors',
      pass: false,
      reason: `Not run to the end: ${why}.`,
    });
  } else {
    items.push({ id: 'runs', label: 'Runs without errors', pass: true, reason: 'No errors.' });
  }
  const mm = run.mismatch && (run.mismatch.series ?? 'learner') === 'learner' ? run.mismatch : null;
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
  for (const c of run.checks ?? []) {
    if (lab.kind === 'perf-test-first' && c.id === 'budget') continue;
    if (c.kind === 'performance') continue;
    items.push({ id: `check:${c.id}`, label: c.label, pass: c.pass, reason: c.detail });
  }
  const ok = items.every((i) => i.pass);
  return { items, ok };
}

function performanceChecks(run: LabRun): ChecklistItem[] {
  return (run.checks ?? [])
    .filter((c) => c.kind === 'performance')
    .map((c) => ({ id: `check:${c.id}`, label: c.label, pass: c.pass, reason: c.detail }));
}

function perfTestFirstItems(lab: Lab, run: LabRun): ChecklistItem[] {
  if (!run.checks) {
    const reason = run.checksError ?? 'Not checked: the run did not finish, so the budget was never read.';
    return [{ id: 'budget-declared', label: 'You declared a performance budget', pass: false, reason }];
  }
  const raw = run.checks.find((c) => c.id === 'budget')?.data;
  const parsed = parseDeclaredBudget(raw, lab.sizes);
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
  const starter = judgeBudget(b, run.series.starter);
  const mine = judgeBudget(b, run.series.learner);
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

export function evaluateLab(lab: Lab, run: LabRun): LabEvaluation {
  const { items, ok } = correctnessItems(lab, run);
  const perf: ChecklistItem[] = [];
  if (lab.kind === 'perf-test-first') perf.push(...perfTestFirstItems(lab, run));
  const last = lastResult(run.series.learner);
  for (const limit of lab.budget.counters ?? []) perf.push(judgeCounter(lab, limit, last));
  const cls = judgeClass(lab, run);
  if (cls) perf.push(cls);
  const sp = judgeSpeedup(lab, run);
  if (sp) perf.push(sp);
  perf.push(...performanceChecks(run));
  if (!ok) {
    // Correctness first: speed is not judged for code that is wrong or did not run.
    for (const p of perf) {
      if (p.id === 'budget-declared' && run.checks) items.push(p);
      else
        items.push({ ...p, pass: false, reason: 'Not judged yet: the code must run and be correct first.' });
    }
  } else {
    items.push(...perf);
  }
  if (run.incomplete) {
    items.push({ id: 'complete', label: 'The run finished', pass: false, reason: run.incomplete });
  }
  return { items, passed: items.length > 0 && items.every((i) => i.pass) };
}

/** "10,001 queries" style figure of a counter at the largest size, for summaries and progress. */
export function counterFigure(lab: Lab, counter: string, r: SizeResult | undefined): string | null {
  const v = r?.counters?.[counter];
  if (v === undefined || !r) return null;
  return `${withUnit(v, counterLabel(lab, counter).unit)} at n = ${formatCount(r.n)}`;
}

/** The budget in words, one line per requirement, for the lab page. */
export function budgetLines(lab: Lab): string[] {
  const lines: string[] = [];
  if (lab.checkCorrectness) lines.push('Same output as the reference at every size (checked first).');
  if (lab.kind === 'perf-test-first') {
    lines.push('A `perfBudget` you declare yourself: it must fail on the starter and pass on your code.');
  }
  for (const l of lab.budget.counters ?? [])
    lines.push(`${describeLimit(lab, l)}, at the largest size measured.`);
  if (lab.budget.maxClass) lines.push(`Growth no worse than ${lab.budget.maxClass}.`);
  if (lab.budget.minSpeedup) {
    lines.push(`At least ${lab.budget.minSpeedup}× faster than the starter at the largest size both ran.`);
  }
  return lines;
}
