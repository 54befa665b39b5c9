'use client';

import { useMemo } from 'react';
import { useStore } from 'zustand';
import { LazyLogLogChart } from '@/components/chart/lazy-loglog-chart';
import type { RunStore } from './run-store';
import { toChartSeries } from './chart-series';

/** The run's log–log chart, updating as sizes arrive; the results table carries the same numbers as text. */
export function RunChart({ store }: { store: RunStore }) {
  const series = useStore(store, (s) => s.series);
  const chart = useMemo(() => toChartSeries(series), [series]);
  if (series.length === 0) return null;
  return (
    <LazyLogLogChart
      series={chart}
      caption="Log–log chart of time per call against input size n; solid lines are measured, dashed lines are predicted. The table below lists the same numbers."
    />
  );
}
