'use client';

import dynamic from 'next/dynamic';
import { useState, type FormEvent } from 'react';
import { withProgress } from '@/components/progress/progress-loader';
import { useProgressView } from '@/components/progress/progress-view';
import type { RunStore } from '@/components/runner/run-store';
import type { Lab, ChoicePrediction as Prediction } from '@/lib/labs/types';
import { PredictionActions } from './prediction-actions';
import styles from './lab.module.css';

// What the run measured beside the prediction: only needed after a run, so it loads then.
const PredictionResult = dynamic(() => import('./prediction-result'), { ssr: false, loading: () => null });

interface Props {
  lab: Pick<Lab, 'id' | 'counters'>;
  prediction: Prediction;
  lessonSlug: string;
  store: RunStore;
  /** A run has ended on this page. */
  ran: boolean;
}

/**
 * Before the first run: one quick question about the starter (skippable), kept in progress. After a run:
 * the answer beside what the run measured.
 */
export function LabPrediction({ lab, prediction, lessonSlug, store, ran }: Props) {
  const record = useProgressView((s) => s.progress?.lessons[lessonSlug]?.predictions[lab.id]);
  const [choice, setChoice] = useState<string | null>(null);
  const save = (value: string | null) => withProgress((p) => p.setLabPrediction(lessonSlug, lab.id, value));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (choice) save(choice);
  };
  const chosen = prediction.options.find((o) => o.id === record?.choice);
  // The question renders at once (also on the server) and keeps its size once an answer is saved, so
  // reading saved progress moves nothing on the page.
  const shown = record ? (record.choice ?? '') : choice;
  return (
    <section className={styles.predict} aria-labelledby="lab-predict-title" data-testid="lab-prediction">
      <h2 id="lab-predict-title">Predict, then run</h2>
      {ran ? (
        <PredictionResult
          lab={lab}
          prediction={prediction}
          lessonSlug={lessonSlug}
          store={store}
          chosen={chosen ?? null}
          record={record ?? null}
        />
      ) : (
        <form onSubmit={submit}>
          <fieldset className={styles.choices} disabled={!!record}>
            <legend>{prediction.question}</legend>
            {prediction.options.map((o) => (
              <label key={o.id} className={styles.choice}>
                <input
                  type="radio"
                  name="lab-prediction"
                  value={o.id}
                  checked={shown === o.id}
                  onChange={() => setChoice(o.id)}
                />
                {o.label}
              </label>
            ))}
          </fieldset>
          <PredictionActions
            answered={!!record}
            saved={
              chosen ? (
                <>
                  You predicted: <strong>{chosen.label}</strong>. Run the code to compare.
                </>
              ) : (
                'You skipped the prediction. Run the code and see what it measures.'
              )
            }
            submitLabel="Save my prediction"
            canSubmit={!!choice}
            onSkip={() => save(null)}
          />
        </form>
      )}
    </section>
  );
}
