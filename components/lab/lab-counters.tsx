'use client';

import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { RunStore } from '@/components/runner/run-store';
import { formatDuration } from '@/lib/format/format';
import type { Lab } from '@/lib/labs/types';
import styles from './lab.module.css';

const fmt = (v: number, unit: string) =>
  unit === '%' ? `${v}%` : Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(1);

/**
 * The harness's counters for every measured size of every series (one call each, so the same on every
 * machine), and for the N+1 lab the modelled production time, labelled as a model.
 */
export function LabCounters({ lab, store }: { lab: Lab; store: RunStore }) {
  const series = useStore(store, (s) => s.series);
  const rows = useMemo(
    () =>
      series.flatMap((s) =>
        s.results.filter((r) => r.counters).map((r) => ({ key: `${s.id}-${r.n}`, label: s.label, r })),
      ),
    [series],
  );
  if (lab.counters.length === 0 || rows.length === 0) return null;
  const model = lab.model;
  return (
    <section aria-labelledby="lab-counters-title">
      <h2 id="lab-counters-title">Counters</h2>
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="lab-counters">
          <caption>
            Counted during one call at each size: exact, and the same on every machine.
            {model && <> {model.label}</>}
          </caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Size n</th>
              {lab.counters.map((c) => (
                <th scope="col" key={c.id}>
                  {c.label}
                </th>
              ))}
              {model && <th scope="col">Measured per call</th>}
              {model && <th scope="col">Modelled production time</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, label, r }) => (
              <tr key={key}>
                <td>{label}</td>
                <td>{r.n.toLocaleString('en-US')}</td>
                {lab.counters.map((c) => {
                  const v = r.counters?.[c.id];
                  return <td key={c.id}>{v === undefined ? '—' : fmt(v, c.unit)}</td>;
                })}
                {model && <td>{formatDuration(r.medianNs)}</td>}
                {model && (
                  <td>
                    {formatDuration(r.medianNs + (r.counters?.queries ?? 0) * model.roundTripMs * 1e6)}{' '}
                    (model)
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
