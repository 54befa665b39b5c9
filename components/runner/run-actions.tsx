import type { ReactNode } from 'react';
import controls from './controls.module.css';

interface Props {
  busy: boolean;
  onRun: () => void;
  onShare: () => void;
  /** What the last action did (share link copied, example loaded…), read out politely. */
  announcement: string;
  /** More buttons, between Run and Share (the lab's Reset and Undo). */
  children?: ReactNode;
}

/** The row under the editor: Run (Ctrl/Cmd+Enter), any extra buttons, Share, and the status line. */
export function RunActions({ busy, onRun, onShare, announcement, children }: Props) {
  return (
    <div className={controls.actions}>
      <button
        type="button"
        className={`${controls.button} ${controls.primary}`}
        onClick={onRun}
        disabled={busy}
        aria-keyshortcuts="Control+Enter Meta+Enter"
      >
        Run
      </button>
      {children}
      <button type="button" className={controls.button} onClick={onShare}>
        Share
      </button>
      <p className={controls.announce} role="status" aria-live="polite" data-testid="share-status">
        {announcement}
      </p>
    </div>
  );
}
