'use client';

import { useEffect } from 'react';
import { ensureProgressHydrated, withProgress } from './progress-loader';

/** Heading text without decorative parts (the section number is aria-hidden). */
function headingLabel(id: string): string {
  const heading = document.getElementById(`${id}-title`);
  if (!heading) return id;
  let text = '';
  heading.childNodes.forEach((node) => {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
    text += node.textContent ?? '';
  });
  return text.trim() || id;
}

// Ratio steps so a section taller than the screen still reports as its end scrolls into view.
const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);

/**
 * Marks a section read once the learner has scrolled to its end: the section was seen on screen and its
 * bottom edge is inside (or above) the viewport. Jumping past a section with a link does not count.
 * Then points "continue where you left off" at the next section (or the quiz after the last one).
 * Renders nothing; all work happens in one IntersectionObserver, none per render.
 */
export function ReadTracker({
  lessonSlug,
  sectionIds,
}: {
  lessonSlug: string;
  sectionIds: readonly string[];
}) {
  const key = sectionIds.join(' ');
  useEffect(() => {
    ensureProgressHydrated();
    const ids = key.split(' ').filter(Boolean);
    if (typeof IntersectionObserver === 'undefined' || ids.length === 0) return;
    const seen = new Set<string>();
    const done = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = entry.target.id;
          if (entry.isIntersecting) seen.add(id);
          const viewportBottom = entry.rootBounds?.bottom ?? window.innerHeight;
          if (done.has(id) || !seen.has(id) || entry.boundingClientRect.bottom > viewportBottom + 1) continue;
          done.add(id);
          observer.unobserve(entry.target);
          const next = ids[ids.indexOf(id) + 1];
          const label = next ? headingLabel(next) : 'The end-of-lesson quiz';
          withProgress((store) => {
            store.markSectionRead(lessonSlug, id);
            if (next) store.setLastLocation(lessonSlug, `/lessons/${lessonSlug}#${next}`, label);
            else store.setLastLocation(lessonSlug, `/lessons/${lessonSlug}/quiz`, label);
          });
        }
      },
      { threshold: THRESHOLDS },
    );
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el) observer.observe(el);
    }
    return () => observer.disconnect();
  }, [lessonSlug, key]);
  return null;
}
