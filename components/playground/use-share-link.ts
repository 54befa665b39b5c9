'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { CodeLanguage } from '@/lib/runner/run-request';

interface Options {
  source: string;
  language: CodeLanguage;
  /** Called with code restored from `#code=`; it must not run it. */
  onRestore(source: string, language: CodeLanguage): void;
}

// lz-string and the link codec load when a link is read or made, not with the page.
const loadLz = () =>
  Promise.all([import('lz-string'), import('./share-link')]).then(([lz, codec]) => ({
    lz: lz.default,
    codec,
  }));

/** Restores code from the URL fragment (on load and on hashchange) and writes it on Share. */
export function useShareLink({ source, language, onRestore }: Options) {
  const [announcement, setAnnouncement] = useState('');
  const onRestoreRef = useRef(onRestore);
  useEffect(() => {
    onRestoreRef.current = onRestore;
  });

  useEffect(() => {
    let alive = true;
    async function restore() {
      if (!window.location.hash.includes('code=')) return;
      const { lz, codec } = await loadLz();
      if (!alive) return;
      const r = codec.decodeShareHash(lz, window.location.hash);
      if (r.kind === 'ok') {
        onRestoreRef.current(r.source, r.language);
        setAnnouncement('Code restored from the link. It has not run: press Run to measure it.');
      } else if (r.kind === 'bad') {
        setAnnouncement(`${r.message} The example code is shown instead.`);
      }
    }
    void restore();
    const onHash = () => void restore();
    window.addEventListener('hashchange', onHash);
    return () => {
      alive = false;
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  const share = useCallback(async () => {
    const { lz, codec } = await loadLz();
    if (source.length > codec.MAX_DECODED_CHARS) {
      setAnnouncement('This code is over 100 KB, too large for a link.');
      return;
    }
    const hash = codec.encodeShareHash(lz, source, language);
    window.history.replaceState(window.history.state, '', hash);
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setAnnouncement(
        'Link copied. Anyone who opens it gets this code (it will not run until they press Run).',
      );
    } catch {
      setAnnouncement(
        'The link is in the address bar; copy it from there (the browser did not allow copying).',
      );
    }
  }, [source, language]);

  return { announcement, announce: setAnnouncement, share };
}
