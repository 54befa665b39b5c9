import { describe, expect, it } from 'vitest';
import { lessons } from '@/lessons/index';
import { getQuiz } from '@/lessons/quizzes';
import { passMark } from '@/lib/quiz/attempt';
import { scoreQuestion } from '@/lib/quiz/score';
import type { QuizAnswer, QuizQuestion } from '@/lib/quiz/types';
import { lesson } from './lesson';
import { quiz } from './quiz';

function rightAnswer(q: QuizQuestion): QuizAnswer {
  switch (q.kind) {
    case 'single':
      return { kind: 'single', choiceId: q.correct };
    case 'multi':
      return { kind: 'multi', choiceIds: q.correct };
    case 'spot-line':
      return { kind: 'spot-line', line: q.correctLine };
    case 'number':
      return { kind: 'number', text: String(q.answer) };
    case 'order':
      return { kind: 'order', stepIds: q.steps.map((s) => s.id) };
  }
}

describe('the lesson quiz', () => {
  it('has 15 questions with unique ids and a pass mark of 12', () => {
    expect(quiz.questions).toHaveLength(15);
    expect(new Set(quiz.questions.map((q) => q.id)).size).toBe(15);
    expect(passMark(quiz.questions.length, quiz.passRatio)).toBe(12);
  });

  it('mixes the kinds: at least two of each, at least one ordering', () => {
    const count = (k: string) => quiz.questions.filter((q) => q.kind === k).length;
    expect(count('single')).toBeGreaterThanOrEqual(2);
    expect(count('multi')).toBeGreaterThanOrEqual(2);
    expect(count('spot-line')).toBeGreaterThanOrEqual(2);
    expect(count('number')).toBeGreaterThanOrEqual(2);
    expect(count('order')).toBeGreaterThanOrEqual(1);
  });

  it('ties every question to a real section of the lesson and covers every section', () => {
    const ids = new Set(lesson.sections.map((s) => s.id));
    for (const q of quiz.questions) expect(ids).toContain(q.sectionId);
    expect(new Set(quiz.questions.map((q) => q.sectionId))).toEqual(ids);
  });

  it('gives every wrong option its own rationale and every question an explanation', () => {
    for (const q of quiz.questions) {
      expect(q.explanation.length).toBeGreaterThan(20);
      if (q.kind === 'single' || q.kind === 'multi') {
        const rationales = q.choices.map((c) => c.why);
        expect(new Set(rationales).size).toBe(rationales.length);
        expect(new Set(q.choices.map((c) => c.id)).size).toBe(q.choices.length);
        for (const c of q.choices) expect(c.why.length).toBeGreaterThan(10);
        const correct = q.kind === 'single' ? [q.correct] : q.correct;
        for (const id of correct) expect(q.choices.map((c) => c.id)).toContain(id);
        expect(q.choices.length - correct.length).toBeGreaterThanOrEqual(2);
      }
      if (q.kind === 'spot-line') {
        expect(q.lines[q.correctLine - 1]?.why).toBeTruthy();
        expect(q.lines.filter((l) => l.why).length).toBeGreaterThanOrEqual(4);
      }
      if (q.kind === 'number') {
        expect(q.commonWrong.length).toBeGreaterThanOrEqual(2);
        for (const w of q.commonWrong) {
          expect(scoreQuestion(q, { kind: 'number', text: String(w.value) }).correct).toBe(false);
        }
      }
      if (q.kind === 'order') {
        expect(q.steps.length).toBeGreaterThanOrEqual(4);
        for (const s of q.steps) expect(s.why.length).toBeGreaterThan(10);
      }
    }
  });

  it('never reuses a retired id, and accounts for every question the first version asked', () => {
    const ids = new Set(quiz.questions.map((q) => q.id));
    const retired = quiz.retiredQuestionIds ?? [];
    for (const id of retired) expect(ids.has(id), id).toBe(false);
    // The first release's question ids (saved attempts and drafts may name them).
    const firstVersion = [
      'why-tests-stay-green',
      'quadratic-prediction',
      'spot-includes-in-loop',
      'flag-the-slow-patterns',
      'deep-pages',
      'count-n-plus-one',
      'spot-await-in-loop',
      'fix-n-plus-one',
      'signals-in-a-prompt',
      'prompt-not-proof',
      'profile-loop-order',
      'spot-cache-leak',
      'benchmark-growth',
      'steady-perf-tests',
      'the-missing-signal',
    ];
    for (const id of firstVersion) expect(ids.has(id) || retired.includes(id), id).toBe(true);
  });

  it('covers every move: memory, choosing and reading a profiler, a blocking call, reading a benchmark', () => {
    const bySection = (s: string) => quiz.questions.filter((q) => q.sectionId === s);
    expect(bySection('memory').length).toBeGreaterThanOrEqual(1);
    const memory = JSON.stringify(bySection('memory'));
    for (const topic of ['readFile', 'push(req)', 'setInterval']) expect(memory).toContain(topic);
    const profile = JSON.stringify(bySection('profile-then-fix'));
    for (const topic of ['py-spy', 'cProfile', 'self time', 'cumtime']) expect(profile).toContain(topic);
    const blocking = quiz.questions.find(
      (q) => q.kind === 'spot-line' && /requests\.get/.test(JSON.stringify(q)),
    );
    expect(blocking?.kind === 'spot-line' && blocking.lines[blocking.correctLine - 1]?.text).toMatch(
      /requests\.get/,
    );
    const prompts = JSON.stringify(bySection('prompts'));
    expect(prompts).toContain('O(N log N) or better');
  });

  it('words the ordering question so that no step points at another', () => {
    for (const q of quiz.questions) {
      if (q.kind !== 'order') continue;
      for (const s of q.steps) {
        expect(s.text, s.id).not.toMatch(
          /\b(again|those|that input|the same|then|previous|above|below|step)\b/i,
        );
      }
    }
  });

  it('accepts its own right answers', () => {
    for (const q of quiz.questions) expect(scoreQuestion(q, rightAnswer(q)).correct).toBe(true);
  });

  it('exists for every lesson in the registry', () => {
    for (const l of lessons) expect(getQuiz(l.slug)?.lessonSlug).toBe(l.slug);
    expect(getQuiz('constructor')).toBeUndefined();
  });
});
