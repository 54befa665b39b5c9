'use client';

import { useMemo } from 'react';
import { useStore } from 'zustand';
import { labRunFromState, runEnded } from '@/components/lab/lab-run-from-state';
import type { RunStore } from '@/components/runner/run-store';
import { runContextFromLabRun } from './run-context';
import { TutorBox } from './tutor-box';
import { labRunMeaning } from './tutor-registry';

/**
 * The tutor inside a lab: the same box as on the lesson page, plus "What does my last run show?" once a
 * run has ended, which points from the run's counters and verdict to the section that explains them.
 * Place it inside the lab's workbench, which owns the run store.
 */
export function LabTutor({
  lessonSlug,
  labId,
  store,
}: {
  lessonSlug: string;
  labId: string;
  store: RunStore;
}) {
  const runs = useStore(store, (s) => s.runs);
  const ended = useStore(store, runEnded);
  const runContext = useMemo(
    () =>
      ended && runs > 0
        ? runContextFromLabRun(labRunFromState(store.getState(), null), labRunMeaning(lessonSlug, labId))
        : undefined,
    // `runs` and `ended` change exactly when a new run's results are final.
    [ended, runs, lessonSlug, labId, store],
  );
  return <TutorBox lessonSlug={lessonSlug} runContext={runContext} />;
}
