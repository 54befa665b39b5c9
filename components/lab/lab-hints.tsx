'use client';

import { useState } from 'react';
import { InlineText } from './inline-text';
import controls from '@/components/runner/controls.module.css';
import styles from './lab.module.css';

/** Hints revealed one at a time, each building on the last. */
export function LabHints({ hints }: { hints: string[] }) {
  const [shown, setShown] = useState(0);
  return (
    <section className={styles.hints} aria-labelledby="lab-hints-title">
      <h2 id="lab-hints-title">Hints</h2>
      {shown > 0 && (
        <ol className={styles.hintList}>
          {hints.slice(0, shown).map((h, i) => (
            <li key={i}>
              <InlineText text={h} />
            </li>
          ))}
        </ol>
      )}
      {shown < hints.length ? (
        <button type="button" className={controls.button} onClick={() => setShown((s) => s + 1)}>
          {shown === 0 ? 'Show a hint' : 'Show the next hint'} ({shown + 1} of {hints.length})
        </button>
      ) : (
        <p className={styles.muted}>That was the last hint.</p>
      )}
    </section>
  );
}
