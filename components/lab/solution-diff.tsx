'use client';

import { useEffect, useState } from 'react';
import type { DiffLine } from '@/lib/labs/line-diff';
import controls from '@/components/runner/controls.module.css';
import styles from './lab.module.css';

interface Props {
  starter: string;
  solution: string;
  /** Puts the reference solution into the editor (the learner's code can be restored with Undo). */
  onUse(): void;
}

/** "Show solution": the reference fix as a diff against the starter, computed only when opened. */
export function SolutionDiff({ starter, solution, onUse }: Props) {
  const [open, setOpen] = useState(false);
  const [lines, setLines] = useState<DiffLine[] | null>(null);
  // The diff is computed (and its code loaded) only when the learner first opens it.
  useEffect(() => {
    if (!open || lines) return;
    let alive = true;
    void import('@/lib/labs/line-diff').then((m) => alive && setLines(m.lineDiff(starter, solution)));
    return () => {
      alive = false;
    };
  }, [open, lines, starter, solution]);
  return (
    <section className={styles.solution} aria-labelledby="lab-solution-title">
      <h2 id="lab-solution-title">Reference solution</h2>
      <button
        type="button"
        className={controls.button}
        aria-expanded={open}
        aria-controls="lab-solution-diff"
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide solution' : 'Show solution'}
      </button>
      {open && (
        <>
          <p className={styles.muted}>Changes from the starter: lines marked − were removed, + were added.</p>
          <pre className={styles.diff} id="lab-solution-diff" data-testid="solution-diff">
            {(lines ?? []).map((l, i) => (
              <span key={i} className={styles.diffLine} data-kind={l.kind}>
                <span className={styles.diffSign} aria-hidden="true">
                  {l.kind === 'added' ? '+' : l.kind === 'removed' ? '−' : ' '}
                </span>
                {l.kind !== 'same' && <span className="visually-hidden">{l.kind}: </span>}
                {l.text}
                {'\n'}
              </span>
            ))}
          </pre>
          <button type="button" className={controls.button} onClick={onUse}>
            Put the solution in the editor
          </button>
        </>
      )}
    </section>
  );
}
