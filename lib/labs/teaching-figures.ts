/**
 * The teaching figure of each lab: starter against reference solution, measured in the same run, at the
 * largest size both finished. For every lab the starter should be at least 100× slower, or one of its
 * counters at least 100× higher (a counter that drops to 0 counts as infinitely lower). Used by the bench.
 */
import type { Lab } from './types';
import { largestCommonSize, resultAt, seriesOf } from '@/lib/runner/run-queries';
import type { RunState } from '@/lib/runner/run-state';

export interface TeachingFigure {
  lab: string;
  n: number | null;
  starterMs: number | null;
  solutionMs: number | null;
  timeRatio: number | null;
  /** The counter with the largest starter/solution ratio, if any. */
  counter: { id: string; starter: number; solution: number; ratio: number } | null;
  holds: boolean;
}

export const TEACHING_RATIO = 100;

export function teachingFigure(lab: Lab, state: RunState): TeachingFigure {
  const starter = seriesOf(state, 'starter');
  const reference = seriesOf(state, 'reference');
  const n = largestCommonSize(starter, reference);
  const s = n === null ? undefined : resultAt(starter, n);
  const r = n === null ? undefined : resultAt(reference, n);
  const timeRatio = s && r ? s.medianNs / r.medianNs : null;
  let counter: TeachingFigure['counter'] = null;
  for (const c of lab.counters) {
    if (c.better !== 'lower') continue;
    const a = s?.counters?.[c.id];
    const b = r?.counters?.[c.id];
    if (a === undefined || b === undefined || a <= 0) continue;
    const ratio = b === 0 ? Infinity : a / b;
    if (!counter || ratio > counter.ratio) counter = { id: c.id, starter: a, solution: b, ratio };
  }
  const holds =
    (timeRatio !== null && timeRatio >= TEACHING_RATIO) ||
    (counter !== null &&
      (counter.solution === 0 ? counter.starter >= TEACHING_RATIO : counter.ratio >= TEACHING_RATIO));
  return {
    lab: lab.id,
    n,
    starterMs: s ? s.medianNs / 1e6 : null,
    solutionMs: r ? r.medianNs / 1e6 : null,
    timeRatio,
    counter,
    holds,
  };
}
