import { describe, expect, it } from 'vitest';
import { attemptReducer, initialAttempt } from './attempt-state';
import { makeDraft } from './draft';
import { sampleQuestions } from './fixtures.test-data';
import { arrangeQuiz } from './shuffle';

const draft = makeDraft(
  'demo',
  {
    mode: 'full',
    ids: null,
    seed: 7,
    order: arrangeQuiz(sampleQuestions, 7).questionIds,
    answers: { s1: { kind: 'single', choiceId: 'a' }, n1: { kind: 'number', text: '1001' } },
    checked: ['s1'],
    current: 'n1',
  },
  0,
);

describe('attempt state', () => {
  it('restores a draft once: round, answers, results scored again, a new generation', () => {
    const s = attemptReducer(initialAttempt(1), {
      type: 'restore',
      draft,
      questions: sampleQuestions,
      announcement: 'back',
    });
    expect(s.round).toEqual({ mode: 'full', ids: null, seed: 7 });
    expect(s.answers).toEqual(draft.answers);
    expect(Object.keys(s.results)).toEqual(['s1']);
    expect(s.results.s1?.correct).toBe(false);
    expect(s.checked).toEqual(['s1']);
    expect(s.current).toBe('n1');
    expect(s.resumed).toBe(true);
    expect(s.loaded).toBe(true);
    expect(s.generation).toBe(1);
    // A second look (e.g. effects run twice in development) changes nothing.
    expect(attemptReducer(s, { type: 'restore', draft: null, questions: [], announcement: '' })).toBe(s);
  });

  it('with nothing saved, only marks storage as looked at', () => {
    const s = attemptReducer(initialAttempt(1), {
      type: 'restore',
      draft: null,
      questions: [],
      announcement: '',
    });
    expect(s).toEqual({ ...initialAttempt(1), loaded: true });
  });

  it('answers until checked, then locks; errors clear on a new answer', () => {
    let s = { ...initialAttempt(1), loaded: true };
    s = attemptReducer(s, { type: 'error', id: 'n1', message: 'Enter a number.' });
    s = attemptReducer(s, { type: 'answer', id: 'n1', answer: { kind: 'number', text: '1001' } });
    expect(s.errors).toEqual({});
    const result = { questionId: 'n1', correct: true, notes: [] };
    s = attemptReducer(s, {
      type: 'checked',
      id: 'n1',
      answer: { kind: 'number', text: '1001' },
      result,
      announcement: 'ok',
    });
    const locked = attemptReducer(s, { type: 'answer', id: 'n1', answer: { kind: 'number', text: '5' } });
    expect(locked).toBe(s);
    expect(s.checked).toEqual(['n1']);
  });

  it('a new round starts empty, not resumed, with a new generation', () => {
    const restored = attemptReducer(initialAttempt(1), {
      type: 'restore',
      draft,
      questions: sampleQuestions,
      announcement: '',
    });
    const s = attemptReducer(restored, {
      type: 'start',
      round: { mode: 'full', ids: null, seed: 9 },
      announcement: 'new',
    });
    expect(s.answers).toEqual({});
    expect(s.checked).toEqual([]);
    expect(s.resumed).toBe(false);
    expect(s.loaded).toBe(true);
    expect(s.generation).toBe(2);
  });
});
