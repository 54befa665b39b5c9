'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { withProgress } from '@/components/progress/progress-loader';
import { useProgressView } from '@/components/progress/progress-view';
import controls from '@/components/runner/controls.module.css';
import { patternFeedback, type PatternChoice } from '@/lib/labs/pattern-choices';
import type { Lab } from '@/lib/labs/types';
import { InlineText } from './inline-text';
import styles from './lab.module.css';

interface Props {
  lab: Pick<Lab, 'id' | 'pattern' | 'patternNote'>;
  lessonSlug: string;
  choices: PatternChoice[];
  nextLab: { href: string; title: string } | null;
}

/** Once passed: which pattern was it? One answer, one line of feedback, kept in progress. */
export default function LabPatternName({ lab, lessonSlug, choices, nextLab }: Props) {
  const record = useProgressView((s) => s.progress?.lessons[lessonSlug]?.patterns[lab.id]);
  const [choice, setChoice] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!choice) return;
    const { correct } = patternFeedback(choices, choice, lab);
    withProgress((p) => p.nameLabPattern(lessonSlug, lab.id, choice, correct));
  };
  const feedback = record ? patternFeedback(choices, record.choice, lab) : null;
  const named = choices.find((c) => c.id === record?.choice);
  return (
    <section className={styles.predict} aria-labelledby="lab-pattern-title" data-testid="lab-pattern">
      <h2 id="lab-pattern-title">Name the pattern</h2>
      {feedback ? (
        <>
          <p>
            You named it: <strong>{named?.label ?? record?.choice}</strong>.
          </p>
          <p className={styles.verdictLine} data-pass={feedback.correct} data-testid="pattern-feedback">
            <InlineText text={feedback.text} />
          </p>
        </>
      ) : (
        <form onSubmit={submit}>
          <fieldset className={styles.choices}>
            <legend>You fixed it. Which of the lesson’s patterns was the starter?</legend>
            {choices.map((c) => (
              <label key={c.id} className={styles.choice}>
                <input
                  type="radio"
                  name="lab-pattern"
                  value={c.id}
                  checked={choice === c.id}
                  onChange={() => setChoice(c.id)}
                />
                {c.label}
              </label>
            ))}
          </fieldset>
          <button type="submit" className={controls.button} disabled={!choice}>
            Check my answer
          </button>
        </form>
      )}
      {nextLab && (
        <p>
          <Link href={nextLab.href}>Next lab: {nextLab.title} →</Link>
        </p>
      )}
    </section>
  );
}
