'use client';

import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { RunStore } from './run-store';
import { tableRows } from './format-run';
import styles from './runner.module.css';

/** Every measured size (and predicted ones, marked) — also the chart's accessible alternative. */
export function ResultsTable({ store, id }: { store: RunStore; id?: string }) {
  const series = useStore(store, (s) => s.series);
  const rows = useMemo(() => tableRows(series), [series]);
  if (rows.length === 0) return null;
  const multi = series.length > 1;
  return (
    // Focusable so keyboard users can scroll it sideways when it is wider than the page (axe:
    // scrollable-region-focusable).
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Measured times, table">
      <table className={styles.table} id={id} data-testid="results-table">
        <caption>
          Time per call of <code>solve</code> at each input size n: median of the samples and the
          fastest–slowest sample. Rows in italics are predictions from the fitted curve, not measurements.
        </caption>
        <thead>
          <tr>
            {multi && <th scope="col">Code</th>}
            <th scope="col">Size n</th>
            <th scope="col">Median per call</th>
            <th scope="col">Spread (min – max)</th>
            <th scope="col">Per item</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.key}
              className={r.predicted ? styles.predictedRow : undefined}
              data-predicted={r.predicted}
            >
              {multi && <td>{r.seriesLabel}</td>}
              <td>{r.n}</td>
              <td>{r.median}</td>
              <td>{r.spread}</td>
              <td>{r.perItem}</td>
              <td>{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
