/**
 * This lesson's tutor data that its pages need (loaded through lessons/registry.ts): the suggested
 * questions (each lab declares what its runs mean to the tutor in its own folder).
 * The vocabulary and run explainers reach the tutor inside the built index instead (vocabulary.json,
 * run-explainers.json, read by scripts/build-tutor-index.mjs).
 */
import type { LessonTutorPage } from '@/lib/tutor/types';

export const tutor: LessonTutorPage = {
  suggestions: [
    "What's an N+1 query?",
    'Why is my loop slow?',
    'How do I stop the memory growing?',
    'What should a prompt say about scale?',
  ],
};
