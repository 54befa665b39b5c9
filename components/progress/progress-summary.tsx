'use client';

import Link from 'next/link';
import { lineAnswerSummary } from '@/lib/labs/line-prediction';
import type { LessonProgress } from '@/lib/progress/schema';
import styles from './progress-page.module.css';
import { useProgressReady } from './use-progress';
import { useProgressView } from './progress-view';

export interface LessonOutline {
  slug: string;
  title: string;
  sections: { id: string; title: string }[];
  quizTotal: number;
  /** The lesson's labs in order, so unpassed ones are listed too. */
  labs: OutlineLab[];
  /** Pattern id → name, for the patterns learners name once they pass a lab. */
  patterns: Record<string, string>;
}

export interface OutlineLab {
  id: string;
  title: string;
  /** The pattern the lab's starter shows. */
  pattern?: string;
  /** Option id → label of the lab's prediction question. */
  predictionOptions?: Record<string, string>;
  /** For a lab that asks which line is hot: line number → that line's code, for the lines one can pick. */
  suspectLines?: Record<number, string>;
}

function when(ms: number): string {
  return ms > 0
    ? new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
    : 'date unknown';
}

/** The prediction made before a lab's first run and the pattern named after passing, when there are any. */
function LabAnswers(props: {
  lab: OutlineLab;
  progress: LessonProgress | undefined;
  patterns: Record<string, string>;
}) {
  const { lab, progress, patterns } = props;
  const predicted = progress?.predictions[lab.id];
  const named = progress?.patterns[lab.id];
  if (!predicted && !named) return null;
  const option = predicted?.choice ? (lab.predictionOptions?.[predicted.choice] ?? predicted.choice) : null;
  const outcome =
    predicted?.matched === true
      ? 'the run bore it out'
      : predicted?.matched === false
        ? 'the run showed otherwise'
        : 'not measured yet';
  return (
    <span className={`muted small ${styles.answers}`} data-testid={`progress-answers-${lab.id}`}>
      {predicted && lab.suspectLines ? (
        <span>{lineAnswerSummary(predicted.choice, predicted.found, (l) => lab.suspectLines?.[l])}</span>
      ) : (
        predicted && <span>{option ? `Predicted: “${option}” (${outcome}).` : 'Prediction skipped.'}</span>
      )}
      {named && (
        <span>
          {' '}
          Pattern named: {patterns[named.choice] ?? named.choice}
          {named.correct ? ' (right).' : ` (it was ${patterns[lab.pattern ?? ''] ?? 'another'}).`}
        </span>
      )}
    </span>
  );
}

/** What the learner has done in each lesson: sections, labs with best figures, quiz attempts. */
export function ProgressSummary({ lessons }: { lessons: LessonOutline[] }) {
  const ready = useProgressReady();
  const progress = useProgressView((s) => s.progress);
  // Until saved progress is read, render the same outline as "nothing done yet": the page keeps its
  // layout (no shift) and only the ticks and counts change once the data is in.
  const loading = !ready || !progress;
  return (
    <div aria-busy={loading}>
      {lessons.map((lesson) => {
        const p = progress?.lessons[lesson.slug];
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
            <h3>
              Labs passed: {labs.length}
              {lesson.labs.length > 0 ? ` of ${lesson.labs.length}` : ''}
            </h3>
            {lesson.labs.length > 0 || labs.length > 0 ? (
              <ul className={styles.sections}>
                {[
                  ...lesson.labs,
                  ...labs
                    .filter(([id]) => !lesson.labs.some((l) => l.id === id))
                    .map(([id]): OutlineLab => ({ id, title: id })),
                ].map((lab) => {
                  const done = p?.labs[lab.id];
                  return (
                    <li key={lab.id} data-read={done !== undefined}>
                      <span aria-hidden="true">{done ? '✓' : '○'}</span>{' '}
                      <Link href={`/lessons/${lesson.slug}/labs/${lab.id}`}>{lab.title}</Link>
                      <span className="visually-hidden">{done ? ' (passed)' : ' (not passed yet)'}</span>
                      {done ? (
                        <span className="muted small">
                          {' '}
                          — passed {when(done.passedAt)}
                          {Object.entries(done.best).map(([name, f]) => (
                            <span key={name}>
                              ; best {name}: {f.value.toLocaleString('en-US')} {f.unit} ({f.better} is better)
                            </span>
                          ))}
                        </span>
                      ) : null}
                      <LabAnswers lab={lab} progress={p} patterns={lesson.patterns} />
                    </li>
                  );
                })}
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
    </div>
  );
}
