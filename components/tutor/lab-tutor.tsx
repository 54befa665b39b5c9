'use client';

import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { RunStore } from '@/components/runner/run-store';
import { labRunContext } from '@/lib/labs/lab-run-context';
import type { Lab } from '@/lib/labs/types';
import { runEnded } from '@/lib/runner/run-queries';
import { TutorBox } from './tutor-box';

/**
 * The tutor inside a lab: the same box as on the lesson page, plus "What does my last run show?" once a
 * run has ended, which points from the run's counters and verdict (read through the roles the lab
 * declares) to the section that explains them. Place it inside the lab's workbench, which owns the store.
 */
export function LabTutor({
  lessonSlug,
  lab,
  store,
  suggestions,
}: {
  lessonSlug: string;
  lab: Lab;
  store: RunStore;
  /** Overrides the lesson's suggested questions (a lab offers none before its first run). */
  suggestions?: string[];
}) {
  const runs = useStore(store, (s) => s.runs);
  const ended = useStore(store, runEnded);
  const runContext = useMemo(
    () => (ended && runs > 0 ? labRunContext(lab, store.getState()) : undefined),
    // `runs` and `ended` change exactly when a new run's results are final.
    [ended, runs, lab, store],
  );
  return <TutorBox lessonSlug={lessonSlug} runContext={runContext} suggestions={suggestions} />;
}
