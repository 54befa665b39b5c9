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

/** Names what a note is about: the choice text, the line, the step, or "your answer". */
function targetLabel(question: QuizQuestion, target: string): string {
  if (question.kind === 'single' || question.kind === 'multi') {
    return question.choices.find((c) => c.id === target)?.text ?? target;
  }
  if (question.kind === 'spot-line') {
    const n = Number(target.replace('line-', ''));
    return `Line ${n}: ${question.lines[n - 1]?.text.trim() ?? ''}`;
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
        <p>
          <strong>Correct answer:</strong> <RichText text={describeCorrectAnswer(question)} />
        </p>
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
