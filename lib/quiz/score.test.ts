import { describe, expect, it } from 'vitest';
import { sampleQuestions } from './fixtures.test-data';
import { describeCorrectAnswer, isAnswered, parseNumberInput, scoreQuestion, withinTolerance } from './score';
import type { QuizQuestion } from './types';

const q = (id: string) => sampleQuestions.find((x) => x.id === id) as QuizQuestion;

describe('single choice', () => {
  it('is right only for the correct id and explains the pick', () => {
    const right = scoreQuestion(q('s1'), { kind: 'single', choiceId: 'b' });
    expect(right.correct).toBe(true);
    expect(right.notes).toEqual([{ target: 'b', tone: 'right', text: 'yes b' }]);
    const wrong = scoreQuestion(q('s1'), { kind: 'single', choiceId: 'c' });
    expect(wrong.correct).toBe(false);
    expect(wrong.notes.map((n) => [n.target, n.tone])).toEqual([
      ['c', 'wrong'],
      ['b', 'missed'],
    ]);
    expect(wrong.notes[0]?.text).toBe('not c');
  });
});

describe('multiple select is all-or-nothing', () => {
  it('needs exactly the correct set', () => {
    expect(scoreQuestion(q('m1'), { kind: 'multi', choiceIds: ['z', 'x'] }).correct).toBe(true);
    expect(scoreQuestion(q('m1'), { kind: 'multi', choiceIds: ['x'] }).correct).toBe(false);
    expect(scoreQuestion(q('m1'), { kind: 'multi', choiceIds: ['x', 'y', 'z'] }).correct).toBe(false);
    expect(scoreQuestion(q('m1'), { kind: 'multi', choiceIds: ['x', 'z', 'nope'] }).correct).toBe(false);
  });
  it('explains wrong picks and missed ones', () => {
    const r = scoreQuestion(q('m1'), { kind: 'multi', choiceIds: ['x', 'y'] });
    expect(r.notes.map((n) => [n.target, n.tone])).toEqual([
      ['x', 'right'],
      ['y', 'wrong'],
      ['z', 'missed'],
    ]);
  });
});

describe('spot the slow line', () => {
  it('scores the line number and gives that line’s rationale', () => {
    expect(scoreQuestion(q('l1'), { kind: 'spot-line', line: 2 }).correct).toBe(true);
    const r = scoreQuestion(q('l1'), { kind: 'spot-line', line: 1 });
    expect(r.correct).toBe(false);
    expect(r.notes[0]).toEqual({ target: 'line-1', tone: 'wrong', text: 'loop is fine' });
    expect(r.notes[1]?.tone).toBe('missed');
  });
});

describe('number entry', () => {
  it('parses grouped digits and rejects junk with a message', () => {
    expect(parseNumberInput('10,001')).toEqual({ ok: true, value: 10001 });
    expect(parseNumberInput(' 10 001 ')).toEqual({ ok: true, value: 10001 });
    expect(parseNumberInput('1.5')).toEqual({ ok: true, value: 1.5 });
    expect(parseNumberInput('')).toMatchObject({ ok: false });
    expect(parseNumberInput('12abc')).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a number'),
    });
    expect(parseNumberInput('1'.repeat(60))).toMatchObject({ ok: false });
  });
  it('applies tolerance rules', () => {
    expect(withinTolerance(1001, 1001, { kind: 'exact' })).toBe(true);
    expect(withinTolerance(1000, 1001, { kind: 'exact' })).toBe(false);
    expect(withinTolerance(95, 100, { kind: 'absolute', plusMinus: 5 })).toBe(true);
    expect(withinTolerance(94, 100, { kind: 'absolute', plusMinus: 5 })).toBe(false);
    expect(withinTolerance(110, 100, { kind: 'relative', percent: 10 })).toBe(true);
    expect(withinTolerance(111, 100, { kind: 'relative', percent: 10 })).toBe(false);
  });
  it('names a common wrong answer with its own rationale', () => {
    expect(scoreQuestion(q('n1'), { kind: 'number', text: '1,001' }).correct).toBe(true);
    expect(scoreQuestion(q('n1'), { kind: 'number', text: '1000' }).notes[0]?.text).toBe(
      'forgot the first query',
    );
    expect(scoreQuestion(q('n1'), { kind: 'number', text: '7' }).notes[0]?.text).toBe(
      'count one per row plus one',
    );
    const junk = scoreQuestion(q('n1'), { kind: 'number', text: 'lots' });
    expect(junk.correct).toBe(false);
    expect(junk.notes[0]?.text).toContain('not a number');
  });
});

describe('order', () => {
  it('is all-or-nothing and explains misplaced steps', () => {
    expect(scoreQuestion(q('o1'), { kind: 'order', stepIds: ['p', 'q', 'r'] }).correct).toBe(true);
    const r = scoreQuestion(q('o1'), { kind: 'order', stepIds: ['q', 'p', 'r'] });
    expect(r.correct).toBe(false);
    expect(r.notes.map((n) => n.target)).toEqual(['p', 'q']);
    expect(r.notes[0]?.text).toBe('Belongs at step 1; you put it at 2. first');
    expect(scoreQuestion(q('o1'), { kind: 'order', stepIds: ['p', 'q'] }).correct).toBe(false);
  });
});

describe('missing and mismatched answers', () => {
  it('count as not correct, never throw', () => {
    for (const question of sampleQuestions) {
      expect(scoreQuestion(question, undefined).correct).toBe(false);
      expect(isAnswered(question, undefined)).toBe(false);
    }
    expect(scoreQuestion(q('s1'), { kind: 'number', text: '1' }).correct).toBe(false);
    expect(isAnswered(q('n1'), { kind: 'number', text: '  ' })).toBe(false);
    expect(isAnswered(q('n1'), { kind: 'number', text: '3' })).toBe(true);
  });
  it('describes every correct answer', () => {
    expect(describeCorrectAnswer(q('n1'))).toBe('1001 queries (must be exact)');
    expect(describeCorrectAnswer(q('l1'))).toBe('Line 2: db.get(u)');
    expect(describeCorrectAnswer(q('m1'))).toBe('X; Z');
  });
});

describe('describing a given answer', () => {
  it('puts every kind into words, and says when there is none', async () => {
    const { describeGivenAnswer } = await import('./describe');
    expect(describeGivenAnswer(q('s1'), { kind: 'single', choiceId: 'c' })).toBe('C');
    expect(describeGivenAnswer(q('m1'), { kind: 'multi', choiceIds: ['z', 'x'] })).toBe('X; Z');
    expect(describeGivenAnswer(q('l1'), { kind: 'spot-line', line: 1 })).toBe(
      'Line 1: for (const u of users) {',
    );
    expect(describeGivenAnswer(q('n1'), { kind: 'number', text: ' 12 ' })).toBe('12');
    expect(describeGivenAnswer(q('o1'), { kind: 'order', stepIds: ['q', 'p', 'r'] })).toBe(
      '1. Fix 2. Profile 3. Re-measure',
    );
    expect(describeGivenAnswer(q('s1'), undefined)).toBe('No answer');
    expect(describeGivenAnswer(q('m1'), { kind: 'multi', choiceIds: [] })).toBe('No answer');
  });
});
