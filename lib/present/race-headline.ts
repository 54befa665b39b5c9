/**
 * The race slide's headline figure, derived only from a measured run of starter vs reference:
 * a counted figure ("10,001 queries vs 1"), the measured classes ("O(n²) vs O(n)"), the measured time
 * ratio, and the starter's prediction at the top of the ladder, labelled "predicted". Pure.
 */
import type { CounterInfo } from '@/lib/labs/types';
import type { SeriesOutcome } from '@/lib/labs/lab-run';
import { largestCommonSize, resultAt } from '@/lib/labs/lab-run';

/** The part of a runner series the headline reads (a structural subset of the run store's series). */
export interface RaceSeriesLike {
  results: SeriesOutcome['results'];
  verdict: SeriesOutcome['verdict'];
  stoppedAt: { n: number } | null;
}

export function outcomeOf(s: RaceSeriesLike | undefined): SeriesOutcome | undefined {
  return s
    ? { results: s.results, verdict: s.verdict, stop: s.stoppedAt ? { atN: s.stoppedAt.n } : null }
    : undefined;
}

export interface RaceHeadline {
  /** The big figure. */
  big: string;
  /** What the big figure is and how it was obtained. */
  caption: string;
  /** Supporting lines, smaller. */
  lines: string[];
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

/** A duration in ns as a short human figure: "850 ns", "3.2 ms", "14 min". */
export function formatDuration(ns: number): string {
  if (!Number.isFinite(ns) || ns < 0) return '—';
  const ms = ns / 1e6;
  const sig = (x: number) => (x >= 100 ? fmt(x) : x >= 10 ? x.toFixed(0) : x.toFixed(1));
  if (ns < 1e3) return `${sig(ns)} ns`;
  if (ns < 1e6) return `${sig(ns / 1e3)} µs`;
  if (ms < 1e3) return `${sig(ms)} ms`;
  const s = ms / 1e3;
  if (s < 60) return `${sig(s)} s`;
  if (s < 3600) return `${sig(s / 60)} min`;
  if (s < 86400) return `${sig(s / 3600)} h`;
  return `${sig(s / 86400)} days`;
}

/** 1,000,000 → "1M", 30,000 → "30k". */
export function formatSize(n: number): string {
  if (n >= 1e6 && n % 1e5 === 0) return `${n / 1e6}M`;
  if (n >= 1e4 && n % 1e3 === 0) return `${n / 1e3}k`;
  return fmt(n);
}

function bestCounter(
  counters: readonly CounterInfo[],
  s: SeriesOutcome | undefined,
  r: SeriesOutcome | undefined,
  n: number,
): { info: CounterInfo; a: number; b: number; ratio: number } | null {
  const sa = resultAt(s, n)?.counters;
  const rb = resultAt(r, n)?.counters;
  let best: { info: CounterInfo; a: number; b: number; ratio: number } | null = null;
  for (const info of counters) {
    const a = sa?.[info.id];
    const b = rb?.[info.id];
    if (a === undefined || b === undefined) continue;
    const [hi, lo] = info.better === 'lower' ? [a, b] : [b, a];
    if (hi <= 0 || hi <= lo) continue;
    const ratio = lo <= 0 ? Infinity : hi / lo;
    if (!best || ratio > best.ratio) best = { info, a, b, ratio };
  }
  return best;
}

function predictionAtTop(
  s: SeriesOutcome | undefined,
  r: SeriesOutcome | undefined,
): { n: number; starterNs: number; refNs: number; refPredicted: boolean } | null {
  const sp = s?.verdict && !s.verdict.inconclusive ? s.verdict.predictions : [];
  if (!s?.stop || sp.length === 0) return null;
  const measured = new Set(s.results.map((x) => x.n));
  const future = sp.filter((p) => !measured.has(p.n)).sort((a, b) => b.n - a.n);
  for (const p of future) {
    const m = resultAt(r, p.n);
    if (m) return { n: p.n, starterNs: p.ns, refNs: m.medianNs, refPredicted: false };
    const rp =
      r?.verdict && !r.verdict.inconclusive ? r.verdict.predictions.find((x) => x.n === p.n) : undefined;
    if (rp) return { n: p.n, starterNs: p.ns, refNs: rp.ns, refPredicted: true };
  }
  return null;
}

export function raceHeadline(
  counters: readonly CounterInfo[],
  sizeUnit: string,
  starter: SeriesOutcome | undefined,
  reference: SeriesOutcome | undefined,
): RaceHeadline {
  const n = largestCommonSize(starter, reference);
  const lines: string[] = [];
  const sc = starter?.verdict && !starter.verdict.inconclusive ? starter.verdict.best : null;
  const rc = reference?.verdict && !reference.verdict.inconclusive ? reference.verdict.best : null;
  const classes = sc && rc ? `${sc} vs ${rc}` : null;

  const sr = n === null ? undefined : resultAt(starter, n);
  const rr = n === null ? undefined : resultAt(reference, n);
  const ratio = sr && rr && rr.medianNs > 0 ? sr.medianNs / rr.medianNs : null;
  if (sr && rr && n !== null) {
    lines.push(
      `Measured at n = ${fmt(n)} ${sizeUnit}: ${formatDuration(sr.medianNs)} vs ${formatDuration(rr.medianNs)} per call (median)` +
        (ratio !== null && ratio >= 1.5 ? `, ${fmt(ratio)}× slower.` : '.'),
    );
  }
  if (classes) lines.push(`Measured growth: starter ${sc}, fix ${rc}.`);
  const top = predictionAtTop(starter, reference);
  if (top) {
    lines.push(
      `Predicted at n = ${formatSize(top.n)}: ${formatDuration(top.starterNs)} vs ${formatDuration(top.refNs)}` +
        `${top.refPredicted ? ' (both predicted from the fitted curves)' : ' (starter predicted; fix measured)'}.`,
    );
  }

  const counter = n === null ? null : bestCounter(counters, starter, reference, n);
  if (counter && counter.ratio >= 10 && n !== null) {
    return {
      big: `${fmt(counter.a)} ${counter.info.unit} vs ${fmt(counter.b)}`,
      caption: `${counter.info.label}, counted at n = ${fmt(n)} ${sizeUnit}: starter vs fix`,
      lines,
    };
  }
  if (classes && sc !== rc) {
    return { big: classes, caption: 'Measured growth class: starter vs fix', lines };
  }
  if (top) {
    return {
      big: `predicted ${formatDuration(top.starterNs)} vs ${formatDuration(top.refNs)} at ${formatSize(top.n)}`,
      caption: 'The starter stopped early; its time is a prediction from the fitted curve',
      lines,
    };
  }
  if (ratio !== null && ratio >= 2 && n !== null) {
    return {
      big: `${fmt(ratio)}× slower`,
      caption: `Starter vs fix, measured at n = ${fmt(n)} ${sizeUnit}`,
      lines,
    };
  }
  return {
    big: 'Inconclusive',
    caption: 'This run could not separate the two; run it again or on a quieter machine',
    lines,
  };
}
