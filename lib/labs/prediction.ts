/**
 * The prediction a learner makes before a lab's first run, set beside what the run measured: the starter's
 * counter, time or (Python) peak memory at one size, or how much its time grew over a 10× step in size. Pure: the page and the
 * tests read the same figures.
 */
import { formatBytes, formatCount, formatDuration } from '@/lib/format/format';
import { resultAt } from '@/lib/runner/run-queries';
import type { SeriesState } from '@/lib/runner/run-state';
import { lineChoices } from './line-choices';
import type { ChoicePrediction, LabPrediction } from './types';
import { withUnit } from './lab-words';

export interface PredictionOutcome {
  /** What the run measured, in words, e.g. "1,001 queries at n = 1,000"; null when it did not measure it. */
  measured: string | null;
  /** Why there is no figure, when `measured` is null. */
  missing?: string;
  /** The option the measurement bears out (null when no option's range holds it). */
  optionId: string | null;
}

type Series = Pick<SeriesState, 'results' | 'stop'> & { memory?: SeriesState['memory'] };

export interface Growth {
  from: number;
  to: number;
  /** How many times longer a call took for 10× the size. */
  factor: number;
  /** True when no two measured sizes were 10× apart: the factor is the measured slope carried to 10×. */
  extrapolated: boolean;
}

/**
 * How much longer a call took when n grew 10×: measured between the largest two sizes exactly 10× apart,
 * or, when a slow series stopped before it had such a pair, carried from the slope between its smallest
 * and largest sizes (at least 2× apart) and marked as extrapolated.
 */
export function tenfoldGrowth(series: Pick<SeriesState, 'results'>): Growth | null {
  const rs = series.results.filter((r) => r.medianNs > 0).sort((a, b) => a.n - b.n);
  const byN = new Map(rs.map((r) => [r.n, r.medianNs]));
  for (const r of [...rs].reverse()) {
    const big = byN.get(r.n * 10);
    if (big !== undefined) return { from: r.n, to: r.n * 10, factor: big / r.medianNs, extrapolated: false };
  }
  const lo = rs[0];
  const hi = rs[rs.length - 1];
  if (!lo || !hi || hi.n < 2 * lo.n) return null;
  const slope = Math.log(hi.medianNs / lo.medianNs) / Math.log(hi.n / lo.n);
  return { from: lo.n, to: hi.n, factor: 10 ** slope, extrapolated: true };
}

const factorText = (x: number) =>
  x >= 10 ? `${Math.round(x).toLocaleString('en-US')}×` : `${x.toFixed(1)}×`;

/** What the starter's series shows for this prediction. `unit` is the counter's unit word. */
export function predictionOutcome(
  p: ChoicePrediction,
  series: Series | undefined,
  unit = '',
): PredictionOutcome {
  if (!series) return { measured: null, missing: 'the starter was not measured', optionId: null };
  const m = p.measure;
  const pick = (v: number) => p.options.find((o) => v >= o.range[0] && v <= o.range[1])?.id ?? null;
  if (m.kind === 'growth') {
    const g = tenfoldGrowth(series);
    if (!g) return { measured: null, missing: 'the starter finished too few sizes', optionId: null };
    const span = `from n = ${formatCount(g.from)} to ${formatCount(g.to)}`;
    const measured = g.extrapolated
      ? `${span} the starter’s time per call grew at a rate that makes 10× the size about ${factorText(g.factor)} longer (carried from the measured slope: a prediction)`
      : `${span} the starter’s time per call grew ${factorText(g.factor)}`;
    return { measured, optionId: pick(g.factor) };
  }
  const at = `n = ${formatCount(m.n)}`;
  if (m.kind === 'memory') {
    const peak = series.memory?.sizes.find((x) => x.n === m.n)?.peakBytes;
    if (peak === undefined) {
      return { measured: null, missing: `the starter's memory was not traced at ${at}`, optionId: null };
    }
    return { measured: `a peak of ${formatBytes(peak)} in one call at ${at}`, optionId: pick(peak) };
  }
  const r = resultAt(series, m.n);
  if (!r) {
    const stop = series.stop ? ` (the run stopped before n = ${formatCount(series.stop.atN)})` : '';
    return { measured: null, missing: `the starter was not measured at ${at}${stop}`, optionId: null };
  }
  if (m.kind === 'time') {
    return { measured: `${formatDuration(r.medianNs)} per call at ${at}`, optionId: pick(r.medianNs / 1e6) };
  }
  const v = r.counters?.[m.counter];
  if (v === undefined) return { measured: null, missing: `no ${m.counter} count at ${at}`, optionId: null };
  return { measured: `${withUnit(v, unit)} at ${at}`, optionId: pick(v) };
}

/**
 * The prediction's problems for this lab's sizes and starter (a test keeps every lab's prediction
 * answerable): a line prediction's answer must be a line the learner can mark.
 */
export function predictionProblems(
  p: LabPrediction,
  sizes: readonly number[],
  starter = '',
  language?: 'python',
): string[] {
  if (p.kind === 'line') {
    return lineChoices(starter, undefined, language).some((c) => c.line === p.answer)
      ? []
      : [`line ${p.answer} is not a line of code in the starter`];
  }
  const out: string[] = [];
  const ids = p.options.map((o) => o.id);
  if (new Set(ids).size !== ids.length) out.push('option ids repeat');
  if (!ids.includes(p.answer)) out.push(`the answer "${p.answer}" is not an option`);
  if (p.measure.kind !== 'growth' && !sizes.includes(p.measure.n)) {
    out.push(`n = ${p.measure.n} is not one of the lab's sizes`);
  }
  if (p.measure.kind === 'growth' && !sizes.some((n) => sizes.includes(n * 10))) {
    out.push('no two of the lab’s sizes are 10× apart');
  }
  const ranges = p.options.map((o) => o.range).sort((a, b) => a[0] - b[0]);
  if (ranges.some((r, i) => r[0] > r[1] || (i > 0 && r[0] < ranges[i - 1]![1]))) {
    out.push('ranges must be ordered and must not overlap');
  }
  return out;
}
