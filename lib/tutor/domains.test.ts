/**
 * Other domains: a question that names a language, framework, tool, field or career topic the lesson
 * never mentions needs specific lesson evidence; words a foreign name owns are never lesson evidence.
 */
import { describe, expect, it } from 'vitest';
import { ask } from './ask';
import { decide } from './compose-answer';
import { careerMentions, domainMentions, roleMentions } from './domains';
import { fixtureIndex } from './fixture-lesson';
import { retrieve } from './retrieve';
import { isProgrammingTerm } from './scope';

const index = fixtureIndex();
const term = (w: string) => index.lexicon.normalizeTerm(w) ?? '';

/** A lesson that uses these words, and these pairs side by side. */
const usesOnly =
  (words: string[], pairs: string[] = []) =>
  (ws: string[]): boolean =>
    ws.length === 1 ? words.includes(ws[0] ?? '') : pairs.includes(ws.join(' '));

describe('domainMentions', () => {
  it('finds names of other domains, with the words they own', () => {
    const none = usesOnly([]);
    expect(domainMentions('Vue.nextTick or a plain timeout?', none)).toEqual([
      { name: 'vue', foreign: true, named: false, owned: ['vue', 'nexttick'] },
    ]);
    expect(domainMentions('is deep learning hard', none)).toEqual([
      { name: 'deep learning', foreign: true, named: false, owned: ['deep', 'learning'] },
    ]);
    expect(domainMentions('deploy with Next.js', none).map((m) => m.name)).toEqual(['nextjs']);
    expect(domainMentions('why is this loop slow', none)).toEqual([]);
  });

  it("counts a framework of the lesson's own language as not foreign", () => {
    const node = usesOnly(['node']);
    expect(domainMentions('an Express handler', node)).toEqual([
      { name: 'express', foreign: false, named: false, owned: ['express'] },
    ]);
    expect(domainMentions('a Laravel controller', node)[0]?.foreign).toBe(true);
  });

  it('a name the lesson uses only inside a longer name ("java" of "JavaScript") is not used', () => {
    const jsLesson = usesOnly(['java', 'script'], ['java script']);
    expect(domainMentions('tuning the Java garbage collector', jsLesson)[0]).toMatchObject({
      foreign: true,
      named: false,
    });
    expect(domainMentions('a Python script', usesOnly(['python']))[0]).toMatchObject({
      foreign: false,
      named: true,
    });
  });
});

describe('the other-domain rule', () => {
  it('refuses a question whose lesson words are generic beside a foreign name', () => {
    expect(isProgrammingTerm(term('memory'))).toBe(true);
    const r = retrieve(index, 'memory settings for a Haskell compiler');
    expect(r.otherDomains).toEqual(['haskell']);
    expect(decide(r)).toEqual({ answerable: false, reason: 'other-domain' });
  });

  it('answers when a distinctive lesson topic is the focus', () => {
    expect(isProgrammingTerm(term('pagination'))).toBe(false);
    const r = retrieve(index, 'my Haskell endpoint has no pagination');
    expect(r.otherDomains).toEqual(['haskell']);
    expect(decide(r).answerable).toBe(true);
    expect(ask(index, 'N+1 queries in a Django view').answer.kind).toBe('answer');
  });

  it('refuses career and life questions that touch only generic lesson words', () => {
    const r = retrieve(index, 'how should I list my skills for an interview');
    expect(r.career).toEqual(['interview']);
    expect(decide(r)).toEqual({ answerable: false, reason: 'other-domain' });
  });

  it('words a name owns are not lesson evidence', () => {
    // "set" is a lesson word, but in "Vue.set" it is Vue's.
    const r = retrieve(index, 'what does Vue.set do');
    expect(r.ownedTerms).toContain(term('set'));
    expect(decide(r)).toEqual({ answerable: false, reason: 'other-domain' });
  });

  it('leaves questions without such names alone', () => {
    expect(ask(index, 'why does memory only grow').answer.kind).toBe('answer');
    expect(retrieve(index, 'why does memory only grow').otherDomains).toEqual([]);
  });
});

describe('roleMentions', () => {
  it('finds roles at work, which name who asks rather than what about', () => {
    expect(roleMentions('My Manager and a senior dev disagree')).toEqual(['manager', 'senior']);
    expect(roleMentions('does this lead to a leak')).toEqual([]);
  });
});

describe('careerMentions', () => {
  it('finds career topics', () => {
    expect(careerMentions('Interview prep: salary talk')).toEqual(['interview', 'salary']);
    expect(careerMentions('why is my loop slow')).toEqual([]);
  });
});
