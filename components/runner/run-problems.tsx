'use client';

import { useStore } from 'zustand';
import { formatSize } from '@/lib/format/format';
import type { RunStore } from './run-store';
import { errorLine } from './status-text';
import styles from './runner.module.css';

const isTraceback = (stack: string) => /^(Traceback \(most recent call last\)|\s+File ")/.test(stack);

/** The run's error (with the learner's line) or the first wrong answer, and the code's logs. */
export function RunProblems({ store }: { store: RunStore }) {
  const error = useStore(store, (s) => s.error);
  const mismatch = useStore(store, (s) => s.mismatch);
  const logs = useStore(store, (s) => s.logs);
  return (
    <>
      {error && (
        <div className={styles.problem} data-testid="run-error" role="alert">
          <h3>{error.name === 'Not run' ? 'Not run: fix this first' : 'The code failed'}</h3>
          <p>{errorLine(error)}</p>
          {error.stack && (
            // A Python traceback is the error's own account of where it happened: shown open.
            <details open={isTraceback(error.stack)}>
              <summary>{isTraceback(error.stack) ? 'Traceback' : 'Stack'} (your line numbers)</summary>
              <pre className={styles.pre} data-testid="run-error-stack">
                {error.stack}
              </pre>
            </details>
          )}
        </div>
      )}
      {mismatch && (
        <div className={styles.problem} data-testid="mismatch" role="alert">
          <h3>
            Wrong answer at n = {formatSize(mismatch.n)} — timing does not count until the output is right
          </h3>
          <p>First input that differs:</p>
          <pre className={styles.pre}>{mismatch.inputPreview}</pre>
          <p>Expected (reference):</p>
          <pre className={styles.pre}>{mismatch.expected}</pre>
          <p>Your code returned:</p>
          <pre className={styles.pre}>{mismatch.actual}</pre>
        </div>
      )}
      {logs.length > 0 && (
        <details className={styles.logs} data-testid="run-logs">
          <summary>Logs from your code ({logs.length})</summary>
          <pre className={styles.pre}>{logs.join('\n')}</pre>
        </details>
      )}
    </>
  );
}
