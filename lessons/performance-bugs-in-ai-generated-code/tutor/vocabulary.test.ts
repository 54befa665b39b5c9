/** This lesson's tutor vocabulary (vocabulary.json): its shape, and the learner wording it reads. */
import { describe, expect, it } from 'vitest';
import { createLexicon } from '@/lib/tutor/lexicon';
import type { LessonVocabulary } from '@/lib/tutor/types';
import vocabulary from './vocabulary.json';

const data: LessonVocabulary = vocabulary;
const lexicon = createLexicon(data);
const term = (w: string) => lexicon.normalizeTerm(w) ?? `(no term for ${w})`;

describe('vocabulary.json', () => {
  it('folds each learner word onto one lesson word', () => {
    const learnerWords = Object.values(data.folds ?? {}).flatMap((w) => w.split(' '));
    expect(learnerWords.filter((w) => !/^[a-z0-9]+$/.test(w))).toEqual([]);
    expect(new Set(learnerWords).size).toBe(learnerWords.length);
  });

  it.each([
    ['db', 'database'],
    ['perf', 'performance'],
    ['paging', 'pagination'],
    ['sluggish', 'slow'],
    ['RAM', 'memory'],
    ['dedupes', 'duplicate'],
    ['deduped', 'duplicate'],
    ['launched', 'run'],
    ['memoizing', 'cache'],
  ])('reads "%s" as the lesson\'s "%s"', (learner, lesson) => {
    expect(term(learner)).toBe(term(lesson));
  });

  it.each([
    ['leak', 'memory'],
    ['paging', 'cursor'],
    ['freezes', 'block'],
    ['crashes', 'memory'],
    ['bottleneck', 'profile'],
  ])('expands "%s" towards "%s"', (learner, lesson) => {
    expect(lexicon.expansionsFor(term(learner))).toContain(term(lesson));
  });

  it('reads "my loop is slow" as the nested-loop pattern', () => {
    const words = new Set(lexicon.analyze('why is my loop so slow'));
    expect(lexicon.phraseExpansions(words)).toContain(term('quadratic'));
  });

  it('reads "Cursor" as the AI editor among AI words and no paging words', () => {
    expect(lexicon.readSenses('told Cursor to make it faster')).toBe('told Copilot to make it faster');
    expect(lexicon.readSenses('Cursor or Copilot for my team?')).toBe('Copilot or Copilot for my team?');
    expect(lexicon.readSenses('asked the AI for cursor pagination')).toBe(
      'asked the AI for cursor pagination',
    );
    expect(lexicon.readSenses('what is a cursor')).toBe('what is a cursor');
  });

  it('keeps "ids" (never "I\'d")', () => {
    expect(lexicon.normalizeTerm('ids')).not.toBeNull();
    expect(lexicon.normalizeTerm('id')).toBeNull();
  });
});
