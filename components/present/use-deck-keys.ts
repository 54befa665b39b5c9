'use client';

import { useEffect } from 'react';
import { keyAction, type NavAction } from '@/lib/present/navigation';

/** Keys that a focused control uses itself (Space/Enter on a button, anything in a text field). */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  return key === ' ' && /^(BUTTON|A|SUMMARY)$/.test(target.tagName);
}

/** Arrow keys, Space, PageUp/PageDown, Home and End move the deck. */
export function useDeckKeys(onAction: (a: NavAction) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const action = keyAction(e.key);
      if (!action || ownsKey(e.target, e.key)) return;
      e.preventDefault();
      onAction(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onAction]);
}
