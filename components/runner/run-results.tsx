'use client';

import type { RunStore } from './run-store';
import { RunProblems } from './run-problems';
import { VerdictPanel } from './verdict-panel';
import { RunChart } from './run-chart';
import { ResultsTable } from './results-table';
import { MemoryChart, MemoryTable, MemoryVerdict } from './memory-panel';
import styles from './runner.module.css';

/**
 * Everything a finished (or running) run shows below its status: errors and wrong answers, the verdict,
 * the chart and the table; for Python, the memory verdict, its chart beside the time chart, and its
 * table. Nothing here renders before a run, so pages load it with a dynamic import.
 */
export function RunResults({ store }: { store: RunStore }) {
  return (
    <>
      <RunProblems store={store} />
      <VerdictPanel store={store} />
      <MemoryVerdict store={store} />
      <div className={styles.charts}>
        <RunChart store={store} />
        <MemoryChart store={store} />
      </div>
      <ResultsTable store={store} />
      <MemoryTable store={store} />
    </>
  );
}
