/**
 * Words and rows the runner UI shows, computed from RunState. Pure, so the wording is unit-tested and the
 * same in the playground and the labs.
 */
import { formatSize, formatDuration } from '@/lib/format/format';
import type { SizeResult, Verdict } from '@/lib/runner/protocol';
import type { SeriesState } from '@/lib/runner/run-state';

export const PREDICT_AT_N = 10_000_000;

export function confidenceText(confidence: number): string {
  return `${Math.round(Math.max(0, Math.min(1, confidence)) * 100)}%`;
}

/** "O(n²)" or "inconclusive", as the verdict's headline. */
export function verdictHeadline(v: Verdict): string {
  return v.inconclusive || !v.best ? 'inconclusive' : v.best;
}

export interface PredictionLine {
  n: number;
  ns: number;
  text: string;
}

/** Predictions worth saying: at the largest ladder size (when not measured) and at 10M. */
export function predictionLines(series: SeriesState, ladder: number[]): PredictionLine[] {
  const v = series.verdict;
  if (!v || v.inconclusive) return [];
  const measured = new Set(series.results.map((r) => r.n));
  const largest = ladder.length > 0 ? Math.max(...ladder) : null;
  const wanted = new Set<number>([PREDICT_AT_N]);
  if (largest !== null && !measured.has(largest)) wanted.add(largest);
  return v.predictions
    .filter((p) => wanted.has(p.n) && Number.isFinite(p.ns) && p.ns > 0)
    .sort((a, b) => a.n - b.n)
    .map((p) => ({
      n: p.n,
      ns: p.ns,
      text: `n = ${formatSize(p.n)}: ≈ ${formatDuration(p.ns)} per call (predicted)`,
    }));
}

/** Caveats the learner should see next to the verdict. */
export function caveats(series: SeriesState): string[] {
  const out: string[] = [];
  const near = series.results.filter((r) => r.nearBaseline).map((r) => formatSize(r.n));
  if (near.length > 0) {
    out.push(
      `Near the empty-function baseline at n = ${near.join(', ')}: the work may have been optimised away (use the result of solve).`,
    );
  }
  const unstable = series.results.filter((r) => r.unstable).map((r) => formatSize(r.n));
  if (unstable.length > 0 && !/unstable/i.test(series.verdict?.reason ?? '')) {
    out.push(`Unstable timings at n = ${unstable.join(', ')}: repeated rounds disagreed by more than 1.3×.`);
  }
  return out;
}

export interface TableRow {
  key: string;
  series: SeriesState['id'];
  seriesLabel: string;
  n: string;
  median: string;
  spread: string;
  perItem: string;
  note: string;
  predicted: boolean;
}

function measuredRow(s: SeriesState, r: SizeResult): TableRow {
  const look = r.secondLook;
  const notes = [
    r.unstable ? 'unstable' : '',
    r.nearBaseline ? 'near baseline' : '',
    // Honest about re-measuring: both medians are shown, the faster one is kept.
    look
      ? `measured twice: ${formatDuration(look.firstMedianNs)}, then ${formatDuration(look.secondMedianNs)}; kept the faster`
      : '',
  ].filter(Boolean);
  return {
    key: `${s.id}-${r.n}`,
    series: s.id,
    seriesLabel: s.label,
    n: formatSize(r.n),
    median: formatDuration(r.medianNs),
    spread: `${formatDuration(r.minNs)} – ${formatDuration(r.maxNs)}`,
    perItem: formatDuration(r.medianNs / Math.max(1, r.n)),
    note: notes.length > 0 ? `measured (${notes.join(', ')})` : `measured, ${r.samplesNs.length} samples`,
    predicted: false,
  };
}

/** Measured sizes first, then predictions for sizes not measured (ladder leftovers and 10M). */
export function tableRows(series: SeriesState[]): TableRow[] {
  const rows: TableRow[] = [];
  for (const s of series) {
    const measured = new Set(s.results.map((r) => r.n));
    for (const r of s.results) rows.push(measuredRow(s, r));
    const preds = (s.verdict && !s.verdict.inconclusive ? s.verdict.predictions : [])
      .filter((p) => !measured.has(p.n) && Number.isFinite(p.ns) && p.ns > 0)
      .sort((a, b) => a.n - b.n);
    for (const p of preds) {
      rows.push({
        key: `${s.id}-p${p.n}`,
        series: s.id,
        seriesLabel: s.label,
        n: formatSize(p.n),
        median: `≈ ${formatDuration(p.ns)}`,
        spread: '—',
        perItem: `≈ ${formatDuration(p.ns / p.n)}`,
        note: `predicted from the ${s.verdict?.best ?? ''} fit`,
        predicted: true,
      });
    }
  }
  return rows;
}
