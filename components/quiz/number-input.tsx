'use client';

import { describeTolerance } from '@/lib/quiz/score';
import type { NumberQuestion, QuizAnswer } from '@/lib/quiz/types';
import styles from './inputs.module.css';

interface Props {
  question: NumberQuestion;
  answer: QuizAnswer | undefined;
  locked: boolean;
  /** A message about unreadable input (shown instead of scoring it). */
  inputError: string | null;
  onAnswer: (answer: QuizAnswer) => void;
}

/** A text box for a number: grouped digits ("2,501") are fine; anything else gets a message. */
export function NumberInput({ question, answer, locked, inputError, onAnswer }: Props) {
  const inputId = `${question.id}-number`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <div className={styles.number}>
      <label htmlFor={inputId}>Your answer{question.unit ? ` (${question.unit})` : ''}</label>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        maxLength={40}
        value={answer?.kind === 'number' ? answer.text : ''}
        disabled={locked}
        aria-invalid={inputError ? true : undefined}
        aria-describedby={inputError ? `${hintId} ${errorId}` : hintId}
        onChange={(e) => onAnswer({ kind: 'number', text: e.target.value })}
      />
      <span id={hintId} className="muted small">
        {question.tolerance.kind === 'exact'
          ? 'Must be exact.'
          : `Counts if ${describeTolerance(question.tolerance)}.`}
      </span>
      {inputError ? (
        <p id={errorId} className={styles.inputError} role="alert">
          {inputError}
        </p>
      ) : null}
    </div>
  );
}
