import { describe, expect, it } from 'vitest';
import { analyze, baseForms, expansionsFor, normalizeTerm, NEUTRAL, phraseExpansions } from './vocabulary';

describe('vocabulary', () => {
  it('folds learner shorthand onto the lesson wording', () => {
    expect(normalizeTerm('db')).toBe(normalizeTerm('database'));
    expect(normalizeTerm('perf')).toBe(normalizeTerm('performance'));
    expect(normalizeTerm('paging')).toBe(normalizeTerm('pagination'));
    expect(normalizeTerm('sluggish')).toBe(normalizeTerm('slow'));
    expect(normalizeTerm('RAM')).toBe(normalizeTerm('memory'));
  });

  it('drops stop words and question scaffolding', () => {
    expect(analyze('Why is my loop so slow?')).toEqual(['loop', 'slow']);
    expect(analyze('Can you explain what the lesson means by this?')).toEqual([]);
  });

  it('expands learner words towards lesson terms', () => {
    expect(expansionsFor(normalizeTerm('leak') ?? '')).toContain(normalizeTerm('memory'));
    expect(expansionsFor(normalizeTerm('paging') ?? '')).toContain(normalizeTerm('cursor'));
    expect(expansionsFor('zzz')).toEqual([]);
  });

  it('treats generic words as neutral', () => {
    expect(NEUTRAL.has(normalizeTerm('website') ?? '')).toBe(true);
    expect(NEUTRAL.has(normalizeTerm('memory') ?? '')).toBe(false);
  });
});

describe('prototype-named words', () => {
  it('treats "constructor" and "toString" as ordinary words', () => {
    expect(normalizeTerm('constructor')).toBe('constructor');
    expect(analyze('toString valueOf')).toEqual(['string', 'valu']);
  });
});

describe('phraseExpansions', () => {
  it('adds lesson terms only when every word of the phrase is present', () => {
    const loopSlow = new Set(analyze('why is my loop so slow'));
    expect(phraseExpansions(loopSlow)).toContain(normalizeTerm('quadratic'));
    expect(phraseExpansions(new Set(analyze('my loop')))).toEqual([]);
  });
});

describe('spelling variants', () => {
  it('folds -ize and -ise spellings together', () => {
    expect(normalizeTerm('optimize')).toBe(normalizeTerm('optimise'));
    expect(normalizeTerm('optimizing')).toBe(normalizeTerm('optimising'));
    expect(normalizeTerm('size')).toBe('size');
  });
});

describe('everyday wording', () => {
  it('folds inflections of listed learner words without listing each one', () => {
    expect(normalizeTerm('dedupes')).toBe(normalizeTerm('duplicate'));
    expect(normalizeTerm('deduped')).toBe(normalizeTerm('duplicate'));
    expect(normalizeTerm('launched')).toBe(normalizeTerm('run'));
    expect(normalizeTerm('memoizing')).toBe(normalizeTerm('cache'));
  });

  it('folds irregular forms, and drops those that fold onto stop words', () => {
    expect(normalizeTerm('frozen')).toBe(normalizeTerm('freeze'));
    expect(normalizeTerm('told')).toBeNull();
    expect(normalizeTerm('said')).toBeNull();
  });

  it('folds irregular forms after a verb prefix', () => {
    expect(normalizeTerm('rewrote')).toBe(normalizeTerm('rewrite'));
    expect(normalizeTerm('rebuilt')).toBe(normalizeTerm('rebuild'));
    expect(normalizeTerm('overran')).toBe(normalizeTerm('overrun'));
    expect(normalizeTerm('misunderstood')).toBe(normalizeTerm('misunderstand'));
    // Not a prefix plus an irregular form: left to the stemmer.
    expect(normalizeTerm('recent')).toBe('recent');
  });

  it('reads adverbs by their adjective for the everyday list', () => {
    expect(baseForms('quietly')).toContain('quiet');
    expect(baseForms('heavily')).toContain('heavy');
    expect(baseForms('apply')).toEqual(['apply']);
  });

  it('treats JavaScript keywords the lesson never writes as neutral', () => {
    for (const w of ['var', 'typeof', 'undefined']) expect(NEUTRAL.has(normalizeTerm(w) ?? ''), w).toBe(true);
  });

  it('drops contractions typed without the apostrophe', () => {
    for (const w of ['shouldnt', 'didnt', 'thats']) expect(normalizeTerm(w), w).toBeNull();
  });

  it('keeps "ids" (never "I\'d")', () => {
    expect(normalizeTerm('ids')).not.toBeNull();
    expect(normalizeTerm('id')).toBeNull();
  });

  it('treats classroom words, chat shorthand and throwaway code names as neutral', () => {
    for (const w of ['teacher', 'students', 'quiz', 'homework', 'pls', 'tbh', 'arr', 'barely', 'prefer']) {
      expect(NEUTRAL.has(normalizeTerm(w) ?? ''), w).toBe(true);
    }
  });

  it('gives everyday symptom words lesson synonyms', () => {
    expect(expansionsFor(normalizeTerm('freezes') ?? '')).toContain(normalizeTerm('block'));
    expect(expansionsFor(normalizeTerm('crashes') ?? '')).toContain(normalizeTerm('memory'));
    expect(expansionsFor(normalizeTerm('bottleneck') ?? '')).toContain(normalizeTerm('profile'));
  });
});
