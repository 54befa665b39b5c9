'use client';

import { useRef, useState } from 'react';

/** Copies the text of the <pre> in the same .code-block. Announces the result politely. */
export function CopyButton({ label = 'Copy code' }: { label?: string }) {
  const ref = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    const pre = ref.current?.closest('.code-block')?.querySelector('pre');
    const text = pre?.innerText ?? '';
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 2000);
  }

  return (
    <button ref={ref} type="button" className="copy-button" onClick={copy}>
      {status === 'copied' ? 'Copied' : status === 'failed' ? 'Copy failed' : label}
      <span className="visually-hidden" role="status">
        {status === 'copied' ? 'Code copied to clipboard' : status === 'failed' ? 'Could not copy' : ''}
      </span>
    </button>
  );
}
