import type { ReactNode } from 'react';
import controls from '@/components/runner/controls.module.css';
import styles from './lab.module.css';

interface Props {
  /** The learner has answered or skipped: `saved` is shown instead of the buttons. */
  answered: boolean;
  saved: ReactNode;
  submitLabel: string;
  canSubmit: boolean;
  onSkip(): void;
}

/** Below a prediction: Save and Skip until the learner answers, then what they answered. */
export function PredictionActions({ answered, saved, submitLabel, canSubmit, onSkip }: Props) {
  return (
    <div className={`${controls.actions} ${styles.predictActions}`}>
      {answered ? (
        <p data-testid="prediction-saved" role="status">
          {saved}
        </p>
      ) : (
        <>
          <button type="submit" className={controls.button} disabled={!canSubmit}>
            {submitLabel}
          </button>
          <button type="button" className={controls.button} onClick={onSkip}>
            Skip
          </button>
        </>
      )}
    </div>
  );
}
