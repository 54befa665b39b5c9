/**
 * THE lesson registry: every lesson of the course, in course order, and where each of its parts lives.
 * Adding a lesson means adding one entry here (see README, "Adding a lesson"); nothing else lists lessons.
 *
 * Every part is a loader (`() => import(...)`), never a static import. The per-kind modules that pages use
 * (lessons/index.ts, lessons/quizzes.ts, components/lab/lab-registry.ts, components/present/deck-registry.ts,
 * components/tutor/tutor-registry.ts)
 * each await only the loaders of their own kind, so a bundle that needs the labs (a race slide, in the
 * browser) never pulls in quizzes, decks or lesson text, and no page's first-load JS grows with the course.
 */
import type { Lab } from '@/lib/labs/types';
import type { Deck } from '@/lib/present/slide-types';
import type { Quiz } from '@/lib/quiz/types';
import type { LessonTutorPage } from '@/lib/tutor/types';
import type { Lesson } from '@/lib/lesson/types';

export interface LessonEntry {
  /** Must equal the lesson's own `slug` (and the folder name); a unit test checks. */
  slug: string;
  lesson: () => Promise<Lesson>;
  /** The end-of-lesson quiz. Every lesson has one (a unit test fails until it does). */
  quiz: () => Promise<Quiz>;
  /** Labs, in order (optional). */
  labs?: () => Promise<readonly Lab[]>;
  /** The classroom slide deck (optional). */
  deck?: () => Promise<Deck>;
  /** The tutor box's data on the lesson's pages: suggested questions, what lab runs mean (optional). */
  tutor?: () => Promise<LessonTutorPage>;
}

export const LESSON_ENTRIES: readonly LessonEntry[] = [
  {
    slug: 'performance-bugs-in-ai-generated-code',
    lesson: () => import('./performance-bugs-in-ai-generated-code/lesson').then((m) => m.lesson),
    quiz: () => import('./performance-bugs-in-ai-generated-code/quiz').then((m) => m.quiz),
    labs: () => import('./performance-bugs-in-ai-generated-code/labs/index').then((m) => m.labs),
    deck: () => import('./performance-bugs-in-ai-generated-code/slides').then((m) => m.deck),
    tutor: () => import('./performance-bugs-in-ai-generated-code/tutor/index').then((m) => m.tutor),
  },
];

type PartKind = 'quiz' | 'labs' | 'deck' | 'tutor';
type Part<K extends PartKind> = Awaited<ReturnType<NonNullable<LessonEntry[K]>>>;

/** Loads one kind of part for every lesson that has it, keyed by slug (lessons without it are left out). */
export async function loadParts<K extends PartKind>(kind: K): Promise<Readonly<Record<string, Part<K>>>> {
  const pairs = await Promise.all(
    LESSON_ENTRIES.map(async (e) => {
      const load = e[kind] as (() => Promise<Part<K>>) | undefined;
      return load ? ([e.slug, await load()] as const) : null;
    }),
  );
  return Object.fromEntries(pairs.filter((p) => p !== null));
}

/** Whether a lesson has a part, without loading it (e.g. to show a "Present" link only with a deck). */
export function hasPart(slug: string, kind: PartKind): boolean {
  return LESSON_ENTRIES.some((e) => e.slug === slug && e[kind] !== undefined);
}

/** Loads every lesson, in course order. */
export function loadLessons(): Promise<Lesson[]> {
  return Promise.all(LESSON_ENTRIES.map((e) => e.lesson()));
}
