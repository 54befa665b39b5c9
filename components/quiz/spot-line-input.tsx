'use client';

import type { FeedbackNote, QuizAnswer, SpotLineQuestion } from '@/lib/quiz/types';
import styles from './inputs.module.css';
import { TONE_WORD } from './choice-input';

interface Props {
  question: SpotLineQuestion;
  answer: QuizAnswer | undefined;
  notes: FeedbackNote[] | null;
  locked: boolean;
  onAnswer: (answer: QuizAnswer) => void;
}

/** The snippet as a group of radio buttons, one per line that can be picked; other lines are shown only. */
export function SpotLineInput({ question, answer, notes, locked, onAnswer }: Props) {
  const picked = answer?.kind === 'spot-line' ? answer.line : 0;
  const tone = new Map(notes?.map((n) => [n.target, n.tone]));
  return (
    <div className={styles.snippet}>
      <p className={styles.snippetCaption}>{question.language}: pick one line</p>
      <ol className={styles.lines}>
        {question.lines.map((line, i) => {
          const n = i + 1;
          const inputId = `${question.id}-line-${n}`;
          const state = tone.get(`line-${n}`);
          if (!line.why) {
            return (
              <li key={n} className={styles.line} data-state="none">
                <span className={styles.lineNo} aria-hidden="true">
                  {n}
                </span>
                <code className={styles.lineCode}>{line.text}</code>
              </li>
            );
          }
          return (
            <li key={n} className={styles.line} data-state={state ?? 'none'} data-pickable="true">
              <input
                id={inputId}
                type="radio"
                name={question.id}
                value={n}
                checked={picked === n}
                disabled={locked}
                onChange={() => onAnswer({ kind: 'spot-line', line: n })}
                className={styles.lineRadio}
              />
              <label htmlFor={inputId} className={styles.lineLabel}>
                <span className={styles.lineNo}>
                  <span className="visually-hidden">Line </span>
                  {n}
                </span>
                <code className={styles.lineCode}>{line.text}</code>
                {state ? <span className="visually-hidden">{` (${TONE_WORD[state]})`}</span> : null}
              </label>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
