'use client';

import dynamic from 'next/dynamic';
import type { Profiler } from '@/components/profile/use-profiler';
import type { RunStore } from '@/components/runner/run-store';
import type { LineChoice } from '@/lib/labs/line-choices';
import type { Lab } from '@/lib/labs/types';

// The prediction asked before the first run, in one of two kinds: each is server-rendered where the lab
// asks it, and its code loads apart from the page's first-load JavaScript.
const LinePrediction = dynamic(() => import('./line-prediction').then((m) => m.LinePrediction));
const LabPrediction = dynamic(() => import('./lab-prediction').then((m) => m.LabPrediction));

interface Props {
  lab: Lab;
  lessonSlug: string;
  /** For a line prediction: the starter's lines of code the learner can pick from. */
  suspectLines: readonly LineChoice[];
  profiler: Profiler;
  store: RunStore;
  /** A run has ended on this page. */
  ran: boolean;
}

/** The lab's prediction, whichever kind it asks: a line to suspect, or a choice about the run. */
export function PredictionSlot({ lab, lessonSlug, suspectLines, profiler, store, ran }: Props) {
  const p = lab.prediction;
  if (!p) return null;
  if (p.kind === 'line')
    return (
      <LinePrediction
        lab={lab}
        prediction={p}
        choices={suspectLines}
        lessonSlug={lessonSlug}
        profiler={profiler}
      />
    );
  return <LabPrediction lab={lab} prediction={p} lessonSlug={lessonSlug} store={store} ran={ran} />;
}
