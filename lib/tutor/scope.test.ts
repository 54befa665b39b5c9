/**
 * Scope from evidence of another topic: a word the lesson never uses counts against coverage by how much
 * programming prose uses it, so a rare everyday word no list names does not sink an in-scope question,
 * while a word from another programming topic still does.
 */
import { describe, expect, it } from 'vitest';
import { ask } from './ask';
import { decide, MIN_COVERAGE, MIN_KNOWN_FOCUS, MIN_TOPIC_TERMS } from './compose-answer';
import { fixtureIndex } from './fixture-lesson';
import { retrieve } from './retrieve';
import {
  EVERYDAY_PROGRAMMING_WEIGHT,
  EVERYDAY_WEIGHT,
  foreignWeight,
  isProgrammingTerm,
  programmingDf,
  UNUSUAL_WEIGHT,
} from './scope';
import { DISTINCTIVE_TOPIC_WEIGHT } from './scope-model';

const index = fixtureIndex();
const term = (w: string) => index.lexicon.normalizeTerm(w) ?? '';

describe('programming prose counts', () => {
  it('knows common programming words and not rare English ones', () => {
    for (const w of ['css', 'commit', 'image', 'component']) expect(isProgrammingTerm(term(w))).toBe(true);
    for (const w of ['barely', 'teacher', 'sourdough']) expect(isProgrammingTerm(term(w))).toBe(false);
    expect(programmingDf('no-such-term')).toBe(0);
  });

  it('weighs programming words fully, other words less, everyday words least', () => {
    expect(foreignWeight(term('css'), false)).toBe(1);
    // An everyday word that programming prose uses often is still fair evidence of another topic.
    expect(foreignWeight(term('image'), true)).toBe(EVERYDAY_PROGRAMMING_WEIGHT);
    expect(EVERYDAY_PROGRAMMING_WEIGHT).toBeGreaterThan(UNUSUAL_WEIGHT);
    expect(foreignWeight(term('barely'), false)).toBe(UNUSUAL_WEIGHT);
    expect(foreignWeight(term('teacher'), true)).toBe(EVERYDAY_WEIGHT);
    expect(EVERYDAY_WEIGHT).toBeLessThan(UNUSUAL_WEIGHT);
    expect(UNUSUAL_WEIGHT).toBeLessThan(1);
  });
});

describe('the scope decision', () => {
  it('an unusual word the lesson never uses costs less coverage than a programming word', () => {
    const unusual = retrieve(index, 'memory leak sourdough');
    const foreign = retrieve(index, 'memory leak css');
    expect(unusual.unknown).toContain(term('sourdough'));
    expect(foreign.unknown).toContain(term('css'));
    expect(unusual.coverage).toBeGreaterThan(foreign.coverage);
  });

  it('answers a lesson question with an unlisted word, refuses one about another programming topic', () => {
    expect(ask(index, 'why does the memory leak barely show in short tests').answer.kind).toBe('answer');
    expect(ask(index, 'how do I style a button with css and webpack').answer.kind).toBe('refusal');
  });
});

describe('positive evidence', () => {
  const q = 'memory that only grows — flabbergasted zeppelin';
  it('two topic words meeting in one place outweigh words the lesson never uses', () => {
    const r = retrieve(index, q);
    expect(new Set(r.topicTerms).size).toBeGreaterThanOrEqual(MIN_TOPIC_TERMS);
    expect(r.programmingUnknown).toBe(0);
    expect(r.knownFocus).toBeGreaterThanOrEqual(MIN_KNOWN_FOCUS);
    // Coverage alone would refuse it.
    expect(r.coverage).toBeLessThan(MIN_COVERAGE);
    expect(decide(r)).toEqual({ answerable: true, reason: 'ok' });
    expect(ask(index, q).retrieval?.sections[0]?.sectionId).toBe('growing-memory');
  });

  it('does not hold when a word of another programming topic is there', () => {
    const r = retrieve(index, 'memory that only grows in css webpack');
    expect(r.programmingUnknown).toBeGreaterThan(0);
    expect(decide(r).answerable).toBe(false);
  });

  it('does not hold for one topic word', () => {
    const r = retrieve(index, 'memory flabbergasted zeppelin');
    expect(decide(r).answerable).toBe(false);
  });
});

describe('a topic word specific to the lesson', () => {
  it('counts twice: one is enough evidence when programming prose seldom uses it', () => {
    expect(isProgrammingTerm(term('pagination'))).toBe(false);
    expect(DISTINCTIVE_TOPIC_WEIGHT).toBeGreaterThanOrEqual(MIN_TOPIC_TERMS);
    const r = retrieve(index, 'pagination flabbergasted');
    expect(r.coverage).toBeLessThan(MIN_COVERAGE);
    expect(decide(r).answerable).toBe(true);
  });

  it('a common programming topic word alone is not', () => {
    expect(isProgrammingTerm(term('memory'))).toBe(true);
    expect(decide(retrieve(index, 'memory flabbergasted')).answerable).toBe(false);
  });
});
