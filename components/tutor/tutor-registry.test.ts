import { describe, expect, it } from 'vitest';
import { LESSON_ENTRIES } from '@/lessons/registry';
import { suggestionsFor, TUTOR_PAGES } from './tutor-registry';

describe('tutor registry', () => {
  it('holds the tutor data of every lesson that has some, in course order', () => {
    expect(Object.keys(TUTOR_PAGES)).toEqual(LESSON_ENTRIES.filter((e) => e.tutor).map((e) => e.slug));
    for (const slug of Object.keys(TUTOR_PAGES)) expect(suggestionsFor(slug).length).toBeGreaterThan(0);
  });

  it('answers for lessons it does not know without throwing', () => {
    expect(suggestionsFor('no-such-lesson')).toEqual([]);
    expect(suggestionsFor('constructor')).toEqual([]);
  });
});
