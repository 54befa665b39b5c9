'use client';

import { useStore } from 'zustand';
import { progressOf } from '@/lib/runner/run-state';
import type { RunStore } from './run-store';
import { loadingPython, pythonLoadFraction, pythonLoadText, statusText } from './status-text';
import controls from './controls.module.css';
import styles from './runner.module.css';

interface Props {
  store: RunStore;
  /** Shown as a Cancel button while a run is in progress. */
  onCancel?: () => void;
}

/** The run's state in words (data-testid="run-status"), a progress bar and Cancel while running. */
export function RunStatus({ store, onCancel }: Props) {
  const state = useStore(store);
  const busy = state.phase === 'running' || state.phase === 'starting';
  const { done, total } = progressOf(state);
  const pct = total > 0 ? Math.round((done / total) * 100) : 0;
  const load = loadingPython(state);
  const loadPct = load ? Math.round(pythonLoadFraction(load) * 100) : 0;
  return (
    <div className={styles.status} data-phase={state.phase}>
      <p
        className={styles.statusText}
        data-testid="run-status"
        data-phase={state.phase}
        data-run={state.runs}
        role="status"
        aria-live="polite"
      >
        {statusText(state)}
      </p>
      {load && (
        <div
          className={styles.progress}
          role="progressbar"
          aria-label="Loading Python"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={loadPct}
          aria-valuetext={pythonLoadText(load)}
          data-testid="python-load"
          data-load-phase={load.phase}
        >
          <div className={styles.progressFill} style={{ width: `${loadPct}%` }} />
        </div>
      )}
      {busy && !load && (
        <div
          className={styles.progress}
          role="progressbar"
          aria-label="Sizes measured"
          aria-valuemin={0}
          aria-valuemax={total || 1}
          aria-valuenow={done}
          aria-valuetext={total > 0 ? `${done} of ${total} sizes` : 'starting'}
        >
          <div className={styles.progressFill} style={{ width: `${pct}%` }} />
        </div>
      )}
      {busy && onCancel && (
        <button type="button" className={`${controls.button} ${styles.statusButton}`} onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
