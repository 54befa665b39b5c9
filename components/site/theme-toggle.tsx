'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { THEME_KEY } from './theme-boot';

type Theme = 'light' | 'dark';

/** The theme lives on <html data-theme>; React reads it as an external store. */
function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
function getSnapshot(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}
function getServerSnapshot(): Theme | null {
  return null;
}

function savedChoice(): string | null {
  try {
    return localStorage.getItem(THEME_KEY);
  } catch {
    return null;
  }
}

/** A button that flips light/dark and remembers the choice; with no choice saved, follows the system. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);

  useEffect(() => {
    const media = matchMedia('(prefers-color-scheme: dark)');
    const onSystemChange = () => {
      const saved = savedChoice();
      if (saved === 'light' || saved === 'dark') return;
      document.documentElement.dataset.theme = media.matches ? 'dark' : 'light';
    };
    media.addEventListener('change', onSystemChange);
    return () => media.removeEventListener('change', onSystemChange);
  }, []);

  function toggle() {
    const next: Theme = getSnapshot() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // storage unavailable or full: the theme still changes for this visit
    }
  }

  const label = theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme';
  return (
    <button
      type="button"
      className="theme-toggle"
      onClick={toggle}
      aria-label={theme ? label : 'Toggle colour theme'}
      title={theme ? label : 'Toggle colour theme'}
    >
      <span aria-hidden="true" className="theme-toggle-icon" />
      <span className="theme-toggle-text">Theme</span>
    </button>
  );
}
