'use client';

import { useState } from 'react';
import type { FeedbackNote, OrderQuestion, QuizAnswer } from '@/lib/quiz/types';
import styles from './inputs.module.css';

interface Props {
  question: OrderQuestion;
  /** Current order of step ids (starts shuffled). */
  order: readonly string[];
  notes: FeedbackNote[] | null;
  locked: boolean;
  onAnswer: (answer: QuizAnswer) => void;
}

/**
 * Reorder with buttons (keyboard and screen-reader friendly, no drag needed). Buttons at the ends stay
 * focusable and say so, so focus is never lost; each move is announced.
 */
export function OrderInput({ question, order, notes, locked, onAnswer }: Props) {
  const [said, setSaid] = useState('');
  const byId = new Map(question.steps.map((s) => [s.id, s]));
  const wrong = new Set(notes?.map((n) => n.target));

  function move(index: number, delta: -1 | 1) {
    const to = index + delta;
    if (locked) {
      setSaid('This answer is already checked.');
      return;
    }
    if (to < 0 || to >= order.length) {
      setSaid(to < 0 ? 'Already first.' : 'Already last.');
      return;
    }
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(to, 0, item as string);
    onAnswer({ kind: 'order', stepIds: next });
    setSaid(`Moved “${byId.get(item as string)?.text}” to position ${to + 1} of ${order.length}.`);
  }

  return (
    <>
      <ol className={styles.steps}>
        {order.map((id, i) => {
          const step = byId.get(id);
          if (!step) return null;
          const state = notes ? (wrong.has(id) ? 'wrong' : 'right') : 'none';
          return (
            <li key={id} className={styles.step} data-state={state} data-step-id={id}>
              <span className={styles.stepText}>{step.text}</span>
              <span className={styles.stepButtons}>
                <button
                  type="button"
                  aria-label={`Move up: ${step.text}`}
                  aria-disabled={locked || i === 0}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move down: ${step.text}`}
                  aria-disabled={locked || i === order.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </>
  );
}
