/** The lexicon: generic language handling, plus a lesson's folds, expansions and phrases given as data. */
import { describe, expect, it } from 'vitest';
import { fixtureVocabulary } from './fixture-lesson';
import { baseForms, createLexicon } from './lexicon';

const { analyze, expansionsFor, normalizeTerm, neutral, phraseExpansions } = createLexicon(fixtureVocabulary);
const generic = createLexicon();

describe("a lesson's vocabulary", () => {
  it('folds learner shorthand onto the lesson wording', () => {
    expect(normalizeTerm('db')).toBe(normalizeTerm('database'));
    expect(normalizeTerm('perf')).toBe(normalizeTerm('performance'));
    expect(normalizeTerm('paging')).toBe(normalizeTerm('pagination'));
    expect(normalizeTerm('sluggish')).toBe(normalizeTerm('slow'));
    expect(normalizeTerm('RAM')).toBe(normalizeTerm('memory'));
  });

  it('folds nothing without one', () => {
    expect(generic.normalizeTerm('db')).toBe('db');
    expect(generic.normalizeTerm('paging')).not.toBe(generic.normalizeTerm('pagination'));
    expect(generic.expansionsFor(generic.normalizeTerm('leak') ?? '')).toEqual([]);
  });

  it('expands learner words towards lesson terms', () => {
    expect(expansionsFor(normalizeTerm('leak') ?? '')).toContain(normalizeTerm('memory'));
    expect(expansionsFor(normalizeTerm('paging') ?? '')).toContain(normalizeTerm('cursor'));
    expect(expansionsFor('zzz')).toEqual([]);
  });

  it('adds phrase terms only when every word of the phrase is present', () => {
    expect(phraseExpansions(new Set(analyze('why is my loop so slow')))).toContain(
      normalizeTerm('quadratic'),
    );
    expect(phraseExpansions(new Set(analyze('my loop')))).toEqual([]);
  });

  it('folds inflections of listed learner words without listing each one', () => {
    expect(normalizeTerm('dedupes')).toBe(normalizeTerm('duplicate'));
    expect(normalizeTerm('launched')).toBe(normalizeTerm('run'));
    expect(normalizeTerm('memoizing')).toBe(normalizeTerm('cache'));
  });

  it('gives everyday symptom words lesson synonyms', () => {
    expect(expansionsFor(normalizeTerm('freezes') ?? '')).toContain(normalizeTerm('block'));
    expect(expansionsFor(normalizeTerm('crashes') ?? '')).toContain(normalizeTerm('memory'));
    expect(expansionsFor(normalizeTerm('bottleneck') ?? '')).toContain(normalizeTerm('profile'));
  });

  it('reads an ambiguous word in the sense its context gives, only with a `when` and no `unless` word', () => {
    const { readSenses } = createLexicon(fixtureVocabulary);
    expect(readSenses('a Mocha in the cafe, then Mocha again')).toBe(
      'a coffee in the cafe, then coffee again',
    );
    expect(readSenses('a mocha drink for my mocha tests')).toBe('a mocha drink for my mocha tests');
    expect(readSenses('is mocha slow')).toBe('is mocha slow');
    expect(readSenses('mochaccino in the cafe')).toBe('mochaccino in the cafe');
    expect(generic.readSenses('a mocha in the cafe')).toBe('a mocha in the cafe');
  });

  it('lets a lesson fold decide over the generic irregular verbs', () => {
    expect(generic.normalizeTerm('stuck')).toBe(generic.normalizeTerm('stick'));
    expect(createLexicon({ folds: { jam: 'stuck' } }).normalizeTerm('stuck')).toBe('jam');
  });
});

describe('generic language data', () => {
  it('drops stop words and question scaffolding', () => {
    expect(generic.analyze('Why is my loop so slow?')).toEqual(['loop', 'slow']);
    expect(generic.analyze('Can you explain what the lesson means by this?')).toEqual([]);
  });

  it('treats generic words as neutral', () => {
    expect(neutral.has(normalizeTerm('website') ?? '')).toBe(true);
    expect(neutral.has(normalizeTerm('memory') ?? '')).toBe(false);
  });

  it('treats "constructor" and "toString" as ordinary words', () => {
    expect(generic.normalizeTerm('constructor')).toBe('constructor');
    expect(generic.analyze('toString valueOf')).toEqual(['string', 'valu']);
  });

  it('folds -ize and -ise spellings together', () => {
    expect(generic.normalizeTerm('optimize')).toBe(generic.normalizeTerm('optimise'));
    expect(generic.normalizeTerm('optimizing')).toBe(generic.normalizeTerm('optimising'));
    expect(generic.normalizeTerm('size')).toBe('size');
  });

  it('folds irregular forms, and drops those that fold onto stop words', () => {
    expect(generic.normalizeTerm('frozen')).toBe(generic.normalizeTerm('freeze'));
    expect(generic.normalizeTerm('told')).toBeNull();
    expect(generic.normalizeTerm('said')).toBeNull();
  });

  it('folds irregular forms after a verb prefix', () => {
    expect(generic.normalizeTerm('rewrote')).toBe(generic.normalizeTerm('rewrite'));
    expect(generic.normalizeTerm('rebuilt')).toBe(generic.normalizeTerm('rebuild'));
    expect(generic.normalizeTerm('overran')).toBe(generic.normalizeTerm('overrun'));
    expect(generic.normalizeTerm('misunderstood')).toBe(generic.normalizeTerm('misunderstand'));
    // Not a prefix plus an irregular form: left to the stemmer.
    expect(generic.normalizeTerm('recent')).toBe('recent');
  });

  it('reads adverbs by their adjective for the everyday list', () => {
    expect(baseForms('quietly')).toContain('quiet');
    expect(baseForms('heavily')).toContain('heavy');
    expect(baseForms('apply')).toEqual(['apply']);
  });

  it('treats JavaScript keywords, classroom words, chat shorthand and throwaway names as neutral', () => {
    const words = ['var', 'typeof', 'undefined', 'teacher', 'students', 'quiz', 'homework', 'pls', 'tbh'];
    for (const w of [...words, 'arr', 'barely', 'prefer']) {
      expect(generic.neutral.has(generic.normalizeTerm(w) ?? ''), w).toBe(true);
    }
  });

  it('drops contractions typed without the apostrophe', () => {
    for (const w of ['shouldnt', 'didnt', 'thats']) expect(generic.normalizeTerm(w), w).toBeNull();
  });
});
