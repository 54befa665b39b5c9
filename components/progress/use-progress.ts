'use client';

import { useEffect } from 'react';
import type { LessonProgress } from '@/lib/progress/schema';
import { ensureProgressHydrated, useProgressStore } from './progress-store';
import { useStorageStatus } from './storage-status';

/**
 * Starts reading saved progress (once per page) and says whether it has been read. Before that, components
 * render what the server rendered, so there is no hydration mismatch.
 */
export function useProgressReady(): boolean {
  useEffect(ensureProgressHydrated, []);
  return useStorageStatus((s) => s.hydrated);
}

/** One lesson's progress, or undefined when the learner has none yet. */
export function useLessonProgress(slug: string): LessonProgress | undefined {
  return useProgressStore((s) => s.progress.lessons[slug]);
}
