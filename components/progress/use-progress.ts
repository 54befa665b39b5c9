'use client';

import { useEffect } from 'react';
import type { LessonProgress } from '@/lib/progress/schema';
import { ensureProgressHydrated } from './progress-loader';
import { useProgressView } from './progress-view';

/**
 * Starts reading saved progress (once per page) and says whether it has been read. Before that, components
 * render what the server rendered, so there is no hydration mismatch.
 */
export function useProgressReady(): boolean {
  useEffect(ensureProgressHydrated, []);
  return useProgressView((s) => s.progress !== null);
}

/** One lesson's progress, or undefined when the learner has none yet (or it is not read yet). */
export function useLessonProgress(slug: string): LessonProgress | undefined {
  return useProgressView((s) => s.progress?.lessons[slug]);
}
