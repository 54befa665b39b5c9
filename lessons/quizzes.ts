import type { Quiz } from '@/lib/quiz/types';
import { loadParts } from './registry';

/** Every lesson's end-of-lesson quiz, keyed by lesson slug, from the one registry (lessons/registry.ts). */
export const quizzes: Readonly<Record<string, Quiz>> = await loadParts('quiz');

export function getQuiz(slug: string): Quiz | undefined {
  return Object.hasOwn(quizzes, slug) ? quizzes[slug] : undefined;
}
