'use client';

import styles from './progress.module.css';
import { useProgressReady } from './use-progress';
import { useStorageStatus, type StorageStatus } from './storage-status';

type Kind = Parameters<StorageStatus['dismiss']>[0];

/**
 * Tells the learner when saving went wrong: unreadable data backed up, storage full, storage blocked.
 * Place once in the root layout. The live region is always present so additions are announced.
 */
export function StorageNotice() {
  useProgressReady();
  const status = useStorageStatus();
  const items: { kind: Kind; text: string }[] = [];
  if (status.backup) {
    items.push({
      kind: 'backup',
      text: `Saved progress could not be read; a backup was kept under “${status.backup.key}” in this browser’s storage (${status.backup.reason}). You can download it from the Progress page.`,
    });
  }
  if (status.backupFailed) {
    items.push({
      kind: 'backupFailed',
      text: `Saved progress could not be read, and no backup could be made (${status.backupFailed}). To keep it safe, nothing is being saved on this page.`,
    });
  }
  if (status.quota) {
    items.push({
      kind: 'quota',
      text: 'Progress not saved: storage is full. Free some space for this site (or export your progress) and it will save again.',
    });
  }
  if (status.unavailable) {
    items.push({
      kind: 'unavailable',
      text: `Progress not saved: this browser blocked storage (${status.unavailable}). Your work stays on this page until you leave it.`,
    });
  }
  return (
    <div role="status" aria-live="polite" className={styles.noticeRegion}>
      {items.map((item) => (
        <div key={item.kind} className={styles.notice} data-testid="storage-notice">
          <p>{item.text}</p>
          <button type="button" onClick={() => status.dismiss(item.kind)} className={styles.dismiss}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
