/** Pure helpers that turn run series into uPlot's aligned data. No DOM, no uPlot import. */

export type SeriesId = 'learner' | 'starter' | 'reference';

export interface ChartPoint {
  n: number;
  ns: number;
}

export interface ChartSeries {
  id: SeriesId;
  label: string;
  points: ChartPoint[];
  predicted: ChartPoint[];
  fit?: ChartPoint[];
}

/** Each input series becomes three chart lines, in this order. */
export const PARTS = ['measured', 'fit', 'predicted'] as const;
export type Part = (typeof PARTS)[number];

function drawable(p: ChartPoint): boolean {
  // A log–log chart can only show positive, finite values.
  return Number.isFinite(p.n) && Number.isFinite(p.ns) && p.n > 0 && p.ns > 0;
}

export type AlignedData = [number[], ...(number | null)[][]];

/**
 * Builds uPlot's aligned data: one sorted x array (every n that appears anywhere) and, per line, a y array
 * with `null` where that line has no point. Points that cannot be drawn on log axes are dropped.
 */
export function alignData(series: readonly ChartSeries[]): AlignedData {
  const lines: Map<number, number>[] = [];
  const xs = new Set<number>();
  for (const s of series) {
    for (const part of [s.points, s.fit ?? [], s.predicted]) {
      const byN = new Map<number, number>();
      for (const p of part) {
        if (!drawable(p)) continue;
        byN.set(p.n, p.ns);
        xs.add(p.n);
      }
      lines.push(byN);
    }
  }
  const sorted = [...xs].sort((a, b) => a - b);
  return [sorted, ...lines.map((byN) => sorted.map((n) => byN.get(n) ?? null))];
}

/**
 * Tick positions for a log axis: every power of ten in [min, max]; when that gives fewer than two ticks,
 * the 2× and 5× steps are added so a narrow range still has labels.
 */
export function logTicks(min: number, max: number): number[] {
  if (!(min > 0) || !(max > 0) || !Number.isFinite(min) || !Number.isFinite(max) || max < min) return [];
  const lo = Math.floor(Math.log10(min));
  const hi = Math.ceil(Math.log10(max));
  const inRange = (v: number) => v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9);
  const decades: number[] = [];
  for (let e = lo; e <= hi && decades.length < 400; e++) decades.push(10 ** e);
  const powers = decades.filter(inRange);
  if (powers.length >= 2) return thin(powers, 8);
  return decades.flatMap((d) => [d, 2 * d, 5 * d]).filter(inRange);
}

/** Keeps at most `max` ticks by taking every k-th one (always keeping a regular stride). */
function thin(ticks: number[], max: number): number[] {
  if (ticks.length <= max) return ticks;
  const step = Math.ceil(ticks.length / max);
  return ticks.filter((_, i) => i % step === 0);
}
