'use client';

import type { RoundMode } from '@/lib/quiz/attempt-state';
import styles from './quiz.module.css';

interface Props {
  mode: RoundMode;
  answered: number;
  total: number;
  /** 1-based position of the question to carry on with, or null when every question is checked. */
  nextPosition: number | null;
  /** Said when the quiz changed since the round was saved and some answers no longer fit. */
  setAsideNote?: string | null;
  onCarryOn: () => void;
  onStartOver: () => void;
}

/** Shown when an unfinished round came back after a reload: how far it got, where to go on, or start over. */
export function ResumeNote({
  mode,
  answered,
  total,
  nextPosition,
  setAsideNote,
  onCarryOn,
  onStartOver,
}: Props) {
  return (
    <div className={styles.resume} data-testid="quiz-resume" role="region" aria-label="Unfinished attempt">
      <p>
        <strong>
          Resuming your {mode === 'practice' ? 'practice round' : 'attempt'} — {answered} of {total} answered.
        </strong>{' '}
        Your answers so far were kept in this browser.{setAsideNote ? ` ${setAsideNote}` : ''}
      </p>
      <div className={styles.resumeButtons}>
        <button type="button" className={styles.secondary} onClick={onCarryOn}>
          {nextPosition === null ? 'Go to the finish' : `Go to question ${nextPosition}`}
        </button>
        <button type="button" className={styles.secondary} onClick={onStartOver}>
          Start over
        </button>
      </div>
    </div>
  );
}
