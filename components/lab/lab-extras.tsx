'use client';

import type { RunStore } from '@/components/runner/run-store';
import type { Lab } from '@/lib/labs/types';
import { LabHints } from './lab-hints';
import { LabTutor } from '@/components/tutor/lab-tutor';
import { SolutionDiff } from './solution-diff';

/** The parts of a lab below the results (hints, solution, tutor): loaded after first paint. */
export default function LabExtras(props: {
  lab: Lab;
  lessonSlug: string;
  store: RunStore;
  onUseSolution(): void;
}) {
  const { lab, lessonSlug, store, onUseSolution } = props;
  return (
    <>
      <LabHints hints={lab.hints} />
      <SolutionDiff starter={lab.starter} solution={lab.solution} onUse={onUseSolution} />
      <LabTutor lessonSlug={lessonSlug} lab={lab} store={store} />
    </>
  );
}
