/**
 * uPlot and its stylesheet, loaded only through `import()` from lazy-loglog-chart.tsx so that neither is in
 * a page's first-load JS. Builds a log–log chart: x = input size n, y = time per call (ns), or peak
 * memory per call (bytes).
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatBytes, formatSize, formatDuration } from '@/lib/format/format';
import { alignData, logTicks, PARTS, type ChartSeries, type SeriesId } from './chart-data';

export interface ChartColors {
  series: Record<SeriesId, string>;
  fg: string;
  muted: string;
  grid: string;
  bg: string;
  font: string;
}

/** What the y axis shows: time per call (values in ns) or peak memory per call (values in bytes). */
export type ChartUnit = 'time' | 'bytes';

export interface ChartInit {
  width: number;
  height: number;
  series: readonly ChartSeries[];
  colors: ChartColors;
  unit?: ChartUnit;
}

function seriesOptions(s: ChartSeries, colors: ChartColors): uPlot.Series[] {
  const color = colors.series[s.id];
  return PARTS.map((part): uPlot.Series => {
    const base = { label: `${s.label} (${part})`, stroke: color, spanGaps: true };
    if (part === 'measured') {
      return { ...base, width: 2, points: { show: true, size: 7, fill: color, stroke: color } };
    }
    if (part === 'fit') return { ...base, width: 1, points: { show: false } };
    // Predictions: dashed line, hollow points.
    return {
      ...base,
      width: 1.5,
      dash: [6, 4],
      points: { show: true, size: 8, width: 1.5, fill: colors.bg, stroke: color },
    };
  });
}

export function createChart(el: HTMLElement, init: ChartInit): uPlot {
  const { colors } = init;
  const axisFont = `12px ${colors.font}`;
  const axisCommon = {
    stroke: colors.fg,
    font: axisFont,
    labelFont: `13px ${colors.font}`,
    grid: { stroke: colors.grid, width: 1 },
    ticks: { stroke: colors.grid, width: 1, size: 4 },
  };
  const opts: uPlot.Options = {
    width: init.width,
    height: init.height,
    legend: { show: false },
    cursor: { drag: { x: false, y: false, setScale: false }, points: { size: 8 } },
    scales: {
      x: { time: false, distr: 3, log: 10 },
      y: { distr: 3, log: 10 },
    },
    axes: [
      {
        ...axisCommon,
        label: 'input size n',
        splits: (_u, _i, min, max) => logTicks(min, max),
        // uPlot's default filter for log axes blanks some splits; ours are already chosen.
        filter: (_u, splits) => splits,
        values: (_u, splits) => splits.map((v) => (v == null ? '' : formatSize(v))),
      },
      {
        ...axisCommon,
        label: init.unit === 'bytes' ? 'peak memory per call' : 'time per call',
        size: 64,
        splits: (_u, _i, min, max) => logTicks(min, max),
        filter: (_u, splits) => splits,
        values: (_u, splits) =>
          splits.map((v) => (v == null ? '' : init.unit === 'bytes' ? formatBytes(v) : formatDuration(v))),
      },
    ],
    series: [{ label: 'n' }, ...init.series.flatMap((s) => seriesOptions(s, colors))],
  };
  return new uPlot(opts, alignData(init.series) as uPlot.AlignedData, el);
}

/** Replaces the chart's points without re-creating it (same series set). */
export function updateChart(chart: uPlot, series: readonly ChartSeries[]): void {
  chart.setData(alignData(series) as uPlot.AlignedData);
}
