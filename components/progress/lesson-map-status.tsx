'use client';

import Link from 'next/link';
import styles from './progress.module.css';
import { useLessonProgress, useProgressReady } from './use-progress';

/**
 * One line for the lesson map: sections read, quiz best and attempts, labs passed. Shows a neutral line
 * until saved progress has been read.
 */
export function LessonMapStatus({
  lessonSlug,
  sectionIds,
  quizTotal = 15,
}: {
  lessonSlug: string;
  sectionIds: readonly string[];
  quizTotal?: number;
}) {
  const ready = useProgressReady();
  const lesson = useLessonProgress(lessonSlug);
  if (!ready) {
    return (
      <p className={styles.status} aria-hidden="true">
        &nbsp;
      </p>
    );
  }
  const read = sectionIds.filter((id) => lesson?.sectionsRead.includes(id)).length;
  const labs = Object.keys(lesson?.labs ?? {}).length;
  const quiz = lesson?.quiz;
  return (
    <p className={styles.status} data-testid="lesson-progress">
      <span>
        {read} of {sectionIds.length} sections read
      </span>
      {labs > 0 ? <span>{labs === 1 ? '1 lab passed' : `${labs} labs passed`}</span> : null}
      <span>
        {quiz?.best != null ? (
          <>
            Quiz best {quiz.best} / {quiz.bestTotal ?? quizTotal} ({quiz.fullAttempts}{' '}
            {quiz.fullAttempts === 1 ? 'attempt' : 'attempts'})
          </>
        ) : (
          <Link href={`/lessons/${lessonSlug}/quiz`}>Quiz not taken yet</Link>
        )}
      </span>
    </p>
  );
}
