'use client';

import { useEffect, useState } from 'react';
import { THEME_KEY } from './theme-boot';

type Theme = 'light' | 'dark';

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/** A button that flips light/dark and remembers the choice. Until hydrated it renders a neutral label. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    setTheme(currentTheme());
    const media = matchMedia('(prefers-color-scheme: dark)');
    const onSystemChange = () => {
      let saved: string | null = null;
      try {
        saved = localStorage.getItem(THEME_KEY);
      } catch {
        saved = null;
      }
      if (saved === 'light' || saved === 'dark') return;
      const next: Theme = media.matches ? 'dark' : 'light';
      document.documentElement.dataset.theme = next;
      setTheme(next);
    };
    media.addEventListener('change', onSystemChange);
    return () => media.removeEventListener('change', onSystemChange);
  }, []);

  function toggle() {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // storage unavailable or full: the theme still changes for this visit
    }
    setTheme(next);
  }

  const label = theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme';
  return (
    <button
      type="button"
      className="theme-toggle"
      onClick={toggle}
      aria-label={theme ? label : 'Toggle colour theme'}
      title={theme ? label : 'Toggle colour theme'}
      data-theme-current={theme ?? undefined}
    >
      <span aria-hidden="true" className="theme-toggle-icon" />
      <span className="theme-toggle-text">Theme</span>
    </button>
  );
}
