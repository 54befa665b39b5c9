'use client';

import { useState } from 'react';
import controls from '@/components/runner/controls.module.css';
import styles from './profile.module.css';

/** The lesson's profile-then-fix prompt, filled with this profile, ready to paste into an assistant. */
export function ProfilePrompt({ text }: { text: string }) {
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Prompt copied.');
    } catch {
      setStatus('Could not copy: select the text and copy it by hand.');
    }
  }
  return (
    <div>
      <h3>Copy as a prompt</h3>
      <pre className={styles.prompt} data-testid="profile-prompt" tabIndex={0}>
        {text}
      </pre>
      <div className={styles.actions}>
        <button type="button" className={controls.button} onClick={() => void copy()}>
          Copy prompt
        </button>
        <p className={controls.announce} role="status">
          {status}
        </p>
      </div>
    </div>
  );
}
