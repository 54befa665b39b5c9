import type { Lesson } from '@/lib/lesson/types';
import { loadLessons } from './registry';

/** The course's lessons, in course order, from the one registry (lessons/registry.ts). */
export const lessons: readonly Lesson[] = await loadLessons();

export function getLesson(slug: string): Lesson | undefined {
  return lessons.find((l) => l.slug === slug);
}
