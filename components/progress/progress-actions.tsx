'use client';

import { useRef, useState, type ChangeEvent } from 'react';
import { LIMITS } from '@/lib/progress/schema';
import { DRAFT_KEY_PREFIX } from '@/lib/quiz/draft-key';
import styles from './progress-page.module.css';
import { useProgressReady } from './use-progress';
import { loadProgressStore } from './progress-loader';

/** Same as PROGRESS_KEY in progress-store.ts (not imported, to keep that module out of the first load). */
const PROGRESS_KEY = 'hotpath-progress';

type Message = { tone: 'ok' | 'bad'; text: string } | null;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function keysStartingWith(prefix: string): string[] {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k && k.startsWith(prefix)) keys.push(k);
    }
    return keys.sort();
  } catch {
    return [];
  }
}

const backupKeys = () => keysStartingWith(`${PROGRESS_KEY}.`);

/** Unfinished quiz attempts (one per lesson) go with a reset too. */
function clearQuizDrafts(): void {
  for (const k of keysStartingWith(DRAFT_KEY_PREFIX)) {
    try {
      localStorage.removeItem(k);
    } catch {
      // storage blocked: nothing was readable from it either
    }
  }
}

/** Export, import (validated, merged) and reset (with confirmation), plus any backups kept. */
export function ProgressActions() {
  const ready = useProgressReady();
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const [backups, setBackups] = useState<string[] | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);

  async function onExport() {
    const { useProgressStore } = await loadProgressStore();
    download(
      `hotpath-progress-${new Date().toISOString().slice(0, 10)}.json`,
      useProgressStore.getState().exportJson(),
    );
    setMessage({
      tone: 'ok',
      text: 'Progress exported. Keep the file to restore it here or in another browser.',
    });
  }

  async function onImport(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > LIMITS.importBytes) {
      setMessage({ tone: 'bad', text: 'Nothing imported: that file is too large to be Hotpath progress.' });
      return;
    }
    const [{ useProgressStore }, text] = await Promise.all([loadProgressStore(), file.text()]);
    const result = useProgressStore.getState().importJson(text);
    if (!result.ok) setMessage({ tone: 'bad', text: `Nothing imported. ${result.error}` });
    else if (!result.changed)
      setMessage({
        tone: 'ok',
        text: 'Imported: nothing new in that file; your progress already had all of it.',
      });
    else setMessage({ tone: 'ok', text: 'Imported and merged with your current progress.' });
  }

  async function onReset() {
    const { useProgressStore } = await loadProgressStore();
    useProgressStore.getState().reset();
    clearQuizDrafts();
    setConfirming(false);
    setMessage({ tone: 'ok', text: 'All progress was reset.' });
    resetButton.current?.focus();
  }

  return (
    <section className={styles.card} aria-labelledby="manage-title">
      <h2 id="manage-title">Keep it safe</h2>
      <p>
        Progress is saved in this browser only. Export it to a file to move it to another browser or to keep a
        copy.
      </p>
      <div className={styles.buttons}>
        <button type="button" className={styles.button} onClick={onExport} disabled={!ready}>
          Export progress
        </button>
        <button
          type="button"
          className={styles.button}
          onClick={() => fileInput.current?.click()}
          disabled={!ready}
        >
          Import progress…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          aria-label="Progress file to import"
          data-testid="import-file"
          tabIndex={-1}
          onChange={onImport}
        />
        <button
          ref={resetButton}
          type="button"
          className={`${styles.button} ${styles.danger}`}
          onClick={() => setConfirming(true)}
          disabled={!ready || confirming}
        >
          Reset progress…
        </button>
      </div>
      {confirming ? (
        <div
          role="alertdialog"
          aria-labelledby="reset-q"
          aria-describedby="reset-d"
          className={styles.confirm}
        >
          <p id="reset-q">
            <strong>Reset all progress?</strong>
          </p>
          <p id="reset-d">
            Sections read, labs, saved code, quiz scores and unfinished quiz attempts will be cleared in every
            open tab. Export first if you may want them back.
          </p>
          <div className={styles.buttons}>
            <button type="button" className={`${styles.button} ${styles.danger}`} onClick={onReset} autoFocus>
              Yes, reset everything
            </button>
            <button type="button" className={styles.button} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <p
        role="status"
        aria-live="polite"
        className={message?.tone === 'bad' ? styles.bad : styles.ok}
        data-testid="progress-message"
      >
        {message?.text ?? ''}
      </p>
      <h3>Backups</h3>
      <p className="muted small">
        When saved progress cannot be read, or before it is upgraded to a new format, a copy is kept in this
        browser.
      </p>
      {backups === null ? (
        <button type="button" className={styles.button} onClick={() => setBackups(backupKeys())}>
          Look for backups
        </button>
      ) : backups.length === 0 ? (
        <p>No backups in this browser.</p>
      ) : (
        <ul data-testid="backup-list">
          {backups.map((k) => (
            <li key={k}>
              <code>{k}</code>{' '}
              <button
                type="button"
                className={styles.linkButton}
                onClick={() => download(`${k}.json`, localStorage.getItem(k) ?? '')}
              >
                Download
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
