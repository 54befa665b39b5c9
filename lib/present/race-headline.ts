/**
 * A race slide's headline, derived only from a measured run of starter vs reference on the race's fixed
 * sizes. Pure.
 *
 * - A race with a counter leads with the counted figure at the largest planned size ("10,001 queries vs
 *   1"): counters are exact, and the sizes are fixed, so this figure is the same on every machine.
 * - A race without one leads with the two measured growth classes ("O(n²) vs O(n)", or "inconclusive"),
 *   captioned with both times predicted at a production size and labelled as a prediction.
 * - Times vary from machine to machine; they appear in the smaller lines, with their spread.
 * - If a size was cut off after all (a very slow machine), the caption says so instead of quietly showing
 *   a figure from a smaller size.
 */
import type { Lab } from '@/lib/labs/types';
import { largestCommonSize, resultAt } from '@/lib/runner/run-queries';
import type { SeriesState } from '@/lib/runner/run-state';
import { growth } from '@/lib/complexity/models';
import type { SeriesStop, Verdict } from '@/lib/runner/protocol';
import { formatCount, formatDuration, formatRatio, formatSize } from '@/lib/format/format';
import { RACE_BUDGET_MS, largestSize, raceCounter } from './race-plan';
import type { RacePlan } from './slide-types';

/** The part of a run's series (SeriesState) the headline reads. */
export type RaceSeries = Pick<SeriesState, 'results'> & Partial<Pick<SeriesState, 'verdict' | 'stop'>>;

export interface RaceHeadline {
  /** A counted figure, or the two growth classes. */
  kind: 'counter' | 'growth';
  /** The big figure. */
  big: string;
  /** What the big figure is and how it was obtained (for growth races: the labelled prediction). */
  caption: string;
  /** Supporting lines, smaller: measured times with their spread, classes, predictions. */
  lines: string[];
  /** Both series measured every planned size. */
  complete: boolean;
  /** The planned size was cut off on this machine; the caption says where and why. */
  cutOff: boolean;
}

type Lookup = Pick<Lab, 'counters' | 'sizeUnit'>;

const conclusive = (v: Verdict | null | undefined) => (v && !v.inconclusive && v.best ? v : null);

/** One call's time at n from a verdict's fitted curve (a prediction), or null when it has none. */
export function predictedNs(v: Verdict | null | undefined, n: number): number | null {
  const c = conclusive(v);
  if (!c || !c.best) return null;
  const listed = c.predictions.find((p) => p.n === n);
  if (listed) return listed.ns;
  const t = (c.interceptNs ?? 0) + c.coefNs * growth(c.best, n, c.expBase);
  return Number.isFinite(t) && t > 0 ? t : null;
}

function measuredAll(s: RaceSeries | undefined, sizes: readonly number[]): boolean {
  return !!s && sizes.every((n) => resultAt(s, n));
}

/** Why a series did not reach the planned largest size, in words (only when the runner stopped it). */
function cutOffNote(who: string, stop: SeriesStop, sizeUnit: string): string {
  const limit = `${RACE_BUDGET_MS / 1000} s limit per size`;
  const why =
    stop.detail === 'overrun'
      ? `ran over the ${limit} at n = ${formatCount(stop.atN)}`
      : `was predicted to take longer than the ${limit} at n = ${formatCount(stop.atN)}`;
  return `On this machine the ${who} ${why} ${sizeUnit}, so it stopped there`;
}

function timeLine(
  n: number,
  sizeUnit: string,
  s: RaceSeries | undefined,
  r: RaceSeries | undefined,
): string | null {
  const a = resultAt(s, n);
  const b = resultAt(r, n);
  if (!a || !b) return null;
  let line = `Measured here at n = ${formatCount(n)} ${sizeUnit}: ${formatDuration(a.medianNs)} vs ${formatDuration(b.medianNs)} per call (medians)`;
  if (b.medianNs > 0 && a.medianNs / b.medianNs >= 1.5) {
    const ratio = a.medianNs / b.medianNs;
    // The spread across samples: slowest starter sample over fastest fix sample, and the reverse.
    const lo = b.maxNs > 0 ? a.minNs / b.maxNs : ratio;
    const hi = b.minNs > 0 ? a.maxNs / b.minNs : ratio;
    line += `: ${formatRatio(ratio)} slower (samples give ${formatRatio(Math.min(lo, ratio))}–${formatRatio(Math.max(hi, ratio))})`;
  }
  return `${line}.`;
}

function classOf(v: Verdict | null | undefined): string {
  return conclusive(v)?.best ?? 'inconclusive';
}

/** Counter races: the classes and the prediction, in one line. */
function growthLine(s: RaceSeries | undefined, r: RaceSeries | undefined, predicted: string | null) {
  if (!s?.verdict || !r?.verdict) return null;
  const classes = `Growth measured: starter ${classOf(s.verdict)}, fix ${classOf(r.verdict)}`;
  return predicted ? `${classes}; ${predicted}.` : `${classes}.`;
}

/** Growth races: how sure the fit is of each class. */
function confidenceLine(s: RaceSeries | undefined, r: RaceSeries | undefined): string | null {
  const a = conclusive(s?.verdict);
  const b = conclusive(r?.verdict);
  if (!a && !b) return null;
  const pct = (v: Verdict | null) => (v ? `${Math.round(v.confidence * 100)}%` : 'inconclusive');
  return `Resampled fits that agree on the class: starter ${pct(a)}, fix ${pct(b)}.`;
}

function prediction(plan: RacePlan, s: RaceSeries | undefined, r: RaceSeries | undefined): string | null {
  const a = predictedNs(s?.verdict, plan.predictAt);
  const b = predictedNs(r?.verdict, plan.predictAt);
  if (a === null || b === null) return null;
  return `predicted ${formatDuration(a)} vs ${formatDuration(b)} per call at n = ${formatSize(plan.predictAt)}, from the fitted curves (not measured)`;
}

/**
 * The headline for a run so far, or null while there is nothing to show yet (no size measured by both
 * for a counter race; a growth verdict still missing for a growth race).
 */
export function raceHeadline(
  lab: Lookup,
  plan: RacePlan,
  starter: RaceSeries | undefined,
  reference: RaceSeries | undefined,
): RaceHeadline | null {
  const top = largestSize(plan);
  const complete = measuredAll(starter, plan.sizes) && measuredAll(reference, plan.sizes);
  const stopped = starter?.stop
    ? { who: 'starter', stop: starter.stop }
    : reference?.stop
      ? { who: 'fix', stop: reference.stop }
      : null;
  const note = !complete && stopped ? cutOffNote(stopped.who, stopped.stop, lab.sizeUnit) : null;
  const n = largestCommonSize(starter, reference);
  const predicted = prediction(plan, starter, reference);
  const counter = raceCounter(plan, lab);
  const lines = [
    n === null ? null : timeLine(n, lab.sizeUnit, starter, reference),
    counter ? growthLine(starter, reference, predicted) : confidenceLine(starter, reference),
  ].filter((l): l is string => l !== null);

  if (counter) {
    // The largest size both measured with the counter read.
    const both = (starter?.results ?? [])
      .map((x) => x.n)
      .filter((m) => resultAt(starter, m)?.counters?.[counter.id] !== undefined)
      .filter((m) => resultAt(reference, m)?.counters?.[counter.id] !== undefined);
    if (both.length === 0) return null;
    const at = Math.max(...both);
    const a = resultAt(starter, at)?.counters?.[counter.id] ?? 0;
    const b = resultAt(reference, at)?.counters?.[counter.id] ?? 0;
    const pair =
      counter.unit === '%'
        ? `${formatCount(a)}% vs ${formatCount(b)}%`
        : `${formatCount(a)} ${counter.unit} vs ${formatCount(b)}`;
    const where = `${counter.label}, counted at n = ${formatCount(at)} ${lab.sizeUnit}: starter vs fix`;
    return {
      kind: 'counter',
      big: pair,
      caption: note && at < top ? `${where}. ${note}, short of the planned ${formatCount(top)}.` : where,
      lines,
      complete,
      cutOff: note !== null && at < top,
    };
  }

  if (!starter?.verdict || !reference?.verdict) return null;
  const sc = conclusive(starter.verdict)?.best ?? null;
  const rc = conclusive(reference.verdict)?.best ?? null;
  const big =
    sc === null && rc === null ? 'Inconclusive' : `${sc ?? 'inconclusive'} vs ${rc ?? 'inconclusive'}`;
  const caption = predicted
    ? `Growth measured, starter vs fix · ${predicted}`
    : `Growth measured, starter vs fix · no prediction at n = ${formatSize(plan.predictAt)}: a class was inconclusive in this run`;
  return {
    kind: 'growth',
    big,
    caption: note ? `${caption}. ${note}, short of the planned ${formatCount(top)}.` : caption,
    lines,
    complete,
    cutOff: note !== null,
  };
}
