'use client';

import { useEffect, useRef } from 'react';
import type { QuestionResult, QuizAnswer, QuizQuestion } from '@/lib/quiz/types';
import { ChoiceInput } from './choice-input';
import { NumberInput } from './number-input';
import { OrderInput } from './order-input';
import { QuestionFeedback } from './question-feedback';
import inputStyles from './inputs.module.css';
import styles from './quiz.module.css';
import { RichText } from './rich-text';
import { SpotLineInput } from './spot-line-input';

const KIND_HINT: Record<QuizQuestion['kind'], string> = {
  single: 'Choose one answer.',
  multi: 'Select all that apply. Scored all-or-nothing: every right option and no wrong one.',
  'spot-line': 'Pick the line that causes the problem.',
  number: 'Type a number.',
  order: 'Use the arrow buttons to put the steps in order, first at the top.',
};

interface Props {
  question: QuizQuestion;
  index: number;
  total: number;
  itemOrder: readonly string[];
  answer: QuizAnswer | undefined;
  result: QuestionResult | undefined;
  inputError: string | null;
  sectionHref: string;
  sectionTitle: string;
  onAnswer: (id: string, answer: QuizAnswer) => void;
  onCheck: (id: string) => void;
}

/** One question: a fieldset with its legend, the inputs for its kind, a Check button, then the feedback. */
export function QuestionCard(props: Props) {
  const { question, index, total, answer, result, inputError } = props;
  const locked = result !== undefined;
  const verdictRef = useRef<HTMLHeadingElement>(null);
  const wasLocked = useRef(locked);

  // Move focus to the verdict right after checking, so keyboard and screen-reader users hear it at once.
  useEffect(() => {
    if (locked && !wasLocked.current) verdictRef.current?.focus();
    wasLocked.current = locked;
  }, [locked]);

  const onAnswer = (a: QuizAnswer) => props.onAnswer(question.id, a);
  const notes = result?.notes ?? null;
  const hintId = `${question.id}-hint`;
  const order = question.kind === 'order' && answer?.kind === 'order' ? answer.stepIds : props.itemOrder;

  return (
    <div
      className={styles.card}
      data-testid="quiz-question"
      data-question-id={question.id}
      data-kind={question.kind}
    >
      <fieldset className={styles.fieldset} aria-describedby={hintId}>
        <legend className={styles.legend}>
          <span className={styles.qnum}>
            Question {index + 1} of {total}
          </span>
          <span className={styles.prompt}>
            <RichText text={question.prompt} />
          </span>
        </legend>
        <p id={hintId} className="muted small">
          {KIND_HINT[question.kind]}
        </p>
        {question.kind === 'single' || question.kind === 'multi' ? (
          <ChoiceInput
            question={question}
            order={props.itemOrder}
            answer={answer}
            notes={notes}
            locked={locked}
            onAnswer={onAnswer}
          />
        ) : question.kind === 'spot-line' ? (
          <SpotLineInput
            question={question}
            answer={answer}
            notes={notes}
            locked={locked}
            onAnswer={onAnswer}
          />
        ) : question.kind === 'number' ? (
          <NumberInput
            question={question}
            answer={answer}
            locked={locked}
            inputError={inputError}
            onAnswer={onAnswer}
          />
        ) : (
          <OrderInput question={question} order={order} notes={notes} locked={locked} onAnswer={onAnswer} />
        )}
      </fieldset>
      {inputError && question.kind !== 'number' ? (
        <p className={inputStyles.inputError} role="alert">
          {inputError}
        </p>
      ) : null}
      {result ? (
        <QuestionFeedback
          question={question}
          result={result}
          sectionHref={props.sectionHref}
          sectionTitle={props.sectionTitle}
          headingRef={verdictRef}
        />
      ) : (
        <button type="button" className={styles.primary} onClick={() => props.onCheck(question.id)}>
          Check answer<span className="visually-hidden"> to question {index + 1}</span>
        </button>
      )}
    </div>
  );
}
