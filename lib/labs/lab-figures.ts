/**
 * The figures saved with a passed lab (the progress store keeps the best of each): every counter the
 * budget limits, read at the largest size the learner's code was measured at, and that size's time.
 */
import type { RunState } from '@/lib/runner/run-state';
import { lastResult, seriesOf } from '@/lib/runner/run-queries';
import type { LabFigure } from '@/lib/progress/schema';
import type { Lab } from './types';

export function labFigures(lab: Lab, state: RunState): Record<string, LabFigure> {
  const last = lastResult(seriesOf(state, 'learner'));
  const out: Record<string, LabFigure> = {};
  if (!last) return out;
  for (const limit of lab.budget.counters ?? []) {
    const info = lab.counters.find((c) => c.id === limit.counter);
    const value = last.counters?.[limit.counter];
    if (info && value !== undefined) out[info.id] = { value, unit: info.unit, better: info.better };
  }
  out.msPerCall = {
    value: Math.round(last.medianNs / 1e3) / 1e3,
    unit: `ms per call at n = ${last.n}`,
    better: 'lower',
  };
  // A lab with a memory budget keeps the learner's peak memory per call at the largest size traced.
  const traced = seriesOf(state, 'learner')?.memory?.sizes.at(-1);
  if (lab.budget.maxMemoryClass && traced) {
    out.peakBytes = {
      value: traced.peakBytes,
      unit: `bytes at peak per call at n = ${traced.n}`,
      better: 'lower',
    };
  }
  return out;
}
