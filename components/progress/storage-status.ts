import { create } from 'zustand';
import type { StorageNotice } from '@/lib/progress/persist-storage';

/**
 * What the learner needs to know about saving, kept apart from the persisted store (setting a notice must
 * never itself trigger a write).
 */
export interface StorageStatus {
  /** Unreadable data was copied here before being replaced. */
  backup: { key: string; reason: string } | null;
  /** Unreadable data could not be copied, so nothing is being saved. */
  backupFailed: string | null;
  /** The last write failed because storage is full. */
  quota: boolean;
  /** Storage is blocked or failed for another reason. */
  unavailable: string | null;
  dismiss: (kind: 'backup' | 'quota' | 'unavailable' | 'backupFailed') => void;
}

export const useStorageStatus = create<StorageStatus>()((set) => ({
  backup: null,
  backupFailed: null,
  quota: false,
  unavailable: null,
  dismiss: (kind) => set(kind === 'quota' ? { quota: false } : { [kind]: null }),
}));

export function reportNotice(notice: StorageNotice): void {
  switch (notice.kind) {
    case 'backup':
      useStorageStatus.setState({ backup: { key: notice.backupKey, reason: notice.reason } });
      return;
    case 'backup-failed':
      useStorageStatus.setState({ backupFailed: notice.reason });
      return;
    case 'quota':
      useStorageStatus.setState({ quota: true });
      return;
    case 'saved':
      useStorageStatus.setState({ quota: false });
      return;
    case 'unavailable':
      useStorageStatus.setState({ unavailable: notice.detail });
      return;
  }
}
