/**
 * RunState series → the log–log chart's series: measured medians, the fitted curve over the measured range,
 * and predictions (dashed) from the last measured size onward. Pure.
 */
import { growth } from '@/lib/complexity/models';
import type { ChartPoint, ChartSeries } from '@/components/chart/chart-data';
import type { SeriesState } from '@/lib/runner/run-state';

export function toChartSeries(series: readonly SeriesState[]): ChartSeries[] {
  return series.map((s) => {
    const points: ChartPoint[] = s.results.map((r) => ({ n: r.n, ns: r.medianNs }));
    const v = s.verdict;
    const usable = v && !v.inconclusive && v.best;
    let predicted: ChartPoint[] = [];
    let fit: ChartPoint[] | undefined;
    if (usable) {
      const measured = new Set(points.map((p) => p.n));
      const future = v.predictions.filter((p) => !measured.has(p.n)).sort((a, b) => a.n - b.n);
      const last = points[points.length - 1];
      predicted = future.length > 0 && last ? [last, ...future] : future;
      const best = v.best;
      if (best && v.coefNs > 0 && (best !== 'O(2ⁿ)' || v.expBase)) {
        const intercept = v.interceptNs ?? 0;
        fit = points.map((p) => ({ n: p.n, ns: intercept + v.coefNs * growth(best, p.n, v.expBase) }));
      }
    }
    return { id: s.id, label: s.label, points, predicted, fit };
  });
}
