import Link from 'next/link';
import type { Ref } from 'react';
import { describeCorrectAnswer } from '@/lib/quiz/score';
import type { FeedbackNote, QuestionResult, QuizQuestion } from '@/lib/quiz/types';
import styles from './quiz.module.css';
import { RichText } from './rich-text';

const LEAD: Record<FeedbackNote['tone'], string> = {
  right: 'Right',
  wrong: 'Wrong',
  missed: 'Missed',
};

/** Wraps code in backticks for RichText, unless it contains one itself. */
function asCode(text: string): string {
  return text.includes('`') ? text : `\`${text}\``;
}

/** The correct answer, with code shown as code and steps as a list. */
function CorrectAnswer({ question }: { question: QuizQuestion }) {
  if (question.kind === 'order') {
    return (
      <ol className={styles.answerSteps}>
        {question.steps.map((s) => (
          <li key={s.id}>{s.text}</li>
        ))}
      </ol>
    );
  }
  if (question.kind === 'spot-line') {
    return (
      <RichText
        text={`Line ${question.correctLine}: ${asCode(question.lines[question.correctLine - 1]?.text.trim() ?? '')}`}
      />
    );
  }
  return <RichText text={describeCorrectAnswer(question)} />;
}

/** Names what a note is about: the choice text, the line, the step, or "your answer". */
function targetLabel(question: QuizQuestion, target: string): string {
  if (question.kind === 'single' || question.kind === 'multi') {
    return question.choices.find((c) => c.id === target)?.text ?? target;
  }
  if (question.kind === 'spot-line') {
    const n = Number(target.replace('line-', ''));
    return `Line ${n}: ${asCode(question.lines[n - 1]?.text.trim() ?? '')}`;
  }
  if (question.kind === 'order') return question.steps.find((s) => s.id === target)?.text ?? target;
  return 'Your answer';
}

interface Props {
  question: QuizQuestion;
  result: QuestionResult;
  sectionHref: string;
  sectionTitle: string;
  headingRef?: Ref<HTMLHeadingElement>;
  headingLevel?: 'h3' | 'h4';
}

/** After checking: right or not, a rationale for each pick (and each miss), the explanation, a link back. */
export function QuestionFeedback({
  question,
  result,
  sectionHref,
  sectionTitle,
  headingRef,
  headingLevel = 'h3',
}: Props) {
  const Heading = headingLevel;
  return (
    <div className={styles.feedback} data-correct={result.correct} data-testid="quiz-feedback">
      <Heading ref={headingRef} tabIndex={-1} className={styles.verdict}>
        {result.correct ? '✓ Correct' : '✗ Not quite'}
      </Heading>
      {result.notes.length > 0 ? (
        <ul className={styles.notes}>
          {result.notes.map((n) => (
            <li key={`${n.target}-${n.tone}`} data-tone={n.tone}>
              <strong>{LEAD[n.tone]}:</strong>{' '}
              {question.kind === 'number' ? null : (
                <>
                  <em>
                    <RichText text={targetLabel(question, n.target)} />
                  </em>{' '}
                  —{' '}
                </>
              )}
              <RichText text={n.text} />
            </li>
          ))}
        </ul>
      ) : null}
      {!result.correct ? (
        <div className={styles.correctAnswer}>
          <strong>Correct answer:</strong> <CorrectAnswer question={question} />
        </div>
      ) : null}
      <p>
        <strong>Why:</strong> <RichText text={question.explanation} />
      </p>
      <p>
        <Link href={sectionHref}>Reread “{sectionTitle}”</Link>
      </p>
    </div>
  );
}
