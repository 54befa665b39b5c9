'use client';

import { MemoryChart, MemoryTable, MemoryVerdict } from '@/components/runner/memory-panel';
import { ResultsTable } from '@/components/runner/results-table';
import { RunChart } from '@/components/runner/run-chart';
import { RunProblems } from '@/components/runner/run-problems';
import type { RunStore } from '@/components/runner/run-store';
import { VerdictPanel } from '@/components/runner/verdict-panel';
import type { Lab } from '@/lib/labs/types';
import { LabCounters } from './lab-counters';

/** What a run shows (errors, counters, verdicts, chart, table; for a lab with a memory budget, the memory
 *  verdicts, chart and table): empty before the first run, so it loads after first paint without moving
 *  anything. */
export default function LabResults({ lab, store }: { lab: Lab; store: RunStore }) {
  return (
    <>
      <RunProblems store={store} />
      <LabCounters lab={lab} store={store} />
      <VerdictPanel store={store} />
      <MemoryVerdict store={store} />
      <RunChart store={store} />
      <MemoryChart store={store} />
      <ResultsTable store={store} />
      <MemoryTable store={store} />
    </>
  );
}
