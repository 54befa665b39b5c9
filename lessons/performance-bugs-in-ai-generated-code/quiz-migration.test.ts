/**
 * Saved progress and unfinished rounds from the quiz's first release still load after the quiz changed:
 * scores and the best score stay, attempts stop naming retired questions, and an unfinished round keeps the
 * answers that still fit while setting aside the rest.
 */
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '@/lib/progress/merge';
import { readStored } from '@/lib/progress/persist-storage';
import { pruneQuizAttempts } from '@/lib/progress/updates';
import { parseDraft } from '@/lib/quiz/draft';
import { arrangeQuiz } from '@/lib/quiz/shuffle';
import { summarizeAttempt } from '@/lib/quiz/attempt';
import { quiz } from './quiz';
import { V1_FULL_DRAFT, V1_PRACTICE_DRAFT, V1_PROGRESS } from './quiz-v1-saved.test-data';

const SLUG = quiz.lessonSlug;
const ids = quiz.questions.map((q) => q.id);

function loadV1() {
  const read = readStored(V1_PROGRESS);
  if (read.kind !== 'ok') throw new Error(`saved progress did not load: ${JSON.stringify(read)}`);
  return read.state;
}

describe('saved progress from the first quiz', () => {
  it('loads, and pruning keeps every score, the best score and the attempt count', () => {
    const before = loadV1();
    const after = pruneQuizAttempts(before, SLUG, ids);
    const q = after.lessons[SLUG]!.quiz;
    expect(q.attempts.map((a) => [a.mode, a.score, a.total, a.passed])).toEqual([
      ['full', 11, 15, false],
      ['practice', 3, 4, false],
      ['full', 13, 15, true],
    ]);
    expect([q.best, q.bestTotal, q.fullAttempts]).toEqual([13, 15, 2]);
    // Everything else the learner earned is untouched.
    expect(after.lessons[SLUG]!.sectionsRead).toEqual(before.lessons[SLUG]!.sectionsRead);
    expect(after.lessons[SLUG]!.labs).toEqual(before.lessons[SLUG]!.labs);
    expect(after.lastLocation).toEqual(before.lastLocation);
  });

  it('drops the retired questions from every missed list, keeping the questions still asked', () => {
    const q = pruneQuizAttempts(loadV1(), SLUG, ids).lessons[SLUG]!.quiz;
    expect(q.attempts.map((a) => a.missed)).toEqual([['deep-pages'], [], ['the-missing-signal']]);
    for (const a of q.attempts) for (const id of a.missed) expect(ids).toContain(id);
  });

  it('is done once: pruning again, or pruning current progress, changes nothing', () => {
    const once = pruneQuizAttempts(loadV1(), SLUG, ids);
    expect(pruneQuizAttempts(once, SLUG, ids)).toBe(once);
    expect(pruneQuizAttempts(once, 'another-lesson', ids)).toBe(once);
  });

  it('a tab still holding the old copy cannot bring the retired ids back by merging', () => {
    const old = loadV1();
    const pruned = pruneQuizAttempts(old, SLUG, ids);
    const a = mergeProgress(pruned, old).lessons[SLUG]!.quiz.attempts.map((x) => x.missed);
    const b = mergeProgress(old, pruned).lessons[SLUG]!.quiz.attempts.map((x) => x.missed);
    expect(a).toEqual([['deep-pages'], [], ['the-missing-signal']]);
    expect(b).toEqual(a);
  });
});

describe('an unfinished round saved by the first quiz', () => {
  it('comes back with the answers that still fit, and says how many were set aside', () => {
    const d = parseDraft(V1_FULL_DRAFT, quiz);
    expect(d).not.toBeNull();
    if (!d) return;
    expect(d.mode).toBe('full');
    expect(d.seed).toBe(20261127);
    // Kept: questions still asked, answered in a shape they still accept.
    expect(Object.keys(d.answers).sort()).toEqual([
      'count-n-plus-one',
      'deep-pages',
      'fix-n-plus-one',
      'profile-loop-order',
      'quadratic-prediction',
      'spot-includes-in-loop',
    ]);
    // Set aside: three retired questions and one answer naming an option the question no longer has.
    expect(d.setAside).toBe(4);
    expect(d.answers['why-tests-stay-green']).toBeUndefined();
    // Checks survive only for kept answers; the current question was retired, so there is none.
    expect(d.checked).toEqual(['quadratic-prediction', 'count-n-plus-one']);
    expect(d.current).toBeNull();
    // The round is the new quiz, arranged from the saved seed.
    expect(d.order).toEqual(arrangeQuiz(quiz.questions, d.seed).questionIds);
  });

  it('scores the kept answers against the questions as they are now', () => {
    const d = parseDraft(V1_FULL_DRAFT, quiz)!;
    const s = summarizeAttempt(quiz.questions, d.order, d.answers, quiz.passRatio);
    const right = s.results
      .filter((r) => r.correct)
      .map((r) => r.questionId)
      .sort();
    expect(right).toEqual([
      'deep-pages',
      'profile-loop-order',
      'quadratic-prediction',
      'spot-includes-in-loop',
    ]);
    expect(s.total).toBe(15);
  });

  it('a practice round keeps the questions of its subset still asked, and its valid answers', () => {
    const d = parseDraft(V1_PRACTICE_DRAFT, quiz);
    expect(d).not.toBeNull();
    if (!d) return;
    expect(d.mode).toBe('practice');
    expect(d.ids).toEqual(['deep-pages']);
    // spot-await-in-loop was retired; deep-pages' saved answer named an option since replaced.
    expect(d.answers).toEqual({});
    expect(d.setAside).toBe(2);
    expect(d.checked).toEqual([]);
  });
});
