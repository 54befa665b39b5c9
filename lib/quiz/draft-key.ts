/**
 * Where an unfinished quiz attempt is kept: one localStorage key per lesson. In a module of its own so the
 * progress page can clear drafts on reset without loading the draft validation code.
 */
export const DRAFT_KEY_PREFIX = 'hotpath-quiz-attempt:';

export function draftKey(lessonSlug: string): string {
  return `${DRAFT_KEY_PREFIX}${lessonSlug}`;
}
