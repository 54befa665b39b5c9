'use client';

import { useLessonProgress, useProgressReady } from '@/components/progress/use-progress';
import styles from './quiz.module.css';

interface Props {
  lessonSlug: string;
  total: number;
  /** The quiz's current question ids: a saved attempt's missed ids outside them are not offered. */
  questionIds?: readonly string[];
  /** When given, offers to practise the questions missed in the last full attempt (after a reload too). */
  onPractise?: (ids: string[]) => void;
}

/** Best score and number of attempts, from saved progress. A same-height blank until progress is read. */
export function QuizHistory({ lessonSlug, total, questionIds, onPractise }: Props) {
  const ready = useProgressReady();
  const quiz = useLessonProgress(lessonSlug)?.quiz;
  if (!ready) return <p className={styles.history}>&nbsp;</p>;
  if (!quiz || (quiz.best === null && quiz.attempts.length === 0)) {
    return (
      <p className={styles.history}>
        No attempts yet. Your best score and attempts are saved in this browser.
      </p>
    );
  }
  const lastFull = [...quiz.attempts].reverse().find((a) => a.mode === 'full');
  const known = questionIds ? new Set(questionIds) : null;
  const missed = lastFull ? lastFull.missed.filter((id) => !known || known.has(id)) : [];
  const practice = quiz.attempts.filter((a) => a.mode === 'practice').length;
  return (
    <div className={styles.history}>
      <p data-testid="quiz-best">
        Best score:{' '}
        <strong>
          {quiz.best ?? '—'} / {quiz.bestTotal ?? total}
        </strong>{' '}
        · {quiz.fullAttempts} {quiz.fullAttempts === 1 ? 'attempt' : 'attempts'}
        {practice > 0 ? ` · ${practice} practice ${practice === 1 ? 'round' : 'rounds'}` : ''}
        {lastFull ? ` · last: ${lastFull.score} / ${lastFull.total}` : ''}
      </p>
      {onPractise && missed.length > 0 ? (
        <button type="button" className={styles.secondary} onClick={() => onPractise(missed)}>
          Practise the {missed.length} missed last time
        </button>
      ) : null}
    </div>
  );
}
