import { describe, expect, it } from 'vitest';
import { summarizeAttempt } from './attempt';
import { sampleQuestions } from './fixtures.test-data';
import { arrangeQuiz, nextSeed, seededRandom, shuffle } from './shuffle';
import type { QuizAnswer } from './types';

describe('seeded shuffling', () => {
  it('is deterministic for a seed and keeps every item', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const a = shuffle(items, seededRandom(42));
    expect(shuffle(items, seededRandom(42))).toEqual(a);
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(items[0]).toBe(0); // input untouched
    expect(shuffle(items, seededRandom(43))).not.toEqual(a);
  });

  it('arranges questions and choices by id, never shuffling code lines', () => {
    const arr = arrangeQuiz(sampleQuestions, 7);
    expect([...arr.questionIds].sort()).toEqual(sampleQuestions.map((q) => q.id).sort());
    expect([...(arr.itemOrder.s1 ?? [])].sort()).toEqual(['a', 'b', 'c']);
    expect(arr.itemOrder.l1).toBeUndefined();
    expect(arrangeQuiz(sampleQuestions, 7)).toEqual(arr);
  });

  it('never starts an order question solved', () => {
    for (let seed = 0; seed < 200; seed++) {
      expect(arrangeQuiz(sampleQuestions, seed).itemOrder.o1).not.toEqual(['p', 'q', 'r']);
    }
  });

  it('gives different arrangements for different seeds', () => {
    const orders = new Set(
      Array.from({ length: 30 }, (_, s) => arrangeQuiz(sampleQuestions, s).questionIds.join()),
    );
    expect(orders.size).toBeGreaterThan(5);
  });

  it('scores the same answers the same under any arrangement', () => {
    const answers: Record<string, QuizAnswer> = {
      s1: { kind: 'single', choiceId: 'b' },
      m1: { kind: 'multi', choiceIds: ['x', 'z'] },
      n1: { kind: 'number', text: '1000' },
    };
    for (const seed of [1, 2, 3]) {
      const arr = arrangeQuiz(sampleQuestions, seed);
      const s = summarizeAttempt(sampleQuestions, arr.questionIds, answers);
      expect(s.score).toBe(2);
    }
  });

  it('picks a new seed for a retake', () => {
    expect(nextSeed(5, () => 5 / 2 ** 31)).toBe(6);
    expect(nextSeed(5, () => 0.5)).toBe(2 ** 30);
  });
});
