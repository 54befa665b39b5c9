/** Slide navigation, pure: keys → moves, the slide number in the URL, clamping. Slides are 1-based in URLs. */

export type NavAction = 'next' | 'prev' | 'first' | 'last';

/** The move a key stands for, or null for keys the deck leaves alone. */
export function keyAction(key: string): NavAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

export function clampIndex(i: number, count: number): number {
  if (count <= 0 || !Number.isFinite(i)) return 0;
  return Math.min(Math.max(Math.trunc(i), 0), count - 1);
}

export function applyAction(index: number, action: NavAction, count: number): number {
  switch (action) {
    case 'next':
      return clampIndex(index + 1, count);
    case 'prev':
      return clampIndex(index - 1, count);
    case 'first':
      return 0;
    case 'last':
      return clampIndex(count - 1, count);
  }
}

/** Reads `?s=5` (1-based) from a query string; anything else (missing, junk, out of range) is clamped. */
export function slideFromSearch(search: string, count: number): number {
  const raw = new URLSearchParams(search).get('s');
  if (raw === null || !/^\d{1,6}$/.test(raw.trim())) return 0;
  return clampIndex(Number(raw) - 1, count);
}

export type PresentView = 'audience' | 'presenter';

export function viewFromSearch(search: string): PresentView {
  return new URLSearchParams(search).get('view') === 'presenter' ? 'presenter' : 'audience';
}

/** The query string for a slide, keeping the other parameters (e.g. view=presenter). */
export function searchForSlide(search: string, index: number): string {
  const params = new URLSearchParams(search);
  params.set('s', String(index + 1));
  return `?${params.toString()}`;
}

/** mm:ss (or h:mm:ss) for the presenter's timer. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (x: number) => String(x).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}
