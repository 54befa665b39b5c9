/**
 * The tutor box's data per lesson slug (suggested questions), from the one registry
 * (lessons/registry.ts). Only the tutor loaders run here: the box's bundle holds no lesson text or labs.
 */
import { loadParts } from '@/lessons/registry';
import type { LessonTutorPage } from '@/lib/tutor/types';

export const TUTOR_PAGES: Readonly<Record<string, LessonTutorPage>> = await loadParts('tutor');

const pageOf = (slug: string): LessonTutorPage | undefined =>
  Object.hasOwn(TUTOR_PAGES, slug) ? TUTOR_PAGES[slug] : undefined;

/** A lesson's suggested questions (none for a lesson without a list). */
export function suggestionsFor(slug: string): readonly string[] {
  return pageOf(slug)?.suggestions ?? [];
}
