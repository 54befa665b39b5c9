import type { Quiz } from '@/lib/quiz/types';
import { quiz as performanceBugsQuiz } from './performance-bugs-in-ai-generated-code/quiz';

/** Every lesson's end-of-lesson quiz, keyed by lesson slug. A test checks each lesson in lessons/index.ts has one. */
export const quizzes: Readonly<Record<string, Quiz>> = {
  [performanceBugsQuiz.lessonSlug]: performanceBugsQuiz,
};

export function getQuiz(slug: string): Quiz | undefined {
  return Object.hasOwn(quizzes, slug) ? quizzes[slug] : undefined;
}
