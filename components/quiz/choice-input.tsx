'use client';

import type { FeedbackNote, MultiSelectQuestion, QuizAnswer, SingleChoiceQuestion } from '@/lib/quiz/types';
import styles from './inputs.module.css';
import { RichText } from './rich-text';

interface Props {
  question: SingleChoiceQuestion | MultiSelectQuestion;
  order: readonly string[];
  answer: QuizAnswer | undefined;
  notes: FeedbackNote[] | null;
  locked: boolean;
  onAnswer: (answer: QuizAnswer) => void;
}

/** Radio buttons (single) or checkboxes (multiple select), in the shuffled order, marked after checking. */
export function ChoiceInput({ question, order, answer, notes, locked, onAnswer }: Props) {
  const multi = question.kind === 'multi';
  const picked = new Set(
    answer?.kind === 'multi' ? answer.choiceIds : answer?.kind === 'single' ? [answer.choiceId] : [],
  );
  const byId = new Map(question.choices.map((c) => [c.id, c]));
  const tone = new Map(notes?.map((n) => [n.target, n.tone]));

  function toggle(id: string) {
    if (!multi) return onAnswer({ kind: 'single', choiceId: id });
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onAnswer({ kind: 'multi', choiceIds: order.filter((c) => next.has(c)) });
  }

  return (
    <ul className={styles.choices}>
      {order.map((id) => {
        const choice = byId.get(id);
        if (!choice) return null;
        const inputId = `${question.id}-${id}`;
        const state = tone.get(id);
        return (
          <li key={id} className={styles.choice} data-state={state ?? 'none'}>
            <input
              id={inputId}
              type={multi ? 'checkbox' : 'radio'}
              name={question.id}
              value={id}
              checked={picked.has(id)}
              disabled={locked}
              onChange={() => toggle(id)}
            />
            <label htmlFor={inputId}>
              <RichText text={choice.text} />
              {state ? <span className="visually-hidden">{` (${TONE_WORD[state]})`}</span> : null}
            </label>
          </li>
        );
      })}
    </ul>
  );
}

export const TONE_WORD = { right: 'right', wrong: 'wrong', missed: 'correct, not chosen' } as const;
