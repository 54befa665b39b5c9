import type { Lesson } from './types';
import { lesson as performanceBugs } from './performance-bugs-in-ai-generated-code/lesson';

/** The course's lessons, in course order. Adding a lesson: add its folder and one entry here. */
export const lessons: readonly Lesson[] = [performanceBugs];

export function getLesson(slug: string): Lesson | undefined {
  return lessons.find((l) => l.slug === slug);
}
