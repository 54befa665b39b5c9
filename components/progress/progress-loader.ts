import type { ProgressStore } from './progress-store';
import { reportNotice } from './storage-status';

type StoreModule = typeof import('./progress-store');

let loading: Promise<StoreModule> | null = null;

/** Loads the progress store (once), reads saved progress and starts listening to other tabs. */
export function loadProgressStore(): Promise<StoreModule> {
  loading ??= import('./progress-store').then(
    async (m) => {
      await m.startProgress();
      return m;
    },
    (e: unknown) => {
      loading = null; // allow a retry on the next action
      reportNotice({
        kind: 'unavailable',
        detail: e instanceof Error ? e.message : 'the progress code did not load',
      });
      throw e;
    },
  );
  return loading;
}

/** For effects: start reading saved progress. Safe to call from every component; only the first call works. */
export function ensureProgressHydrated(): void {
  if (typeof window === 'undefined') return;
  loadProgressStore().catch(() => {
    // Already reported as a notice.
  });
}

/** Runs a progress action once the store is loaded (e.g. withProgress((p) => p.markSectionRead(...))). */
export function withProgress(action: (store: ProgressStore) => void): void {
  loadProgressStore().then(
    (m) => action(m.useProgressStore.getState()),
    () => {
      // Already reported as a notice; the learner keeps working on the page.
    },
  );
}
