/**
 * A zustand store per runner surface (the playground has one; each lab will have its own).
 * Components read it with `useStore(store, selector)`; run-controller.ts writes it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SeriesId, WorkerToPage } from '@/lib/runner/protocol';
import type { SourceProblem } from '@/lib/runner/transpile';
import type { RunEnd } from './runner-host';
import { applyMessage, endRun, initialRunState, startRun, type RunState } from './run-state';

export interface RunActions {
  begin(series: { id: SeriesId; label: string }[], budgetMs: number): void;
  receive(msg: WorkerToPage): void;
  end(end: RunEnd): void;
  setProblems(problems: SourceProblem[]): void;
  reset(): void;
}

export type RunStore = StoreApi<RunState & RunActions>;

export function createRunStore(): RunStore {
  return createStore<RunState & RunActions>()((set) => ({
    ...initialRunState(),
    begin: (series, budgetMs) =>
      set((s) => ({ ...startRun(series, budgetMs), problems: s.problems, runs: s.runs + 1 })),
    receive: (msg) => set((s) => applyMessage(s, msg)),
    end: (end) => set((s) => endRun(s, end)),
    // Same problems again (every keystroke re-checks): keep the old array so nothing re-renders.
    setProblems: (problems) => set((s) => (sameProblems(s.problems, problems) ? s : { problems })),
    reset: () => set((s) => ({ ...initialRunState(), problems: s.problems, runs: s.runs })),
  }));
}

function sameProblems(a: readonly SourceProblem[], b: readonly SourceProblem[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => p.line === b[i]?.line && p.column === b[i]?.column && p.message === b[i]?.message)
  );
}
