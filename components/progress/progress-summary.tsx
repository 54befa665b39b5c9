'use client';

import Link from 'next/link';
import styles from './progress-page.module.css';
import { useProgressReady } from './use-progress';
import { useProgressView } from './progress-view';

export interface LessonOutline {
  slug: string;
  title: string;
  sections: { id: string; title: string }[];
  quizTotal: number;
}

function when(ms: number): string {
  return ms > 0
    ? new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
    : 'date unknown';
}

/** What the learner has done in each lesson: sections, labs with best figures, quiz attempts. */
export function ProgressSummary({ lessons }: { lessons: LessonOutline[] }) {
  const ready = useProgressReady();
  const progress = useProgressView((s) => s.progress);
  if (!ready || !progress) return <p className="muted">Reading saved progress…</p>;
  return (
    <>
      {lessons.map((lesson) => {
        const p = progress.lessons[lesson.slug];
        const read = new Set(p?.sectionsRead ?? []);
        const labs = Object.entries(p?.labs ?? {});
        const quiz = p?.quiz;
        const recent = [...(quiz?.attempts ?? [])].reverse().slice(0, 5);
        return (
          <section key={lesson.slug} className={styles.card} aria-labelledby={`summary-${lesson.slug}`}>
            <h2 id={`summary-${lesson.slug}`}>
              <Link href={`/lessons/${lesson.slug}`}>{lesson.title}</Link>
            </h2>
            <h3>
              Sections read: {lesson.sections.filter((s) => read.has(s.id)).length} of{' '}
              {lesson.sections.length}
            </h3>
            <ul className={styles.sections}>
              {lesson.sections.map((s) => (
                <li key={s.id} data-read={read.has(s.id)}>
                  <span aria-hidden="true">{read.has(s.id) ? '✓' : '○'}</span>{' '}
                  <Link href={`/lessons/${lesson.slug}#${s.id}`}>{s.title}</Link>
                  <span className="visually-hidden">{read.has(s.id) ? ' (read)' : ' (not read yet)'}</span>
                </li>
              ))}
            </ul>
            <h3>Labs passed: {labs.length}</h3>
            {labs.length > 0 ? (
              <ul>
                {labs.map(([id, lab]) => (
                  <li key={id}>
                    <strong>{id}</strong> — passed {when(lab.passedAt)}
                    {Object.entries(lab.best).map(([name, f]) => (
                      <span key={name}>
                        ; best {name}: {f.value.toLocaleString('en-US')} {f.unit} ({f.better} is better)
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No labs passed yet.</p>
            )}
            <h3>Quiz</h3>
            {quiz && (quiz.best !== null || quiz.attempts.length > 0) ? (
              <>
                <p data-testid="progress-quiz-best">
                  Best score: {quiz.best ?? '—'} / {quiz.bestTotal ?? lesson.quizTotal} · full attempts:{' '}
                  {quiz.fullAttempts}
                </p>
                <ul>
                  {recent.map((a) => (
                    <li key={a.id}>
                      {when(a.at)}: {a.score} / {a.total} {a.mode === 'practice' ? '(practice round)' : ''}
                      {a.passed ? ' — passed' : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="muted">
                Not taken yet. <Link href={`/lessons/${lesson.slug}/quiz`}>Take the quiz</Link>
              </p>
            )}
          </section>
        );
      })}
    </>
  );
}
