import { describe, expect, it } from 'vitest';
import { missedSubset, passMark, summarizeAttempt } from './attempt';
import { sampleQuestions } from './fixtures.test-data';

describe('pass mark', () => {
  it('is 80% rounded up: 12 of 15', () => {
    expect(passMark(15)).toBe(12);
    expect(passMark(10)).toBe(8);
    expect(passMark(3)).toBe(3);
    expect(passMark(1)).toBe(1);
  });
});

describe('attempt summary', () => {
  const ids = sampleQuestions.map((q) => q.id);
  it('counts score, misses, unanswered and per-section tallies', () => {
    const s = summarizeAttempt(sampleQuestions, ids, {
      s1: { kind: 'single', choiceId: 'b' },
      m1: { kind: 'multi', choiceIds: ['x'] },
      l1: { kind: 'spot-line', line: 2 },
      n1: { kind: 'number', text: '1001' },
    });
    expect(s.score).toBe(3);
    expect(s.total).toBe(5);
    expect(s.passMark).toBe(4);
    expect(s.passed).toBe(false);
    expect(s.missed).toEqual(['m1', 'o1']);
    expect(s.unanswered).toEqual(['o1']);
    expect(s.bySection).toEqual([
      { sectionId: 'a', correct: 2, total: 2 },
      { sectionId: 'b', correct: 0, total: 1 },
      { sectionId: 'c', correct: 1, total: 2 },
    ]);
  });
  it('passes at the mark', () => {
    const s = summarizeAttempt(sampleQuestions, ['s1', 'l1'], {
      s1: { kind: 'single', choiceId: 'b' },
      l1: { kind: 'spot-line', line: 2 },
    });
    expect(s).toMatchObject({ score: 2, total: 2, passed: true });
  });
  it('scores only the asked subset and ignores unknown ids', () => {
    const s = summarizeAttempt(sampleQuestions, ['m1', 'ghost'], {
      m1: { kind: 'multi', choiceIds: ['x', 'z'] },
    });
    expect(s).toMatchObject({ score: 1, total: 1, missed: [] });
  });
  it('an empty attempt does not pass', () => {
    expect(summarizeAttempt(sampleQuestions, [], {}).passed).toBe(false);
  });
});

describe('practise the ones I missed', () => {
  it('keeps quiz order', () => {
    expect(missedSubset(sampleQuestions, ['o1', 's1']).map((q) => q.id)).toEqual(['s1', 'o1']);
    expect(missedSubset(sampleQuestions, [])).toEqual([]);
  });
});
