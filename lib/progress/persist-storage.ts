import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { canonicalJson } from './canonical-json';
import { reconcile } from './merge';
import { loadProgress } from './migrate';
import { PROGRESS_VERSION, type ProgressState } from './schema';

/** The part of the Web Storage API used here, so tests can pass a fake. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageNotice =
  | { kind: 'backup'; backupKey: string; reason: string }
  | { kind: 'backup-failed'; reason: string }
  | { kind: 'quota' }
  | { kind: 'unavailable'; detail: string }
  | { kind: 'saved' };

export type StoredRead =
  | { kind: 'empty' }
  | { kind: 'ok'; state: ProgressState; fromVersion: number }
  | { kind: 'unreadable'; reason: string };

/** Reads the stored text (zustand's `{ state, version }` envelope around our progress). Never throws. */
export function readStored(raw: string | null): StoredRead {
  if (raw === null) return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: 'it is not valid JSON' };
  }
  const state =
    typeof parsed === 'object' && parsed !== null ? (parsed as { state?: unknown }).state : undefined;
  const loaded = loadProgress(state);
  if (!loaded.ok) return { kind: 'unreadable', reason: loaded.error };
  return { kind: 'ok', state: loaded.state, fromVersion: loaded.fromVersion };
}

export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

export const MAX_BACKUPS = 3;

export interface ProgressStorageOptions {
  key: string;
  /** Returns null when storage is unavailable (server rendering, or blocked by the browser). */
  getStorage: () => StorageLike | null;
  now: () => number;
  onNotice: (notice: StorageNotice) => void;
  /** Called when a write merged in progress that this tab did not have yet. */
  onMerged?: (state: ProgressState) => void;
}

function stamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}

/**
 * A zustand PersistStorage that never loses progress:
 * - unreadable data is copied to `<key>.backup-<time>` before anything writes over it (and the learner told);
 * - data from an older version is copied to `<key>.v<N>-backup` once, then migrated;
 * - every write merges with what is stored (another tab may have written since), and skips no-op writes;
 * - a full quota or blocked storage becomes a notice, never an uncaught error.
 */
export function createProgressStorage(opts: ProgressStorageOptions): PersistStorage<ProgressState> {
  const { key } = opts;
  let backedUpRaw: string | null = null;
  let blocked = false;
  let quotaNoticeShown = false;

  const storage = (): StorageLike | null => {
    try {
      return opts.getStorage();
    } catch (e) {
      opts.onNotice({ kind: 'unavailable', detail: e instanceof Error ? e.name : 'unknown error' });
      return null;
    }
  };

  const backupKeys = (s: StorageLike): string[] => {
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k && k.startsWith(`${key}.backup-`)) keys.push(k);
    }
    return keys.sort();
  };

  /** Keeps a copy of unreadable text. Returns false (and blocks writes) when no copy could be made. */
  const backUp = (s: StorageLike, raw: string, reason: string): boolean => {
    if (backedUpRaw === raw) return true;
    const existing = backupKeys(s);
    const same = existing.find((k) => s.getItem(k) === raw);
    const backupKey = same ?? `${key}.backup-${stamp(opts.now())}`;
    try {
      if (!same) {
        s.setItem(backupKey, raw);
        for (const old of [...existing, backupKey].sort().slice(0, -MAX_BACKUPS)) s.removeItem(old);
      }
    } catch (e) {
      blocked = true;
      opts.onNotice({
        kind: 'backup-failed',
        reason: isQuotaError(e) ? 'storage is full' : 'storage refused the copy',
      });
      return false;
    }
    backedUpRaw = raw;
    opts.onNotice({ kind: 'backup', backupKey, reason });
    return true;
  };

  const read = (s: StorageLike): string | null => {
    try {
      return s.getItem(key);
    } catch {
      return null;
    }
  };

  return {
    getItem(name) {
      if (name !== key) return null;
      const s = storage();
      if (!s) return null;
      const raw = read(s);
      const stored = readStored(raw);
      if (stored.kind === 'empty') return null;
      if (stored.kind === 'unreadable') {
        backUp(s, raw as string, stored.reason);
        return null;
      }
      if (stored.fromVersion < PROGRESS_VERSION) {
        const oldKey = `${key}.v${stored.fromVersion}-backup`;
        try {
          if (s.getItem(oldKey) === null) s.setItem(oldKey, raw as string);
        } catch {
          // The migrated copy is still complete; the extra safety copy is best effort.
        }
      }
      return { state: stored.state, version: PROGRESS_VERSION };
    },

    setItem(name, value: StorageValue<ProgressState>) {
      if (name !== key || blocked) return;
      const s = storage();
      if (!s) return;
      const raw = read(s);
      const stored = readStored(raw);
      let state = value.state;
      if (stored.kind === 'unreadable' && !backUp(s, raw as string, stored.reason)) return;
      if (stored.kind === 'ok') state = reconcile(state, stored.state);
      // Another tab wrote progress this tab has not seen yet: hand it back (after writing, so no echo).
      const gained = stored.kind === 'ok' && canonicalJson(state) !== canonicalJson(value.state);
      const text = canonicalJson({ state, version: PROGRESS_VERSION });
      if (text === raw) {
        if (gained) opts.onMerged?.(state);
        return;
      }
      try {
        s.setItem(key, text);
        if (quotaNoticeShown) {
          quotaNoticeShown = false;
          opts.onNotice({ kind: 'saved' });
        }
        if (gained) opts.onMerged?.(state);
      } catch (e) {
        if (isQuotaError(e)) {
          quotaNoticeShown = true;
          opts.onNotice({ kind: 'quota' });
        } else {
          opts.onNotice({ kind: 'unavailable', detail: e instanceof Error ? e.name : 'unknown error' });
        }
      }
    },

    removeItem(name) {
      try {
        storage()?.removeItem(name);
      } catch {
        // Nothing to report: the next write replaces it anyway.
      }
    },
  };
}

/** Reads another tab's write (from a `storage` event); null when it is not usable progress. */
export function readIncoming(newValue: string | null): ProgressState | null {
  const stored = readStored(newValue);
  return stored.kind === 'ok' ? stored.state : null;
}
