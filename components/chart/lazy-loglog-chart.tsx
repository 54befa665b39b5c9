'use client';

import { useEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
import styles from './chart.module.css';
import type { ChartSeries } from './chart-data';
import type { ChartColors } from './chart-setup';

export type { ChartPoint, ChartSeries, SeriesId } from './chart-data';

export interface LazyLogLogChartProps {
  series: ChartSeries[];
  /** Used as the chart's accessible name (role="img"); the results table is the full text alternative. */
  caption: string;
  /**
   * The y axis: time per call (points' `ns` in nanoseconds, the default), or memory (`ns` holds bytes;
   * measured points only, so the legend names no fit or predictions).
   */
  unit?: 'time' | 'bytes';
  /** data-testid of the chart's box. */
  testId?: string;
}

type Setup = typeof import('./chart-setup');

/** Changes only when the chart's set of lines changes, i.e. when uPlot must be re-created. */
function structureKey(series: readonly ChartSeries[]): string {
  return series.map((s) => `${s.id}\u0000${s.label}`).join('\u0001');
}

const CHART_HEIGHT = 300;
const BOX_HEIGHT = CHART_HEIGHT + 2; // plus the 1px border on each side

function readColors(el: Element): ChartColors {
  const root = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => root.getPropertyValue(name).trim() || fallback;
  return {
    series: {
      learner: v('--series-learner', '#1d4fb8'),
      starter: v('--series-starter', '#b3261e'),
      reference: v('--series-reference', '#1c6b35'),
    },
    fg: v('--fg', '#1b1b1f'),
    muted: v('--muted', '#56565f'),
    grid: v('--border', '#d9d6cc'),
    bg: v('--surface', '#ffffff'),
    font: getComputedStyle(el).fontFamily || 'sans-serif',
  };
}

/**
 * Log–log chart of time per call against input size. uPlot is loaded with a dynamic import after first
 * paint; the box keeps its size meanwhile. New points are pushed with setData; the chart is only
 * re-created when the set of series changes (or the colour theme does).
 */
export function LazyLogLogChart({ series, caption, unit = 'time', testId }: LazyLogLogChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<uPlot | null>(null);
  const [setup, setSetup] = useState<Setup | null>(null);
  const [failed, setFailed] = useState(false);
  const [themeTick, setThemeTick] = useState(0);

  const key = structureKey(series);
  const latest = useRef(series);
  useEffect(() => {
    latest.current = series;
  });

  // Load uPlot once the browser is idle after first paint; watch the colour theme.
  useEffect(() => {
    let cancelled = false;
    const load = () =>
      import('./chart-setup').then(
        (mod) => !cancelled && setSetup(mod),
        (err: unknown) => {
          if (cancelled) return;
          console.warn('Hotpath: the chart could not load.', err);
          setFailed(true);
        },
      );
    const idle = typeof window.requestIdleCallback === 'function';
    const id = idle ? window.requestIdleCallback(load, { timeout: 1000 }) : window.setTimeout(load, 1);
    const observer = new MutationObserver(() => setThemeTick((t) => t + 1));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      cancelled = true;
      if (idle) window.cancelIdleCallback(id);
      else window.clearTimeout(id);
      observer.disconnect();
    };
  }, []);

  // (Re)create the chart when uPlot arrives, the set of series changes, or the theme changes.
  useEffect(() => {
    const box = boxRef.current;
    const host = hostRef.current;
    if (!setup || !box || !host) return;
    const chart = setup.createChart(host, {
      width: Math.max(1, box.clientWidth),
      height: CHART_HEIGHT,
      series: latest.current,
      colors: readColors(box),
      unit,
    });
    chartRef.current = chart;
    let width = box.clientWidth;
    const resize = new ResizeObserver(() => {
      if (box.clientWidth === width || box.clientWidth === 0) return;
      width = box.clientWidth;
      chart.setSize({ width, height: CHART_HEIGHT });
    });
    resize.observe(box);
    return () => {
      resize.disconnect();
      chart.destroy();
      chartRef.current = null;
    };
  }, [setup, key, themeTick, unit]);

  // Live updates: new points only replace the data (aligning them is in the lazily loaded module).
  useEffect(() => {
    if (setup && chartRef.current) setup.updateChart(chartRef.current, series);
  }, [setup, series]);

  const empty = series.every((s) => s.points.length === 0 && s.predicted.length === 0);
  return (
    <div
      className={styles.root}
      data-chart-ready={setup && !failed ? 'true' : undefined}
      data-testid={testId}
    >
      <ul className={styles.legend}>
        {series.map((s) => (
          <li key={s.id}>
            <span className={`${styles.swatch} ${styles[s.id]}`} aria-hidden="true" />
            {s.label}
          </li>
        ))}
        <li className={styles.key}>
          <LineKey /> measured
        </li>
        {unit === 'time' && (
          <>
            <li className={styles.key}>
              <LineKey thin /> fitted curve
            </li>
            <li className={styles.key}>
              <LineKey dashed /> predicted
            </li>
          </>
        )}
      </ul>
      <div className={styles.box} ref={boxRef} style={{ height: BOX_HEIGHT }} role="img" aria-label={caption}>
        <div ref={hostRef} />
        {failed ? (
          <p className={styles.status}>The chart could not load. The results table has the same numbers.</p>
        ) : empty ? (
          <p className={styles.status}>No measurements yet.</p>
        ) : null}
      </div>
    </div>
  );
}

function LineKey({ thin, dashed }: { thin?: boolean; dashed?: boolean }) {
  return (
    <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke="currentColor"
        strokeWidth={thin ? 1 : 2}
        strokeDasharray={dashed ? '5 3' : undefined}
      />
      {!thin && (
        <circle
          cx="14"
          cy="5"
          r="3.5"
          fill={dashed ? 'var(--surface)' : 'currentColor'}
          stroke="currentColor"
        />
      )}
    </svg>
  );
}
