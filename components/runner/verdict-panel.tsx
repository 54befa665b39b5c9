'use client';

import { useStore } from 'zustand';
import { formatDuration } from '@/lib/format/format';
import type { RunStore } from './run-store';
import type { SeriesState } from '@/lib/runner/run-state';
import { caveats, confidenceText, predictionLines, verdictHeadline } from './format-run';
import styles from './runner.module.css';

/** One verdict per series; the learner's carries data-testid="verdict", others "verdict-<series>". */
export function VerdictPanel({ store }: { store: RunStore }) {
  const series = useStore(store, (s) => s.series);
  const ladder = useStore(store, (s) => s.ladder);
  const baselineNs = useStore(store, (s) => s.baselineNs);
  const shown = series.filter((s) => s.verdict);
  if (shown.length === 0) return null;
  return (
    <section aria-label="Verdict">
      {shown.map((s) => (
        <SeriesVerdict key={s.id} s={s} ladder={ladder} multi={series.length > 1} baselineNs={baselineNs} />
      ))}
    </section>
  );
}

function SeriesVerdict(props: {
  s: SeriesState;
  ladder: number[];
  multi: boolean;
  baselineNs: number | null;
}) {
  const { s, ladder, multi, baselineNs } = props;
  const v = s.verdict;
  if (!v) return null;
  const headline = verdictHeadline(v);
  const preds = predictionLines(s, ladder);
  const notes = caveats(s);
  return (
    <div
      className={styles.verdict}
      data-series={s.id}
      data-testid={s.id === 'learner' ? 'verdict' : `verdict-${s.id}`}
    >
      <p className={styles.verdictHead}>
        {multi && <strong>{s.label}: </strong>}
        {headline === 'inconclusive' ? (
          <>
            <span className={styles.cls}>inconclusive</span>
            {v.best && (
              <span className={styles.muted}>
                {' '}
                (closest fit {v.best}, chosen by only {confidenceText(v.confidence)} of resamples)
              </span>
            )}
          </>
        ) : (
          <>
            Scales as <span className={styles.cls}>{headline}</span>{' '}
            <span>with {confidenceText(v.confidence)} confidence</span>
            <span className={styles.muted}> (share of bootstrap resamples that chose it)</span>
          </>
        )}
      </p>
      {v.reason && <p className={styles.muted}>{v.reason}</p>}
      {preds.length > 0 && (
        <ul className={styles.list} aria-label="Predictions">
          {preds.map((p) => (
            <li key={p.n}>{p.text}</li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <ul className={`${styles.list} ${styles.caveat}`} aria-label="Caveats">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {baselineNs !== null && !multi && (
        <p className={styles.muted}>Empty-function baseline: {formatDuration(baselineNs)} per call.</p>
      )}
    </div>
  );
}
