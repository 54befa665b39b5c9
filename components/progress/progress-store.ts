import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { canonicalJson } from '@/lib/progress/canonical-json';
import { applyImport, exportProgress, importChangesNothing, parseImport } from '@/lib/progress/import-export';
import { reconcile } from '@/lib/progress/merge';
import { loadProgress } from '@/lib/progress/migrate';
import { createProgressStorage, readIncoming } from '@/lib/progress/persist-storage';
import {
  PROGRESS_VERSION,
  emptyProgress,
  type LabFigure,
  type ProfileFinding,
  type ProgressState,
  type QuizAttemptRecord,
} from '@/lib/progress/schema';
import * as update from '@/lib/progress/updates';
import { useProgressView } from './progress-view';
import { reportNotice } from './storage-status';

/** localStorage key of saved progress. Backups live beside it as `<key>.backup-<time>`. */
export const PROGRESS_KEY = 'hotpath-progress';

export type ImportOutcome =
  { ok: true; changed: boolean; fromVersion: number } | { ok: false; error: string };

export interface ProgressStore {
  /** Everything the learner earned. The only part persisted (see partialize). */
  progress: ProgressState;
  markSectionRead: (lesson: string, sectionId: string) => void;
  recordQuizAttempt: (lesson: string, attempt: QuizAttemptRecord) => void;
  /** Drops missed-question ids the lesson's quiz no longer asks from its saved attempts (after an update). */
  pruneQuizAttempts: (lesson: string, questionIds: readonly string[]) => void;
  /** Figures such as { queries: { value: 2, unit: 'queries', better: 'lower' } }; the best of each is kept. */
  markLabPassed: (lesson: string, labId: string, figures: Record<string, LabFigure>) => void;
  /** Saves the learner's code. Each call writes storage, so call it debounced (e.g. after 500 ms idle). */
  setLabCode: (lesson: string, labId: string, code: string) => void;
  setLastLocation: (lesson: string, href: string, label: string) => void;
  /** The prediction made before a lab's first run (null: skipped). Only the first is kept. */
  setLabPrediction: (lesson: string, labId: string, choice: string | null) => void;
  /** Whether a run bore the prediction out (kept once). */
  setPredictionOutcome: (lesson: string, labId: string, matched: boolean) => void;
  /** What the first profile of the starter found beside a line prediction (kept once). */
  setPredictionFound: (lesson: string, labId: string, found: ProfileFinding) => void;
  /** The pattern named after passing a lab, and whether it was right. Only the first is kept. */
  nameLabPattern: (lesson: string, labId: string, choice: string, correct: boolean) => void;
  /** Clears all progress, here and in other open tabs. */
  reset: () => void;
  /** Validates, then merges the file into current progress. A bad file changes nothing. */
  importJson: (text: string) => ImportOutcome;
  exportJson: () => string;
}

const browserStorage = () => (typeof window === 'undefined' ? null : window.localStorage);

export const useProgressStore = create<ProgressStore>()(
  persist(
    (set, get) => {
      /** Applies a pure update; skips the store (and storage) entirely when nothing changed. */
      const apply = (fn: (p: ProgressState) => ProgressState) => {
        const before = get().progress;
        const after = fn(before);
        if (after !== before) set({ progress: after });
      };
      return {
        progress: emptyProgress(),
        markSectionRead: (lesson, sectionId) => apply((p) => update.markSectionRead(p, lesson, sectionId)),
        recordQuizAttempt: (lesson, attempt) => apply((p) => update.recordQuizAttempt(p, lesson, attempt)),
        pruneQuizAttempts: (lesson, questionIds) =>
          apply((p) => update.pruneQuizAttempts(p, lesson, questionIds)),
        markLabPassed: (lesson, labId, figures) =>
          apply((p) => update.markLabPassed(p, lesson, labId, figures, Date.now())),
        setLabCode: (lesson, labId, code) =>
          apply((p) => update.setLabCode(p, lesson, labId, code, Date.now())),
        setLastLocation: (lesson, href, label) =>
          apply((p) => update.setLastLocation(p, lesson, href, label, Date.now())),
        setLabPrediction: (lesson, labId, choice) =>
          apply((p) => update.setLabPrediction(p, lesson, labId, choice, Date.now())),
        setPredictionOutcome: (lesson, labId, matched) =>
          apply((p) => update.setPredictionOutcome(p, lesson, labId, matched)),
        setPredictionFound: (lesson, labId, found) =>
          apply((p) => update.setPredictionFound(p, lesson, labId, found)),
        nameLabPattern: (lesson, labId, choice, correct) =>
          apply((p) => update.nameLabPattern(p, lesson, labId, choice, correct, Date.now())),
        reset: () => apply((p) => update.resetProgress(p)),
        importJson: (text) => {
          const parsed = parseImport(text);
          if (!parsed.ok) return parsed;
          const before = get().progress;
          const after = applyImport(before, parsed.state);
          const changed = !importChangesNothing(before, after);
          if (changed) set({ progress: after });
          return { ok: true, changed, fromVersion: parsed.fromVersion };
        },
        exportJson: () => exportProgress(get().progress, Date.now()),
      };
    },
    {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      storage: createProgressStorage({
        key: PROGRESS_KEY,
        getStorage: browserStorage,
        now: Date.now,
        onNotice: reportNotice,
        onMerged: (state) => useProgressStore.setState({ progress: state }),
      }),
      // Persist only what the learner earned: never timing samples or other transient UI state.
      partialize: (s) => s.progress,
      // The storage wrapper already migrates on read; this covers any value that still arrives old.
      migrate: (persisted) => {
        const loaded = loadProgress(persisted);
        if (!loaded.ok) throw new Error(loaded.error);
        return loaded.state;
      },
      // Merge, never replace: anything recorded before hydration finished is kept.
      merge: (persisted, current) => {
        const stored = persisted as ProgressState | undefined;
        return stored ? { ...current, progress: reconcile(current.progress, stored) } : current;
      },
      // Read storage only after the page has hydrated (see startProgress), so server and first client render match.
      skipHydration: true,
    },
  ),
);

function onOtherTabWrite(e: StorageEvent): void {
  if (e.key !== PROGRESS_KEY || e.storageArea !== window.localStorage) return;
  const incoming = readIncoming(e.newValue);
  if (!incoming) return;
  const current = useProgressStore.getState().progress;
  const next = reconcile(current, incoming);
  if (canonicalJson(next) !== canonicalJson(current)) useProgressStore.setState({ progress: next });
}

let started = false;

/**
 * Reads saved progress once per page load, mirrors it into the view store and starts listening to other
 * tabs. Called by progress-loader.ts; only the first call does anything.
 */
export function startProgress(): Promise<void> {
  if (started || typeof window === 'undefined') return Promise.resolve();
  started = true;
  window.addEventListener('storage', onOtherTabWrite);
  return useProgressStore.persist
    .rehydrate()
    .catch(() => {
      // The storage wrapper reports problems as notices; the app carries on with what it has.
    })
    .finally(() => {
      useProgressView.setState({ progress: useProgressStore.getState().progress });
      useProgressStore.subscribe((s) => useProgressView.setState({ progress: s.progress }));
    });
}
