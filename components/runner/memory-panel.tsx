'use client';

import { useMemo } from 'react';
import { useStore } from 'zustand';
import { LazyLogLogChart } from '@/components/chart/lazy-loglog-chart';
import type { ChartSeries } from '@/components/chart/chart-data';
import { formatBytes, formatSize } from '@/lib/format/format';
import type { SeriesState } from '@/lib/runner/run-state';
import type { RunStore } from './run-store';
import styles from './runner.module.css';

const withMemory = (series: readonly SeriesState[]) => series.filter((s) => s.memory);

/**
 * Python runs: how peak memory per call grows (data-testid="memory-verdict", one per series), with the
 * figures behind it. Measured with tracemalloc in a pass of its own after the timing.
 */
export function MemoryVerdict({ store }: { store: RunStore }) {
  const series = useStore(store, (s) => s.series);
  const shown = withMemory(series).filter((s) => s.memory?.verdict);
  if (shown.length === 0) return null;
  const multi = series.length > 1;
  return (
    <section aria-label="Memory verdict">
      {shown.map((s) => {
        const v = s.memory!.verdict!;
        const stoppedAt = s.memory!.stoppedAt;
        return (
          <div
            key={s.id}
            className={styles.verdict}
            data-series={s.id}
            data-testid={s.id === 'learner' ? 'memory-verdict' : `memory-verdict-${s.id}`}
            data-memory-class={v.label}
          >
            <p className={styles.verdictHead}>
              {multi && <strong>{s.label}: </strong>}
              Peak memory per call{' '}
              {v.inconclusive ? (
                <>
                  is <span className={styles.cls}>inconclusive</span>
                </>
              ) : (
                <>
                  grows as <span className={styles.cls}>{v.label}</span>
                </>
              )}
            </p>
            <p className={styles.muted}>
              Evidence: {v.evidence}.
              {stoppedAt !== undefined &&
                ` Sizes from n = ${formatSize(stoppedAt)} were not traced: one traced call there was predicted to take longer than the memory pass's budget.`}
            </p>
            <p className={styles.muted}>
              Measured with tracemalloc: the most memory one call allocated at its peak, above what was
              allocated before it (the input is built first and not counted), in a pass of its own after the
              timing, since tracing slows every allocation.
            </p>
          </div>
        );
      })}
    </section>
  );
}

/** Peak memory per call against n, on the same log–log chart as the times (measured points only). */
export function MemoryChart({ store }: { store: RunStore }) {
  const series = useStore(store, (s) => s.series);
  const chart = useMemo(
    (): ChartSeries[] =>
      withMemory(series).map((s) => ({
        id: s.id,
        label: s.label,
        points: (s.memory?.sizes ?? []).map((m) => ({ n: m.n, ns: m.peakBytes })),
        predicted: [],
      })),
    [series],
  );
  if (chart.length === 0) return null;
  return (
    <LazyLogLogChart
      series={chart}
      unit="bytes"
      testId="memory-chart"
      caption="Log–log chart of peak memory per call against input size n. The memory table lists the same numbers."
    />
  );
}

/** The memory pass's figures, also the memory chart's text alternative. */
export function MemoryTable({ store }: { store: RunStore }) {
  const series = useStore(store, (s) => s.series);
  const shown = withMemory(series);
  if (shown.every((s) => (s.memory?.sizes.length ?? 0) === 0)) return null;
  const multi = series.length > 1;
  return (
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Peak memory, table">
      <table className={styles.table} data-testid="memory-table">
        <caption>
          Peak memory of one call of <code>solve</code> at each input size n (tracemalloc), and what the call
          still held after its result was dropped.
        </caption>
        <thead>
          <tr>
            {multi && <th scope="col">Code</th>}
            <th scope="col">Size n</th>
            <th scope="col">Peak per call</th>
            <th scope="col">Per item</th>
            <th scope="col">Still held after</th>
          </tr>
        </thead>
        <tbody>
          {shown.flatMap((s) =>
            (s.memory?.sizes ?? []).map((m) => (
              <tr key={`${s.id}-${m.n}`}>
                {multi && <td>{s.label}</td>}
                <td>{formatSize(m.n)}</td>
                <td>{formatBytes(m.peakBytes)}</td>
                <td>{formatBytes(m.peakBytes / m.n)}</td>
                <td>{formatBytes(m.retainedBytes)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
