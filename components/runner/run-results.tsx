'use client';

import type { RunStore } from './run-store';
import { RunProblems } from './run-problems';
import { VerdictPanel } from './verdict-panel';
import { RunChart } from './run-chart';
import { ResultsTable } from './results-table';

/**
 * Everything a finished (or running) run shows below its status: errors and wrong answers, the verdict,
 * the chart and the table. Nothing here renders before a run, so pages load it with a dynamic import.
 */
export function RunResults({ store }: { store: RunStore }) {
  return (
    <>
      <RunProblems store={store} />
      <VerdictPanel store={store} />
      <RunChart store={store} />
      <ResultsTable store={store} />
    </>
  );
}
