'use client';

import type { Lab } from '@/lib/labs/types';
import { InlineText } from './inline-text';
import styles from './lab.module.css';

/**
 * What the learner just measured, why the starter behaves that way and (folded) the shape of the fix.
 * Shown from the first run on, never before: the page opens with the task and the contract only.
 */
export default function LabExplanation({ lab }: { lab: Pick<Lab, 'prose' | 'model'> }) {
  return (
    <section className={styles.explain} aria-labelledby="lab-explain-title" data-testid="lab-explanation">
      <h2 id="lab-explain-title">What your run showed</h2>
      <p>
        <InlineText text={lab.prose.see} />
      </p>
      {lab.model && <p className={styles.model}>{lab.model.label}</p>}
      <h3>Why it is slow</h3>
      <p>
        <InlineText text={lab.prose.why} />
      </p>
      <details className={styles.fix}>
        <summary>The shape of the fix (open it when you want it)</summary>
        <p>
          <InlineText text={lab.prose.fix} />
        </p>
      </details>
    </section>
  );
}
