'use client';

import Link from 'next/link';
import type { AttemptSummary } from '@/lib/quiz/attempt';
import { describeGivenAnswer } from '@/lib/quiz/describe';
import type { Quiz, QuizAnswer } from '@/lib/quiz/types';
import { QuestionFeedback } from './question-feedback';
import { QuizHistory } from './quiz-history';
import styles from './quiz.module.css';
import { RichText } from './rich-text';

interface Props {
  quiz: Quiz;
  summary: AttemptSummary;
  mode: 'full' | 'practice';
  answers: Record<string, QuizAnswer>;
  sectionTitles: Record<string, string>;
  sectionHref: (sectionId: string) => string;
  onRetake: () => void;
  onPractise: () => void;
}

/** The score, pass or not, what to reread, the next steps, and a review of every answer. */
export function QuizResults({
  quiz,
  summary,
  mode,
  answers,
  sectionTitles,
  sectionHref,
  onRetake,
  onPractise,
}: Props) {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const weak = summary.bySection.filter((s) => s.correct < s.total);
  return (
    <div className={styles.results}>
      <p className={styles.score}>
        <span className="visually-hidden">Score: </span>
        <span data-testid="quiz-score">
          {summary.score} / {summary.total}
        </span>
      </p>
      <p className={summary.passed ? styles.passed : styles.notPassed} data-testid="quiz-verdict">
        {summary.passed
          ? `Passed. The pass mark is ${summary.passMark} of ${summary.total}.`
          : `Not passed yet: the pass mark is ${summary.passMark} of ${summary.total}. Practise the ones you missed, then retake.`}
        {mode === 'practice' ? ' (A practice round: your best full-quiz score is unchanged.)' : ''}
        {summary.unanswered.length > 0
          ? ` ${summary.unanswered.length} left unanswered counted as missed.`
          : ''}
      </p>
      <div className={styles.buttons}>
        <button type="button" className={styles.primary} onClick={onRetake}>
          Retake the quiz (new order)
        </button>
        {summary.missed.length > 0 ? (
          <button type="button" className={styles.secondary} onClick={onPractise}>
            Practise the {summary.missed.length === 1 ? 'one' : summary.missed.length} I missed
          </button>
        ) : null}
      </div>
      <QuizHistory lessonSlug={quiz.lessonSlug} total={quiz.questions.length} />
      {weak.length > 0 ? (
        <>
          <h3>Worth rereading</h3>
          <ul>
            {weak.map((s) => (
              <li key={s.sectionId}>
                <Link href={sectionHref(s.sectionId)}>{sectionTitles[s.sectionId] ?? s.sectionId}</Link> —{' '}
                {s.correct} of {s.total} right
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Review of every answer</h3>
      <ol className={styles.review}>
        {summary.results.map((r, i) => {
          const q = byId.get(r.questionId);
          if (!q) return null;
          return (
            <li
              key={q.id}
              className={styles.reviewItem}
              data-testid="quiz-review-item"
              data-correct={r.correct}
            >
              <p className={styles.reviewPrompt}>
                <span className={styles.qnum}>Question {i + 1}</span> <RichText text={q.prompt} />
              </p>
              <p>
                <strong>Your answer:</strong> <RichText text={describeGivenAnswer(q, answers[q.id])} />
              </p>
              <QuestionFeedback
                question={q}
                result={r}
                sectionHref={sectionHref(q.sectionId)}
                sectionTitle={sectionTitles[q.sectionId] ?? q.sectionId}
                headingLevel="h4"
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
