/**
 * A zustand store per runner surface (the playground has one; each lab will have its own).
 * Components read it with `useStore(store, selector)`; run-controller.ts writes it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SeriesId, WorkerToPage } from '@/lib/runner/protocol';
import type { SourceProblem } from '@/lib/runner/transpile';
import type { RunEnd } from '@/lib/runner/run-state';
import { applyMessage, endRun, initialRunState, startRun, type RunState } from '@/lib/runner/run-state';

export interface RunActions {
  begin(series: { id: SeriesId; label: string }[], budgetMs: number): void;
  receive(msg: WorkerToPage): void;
  end(end: RunEnd): void;
  /** A run refused before it began (its state from lib/runner/run-state.ts `refusedRun`). */
  refuse(refused: RunState): void;
  setProblems(problems: SourceProblem[]): void;
  reset(): void;
}

export type RunStore = StoreApi<RunState & RunActions>;

/** Past this many queued messages the queue is applied at once (a hidden tab gets no animation frames). */
export const MAX_QUEUED_MESSAGES = 200;

const nextFrame = (f: () => void): void => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(f);
  else setTimeout(f, 0);
};

export function createRunStore(): RunStore {
  // Worker messages arrive one task each (sizes, second looks, logs, verdicts); applying each as it
  // comes would re-render the chart and table once per message. They are queued and applied together
  // once per animation frame instead, and always before a run's end is applied.
  let queue: WorkerToPage[] = [];
  let scheduled = false;
  return createStore<RunState & RunActions>()((set) => {
    const flush = () => {
      scheduled = false;
      if (queue.length === 0) return;
      const q = queue;
      queue = [];
      set((s) => q.reduce(applyMessage, s as RunState));
    };
    return {
      ...initialRunState(),
      begin: (series, budgetMs) => {
        queue = [];
        set((s) => ({ ...startRun(series, budgetMs), problems: s.problems, runs: s.runs + 1 }));
      },
      receive: (msg) => {
        queue.push(msg);
        if (queue.length >= MAX_QUEUED_MESSAGES) flush();
        else if (!scheduled) {
          scheduled = true;
          nextFrame(flush);
        }
      },
      end: (end) => {
        flush();
        set((s) => endRun(s, end));
      },
      refuse: (refused) => {
        queue = [];
        set((s) => ({ ...refused, runs: s.runs + 1 }));
      },
      // Same problems again (every keystroke re-checks): keep the old array so nothing re-renders.
      setProblems: (problems) => set((s) => (sameProblems(s.problems, problems) ? s : { problems })),
      reset: () => {
        queue = [];
        set((s) => ({ ...initialRunState(), problems: s.problems, runs: s.runs }));
      },
    };
  });
}

function sameProblems(a: readonly SourceProblem[], b: readonly SourceProblem[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => p.line === b[i]?.line && p.column === b[i]?.column && p.message === b[i]?.message)
  );
}
