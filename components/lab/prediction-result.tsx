'use client';

import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { withProgress } from '@/components/progress/progress-loader';
import type { RunStore } from '@/components/runner/run-store';
import { counterLabel } from '@/lib/labs/lab-words';
import { predictionOutcome } from '@/lib/labs/prediction';
import type { Lab, ChoicePrediction, PredictionOption } from '@/lib/labs/types';
import type { LabPredictionRecord } from '@/lib/progress/schema';
import { seriesOf } from '@/lib/runner/run-queries';
import { InlineText } from './inline-text';
import styles from './lab.module.css';

interface Props {
  lab: Pick<Lab, 'id' | 'counters'>;
  prediction: ChoicePrediction;
  lessonSlug: string;
  store: RunStore;
  chosen: PredictionOption | null;
  record: LabPredictionRecord | null;
}

/** The learner's prediction beside what the run measured on the starter, and why it came out that way. */
export default function PredictionResult({ lab, prediction, lessonSlug, store, chosen, record }: Props) {
  const starter = useStore(store, (s) => seriesOf(s, 'starter'));
  const unit =
    prediction.measure.kind === 'counter' ? counterLabel(lab, prediction.measure.counter).unit : '';
  const outcome = useMemo(() => predictionOutcome(prediction, starter, unit), [prediction, starter, unit]);
  const measuredOption = prediction.options.find((o) => o.id === outcome.optionId);
  const matched = chosen && outcome.optionId ? chosen.id === outcome.optionId : null;

  // Keep, once, whether the run bore the prediction out; a run without any prediction counts as skipped.
  useEffect(() => {
    if (!record) withProgress((p) => p.setLabPrediction(lessonSlug, lab.id, null));
    else if (matched !== null && record.matched === null)
      withProgress((p) => p.setPredictionOutcome(lessonSlug, lab.id, matched));
  }, [record, matched, lessonSlug, lab.id]);

  return (
    <div data-testid="prediction-result" data-matched={matched ?? undefined}>
      <p className={styles.muted}>{prediction.question}</p>
      <dl className={styles.compare}>
        <dt>You predicted</dt>
        <dd>{chosen ? chosen.label : 'nothing (skipped)'}</dd>
        <dt>The run measured</dt>
        <dd>
          {outcome.measured ? (
            <>
              {outcome.measured}
              {measuredOption ? <> — “{measuredOption.label}”</> : null}
            </>
          ) : (
            `No figure: ${outcome.missing ?? 'not measured'}.`
          )}
        </dd>
      </dl>
      {matched !== null && (
        <p className={styles.verdictLine} data-pass={matched}>
          {matched ? 'Your prediction held.' : 'Not what you predicted: worth a second look at the code.'}
        </p>
      )}
      <p>
        <InlineText text={prediction.explain} />
      </p>
    </div>
  );
}
