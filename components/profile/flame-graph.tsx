'use client';

import { useEffect, useRef } from 'react';
import styles from './profile.module.css';

/** speedscope, self-hosted (public/vendor/speedscope, copied from its npm package at build time). */
export const SPEEDSCOPE_URL = '/vendor/speedscope/index.html';

/**
 * The call tree as a flame graph, drawn by speedscope in a same-origin frame. It reads the profile from a
 * blob URL made here (speedscope's `#profileURL=`), revoked when the frame goes.
 */
export function FlameGraph({ file, title }: { file: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    const u = URL.createObjectURL(new Blob([file], { type: 'application/json' }));
    const hash = `#profileURL=${encodeURIComponent(u)}&title=${encodeURIComponent(title)}`;
    frame.current?.setAttribute('src', `${SPEEDSCOPE_URL}${hash}`);
    return () => URL.revokeObjectURL(u);
  }, [file, title]);
  return (
    <iframe
      ref={frame}
      className={styles.flame}
      title={`Flame graph: ${title} (speedscope)`}
      data-testid="flame-graph"
    />
  );
}

/** Saves text as a file through a temporary link. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const u = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = u;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(u), 1000);
}
