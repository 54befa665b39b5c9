'use client';

import dynamic from 'next/dynamic';
import { useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import type { Profiler } from '@/components/profile/use-profiler';
import { withProgress } from '@/components/progress/progress-loader';
import { useProgressView } from '@/components/progress/progress-view';
import type { LineChoice } from '@/lib/labs/line-choices';
import type { Lab, LinePrediction as Prediction } from '@/lib/labs/types';
import { PredictionActions } from './prediction-actions';
import styles from './lab.module.css';

// The pick beside the profile: only needed once the starter has been profiled, so it loads then.
const LinePredictionResult = dynamic(() => import('./line-prediction-result'), {
  ssr: false,
  loading: () => null,
});

interface Props {
  lab: Pick<Lab, 'id' | 'starter'>;
  prediction: Prediction;
  /** The starter's lines of code to choose from (lineChoices, computed on the server). */
  choices: readonly LineChoice[];
  lessonSlug: string;
  profiler: Pick<Profiler, 'store' | 'profiledSource' | 'revealLine'>;
}

/**
 * Before the first profile: the learner marks the line of the starter they suspect (a list of its lines
 * of code; skippable), kept in progress. After a profile of the starter: their line beside the
 * profiler's first hot spot.
 */
export function LinePrediction({ lab, prediction, choices, lessonSlug, profiler }: Props) {
  const record = useProgressView((s) => s.progress?.lessons[lessonSlug]?.predictions[lab.id]);
  const [choice, setChoice] = useState('');
  const report = useStore(profiler.store, (s) => s.profile);
  const profiledStarter = !!report && profiler.profiledSource === lab.starter;
  const save = (value: string | null) => withProgress((p) => p.setLabPrediction(lessonSlug, lab.id, value));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (choice) save(choice);
  };
  // As with the other predictions: the question renders at once (also on the server) and keeps its size
  // once an answer is saved, so reading saved progress moves nothing.
  const shown = record ? (record.choice ?? '') : choice;
  const picked = choices.find((c) => String(c.line) === record?.choice);
  return (
    <section className={styles.predict} aria-labelledby="lab-predict-title" data-testid="lab-prediction">
      <h2 id="lab-predict-title">Suspect a line, then profile</h2>
      {profiledStarter || record?.found ? (
        <LinePredictionResult
          labId={lab.id}
          starter={lab.starter}
          prediction={prediction}
          lessonSlug={lessonSlug}
          profiler={profiler}
          record={record ?? null}
        />
      ) : (
        <form onSubmit={submit}>
          <label htmlFor="lab-suspect" className={styles.suspectLabel}>
            {prediction.question}
          </label>
          <select
            id="lab-suspect"
            className={styles.suspect}
            value={shown}
            disabled={!!record}
            onChange={(e) => setChoice(e.target.value)}
          >
            <option value="">Choose a line…</option>
            {choices.map((c) => (
              <option key={c.line} value={String(c.line)}>
                Line {c.line}: {c.code}
              </option>
            ))}
          </select>
          <PredictionActions
            answered={!!record}
            saved={
              picked ? (
                <>
                  You suspect <strong>line {picked.line}</strong>. Press Profile to see where the time goes.
                </>
              ) : (
                'You skipped the prediction. Press Profile to see where the time goes.'
              )
            }
            submitLabel="Save my suspect"
            canSubmit={!!choice}
            onSkip={() => save(null)}
          />
        </form>
      )}
    </section>
  );
}
