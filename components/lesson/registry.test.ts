import { describe, expect, it } from 'vitest';
import { LESSON_ENTRIES, hasPart, loadLessons, loadParts } from '@/lessons/registry';
import { lessons } from '@/lessons/index';
import { quizzes } from '@/lessons/quizzes';
import { LAB_SETS, labsOf } from '@/components/lab/lab-registry';
import { DECKS, deckOf } from '@/components/present/deck-registry';
import { FIXED_ROUTES, allRoutes } from '@/lessons/routes';

describe('the lesson registry', () => {
  it('has unique slugs, and each entry loads the lesson of that slug', async () => {
    const slugs = LESSON_ENTRIES.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect((await loadLessons()).map((l) => l.slug)).toEqual(slugs);
  });

  it('every lesson has a quiz for that lesson; labs and decks belong to their lesson', async () => {
    for (const e of LESSON_ENTRIES) {
      expect((await e.quiz()).lessonSlug, e.slug).toBe(e.slug);
      if (e.deck) expect((await e.deck()).lessonSlug, e.slug).toBe(e.slug);
      if (e.labs) expect((await e.labs()).length, e.slug).toBeGreaterThan(0);
    }
  });

  it('feeds the per-kind modules the pages import, in course order', async () => {
    expect(lessons.map((l) => l.slug)).toEqual(LESSON_ENTRIES.map((e) => e.slug));
    expect(Object.keys(quizzes)).toEqual(LESSON_ENTRIES.map((e) => e.slug));
    expect(Object.keys(LAB_SETS)).toEqual(LESSON_ENTRIES.filter((e) => e.labs).map((e) => e.slug));
    expect(Object.keys(DECKS)).toEqual(LESSON_ENTRIES.filter((e) => e.deck).map((e) => e.slug));
    expect(await loadParts('labs')).toEqual(LAB_SETS);
  });

  it('derives the routes the budget, axe and Lighthouse checks visit from the registry', async () => {
    const routes = await allRoutes();
    expect(routes.slice(0, FIXED_ROUTES.length)).toEqual([...FIXED_ROUTES]);
    expect(new Set(routes).size).toBe(routes.length);
    for (const e of LESSON_ENTRIES) {
      const base = `/lessons/${e.slug}`;
      const pages = [base, `${base}/quiz`];
      if (e.deck) pages.push(`${base}/present`);
      for (const lab of e.labs ? await e.labs() : []) pages.push(`${base}/labs/${lab.id}`);
      for (const page of pages) expect(routes, page).toContain(page);
    }
  });

  it('answers for lessons it does not know without throwing', () => {
    expect(labsOf('no-such-lesson')).toEqual([]);
    expect(deckOf('no-such-lesson')).toBeUndefined();
    expect(deckOf('constructor')).toBeUndefined();
    expect(hasPart('no-such-lesson', 'deck')).toBe(false);
    expect(hasPart('performance-bugs-in-ai-generated-code', 'deck')).toBe(true);
  });
});
