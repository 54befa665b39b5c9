import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { mergeProgress, reconcile } from './merge';
import { emptyProgress, type ProgressState, type QuizAttemptRecord } from './schema';
import {
  markLabPassed,
  markSectionRead,
  recordQuizAttempt,
  resetProgress,
  setLabCode,
  setLastLocation,
} from './updates';

const L = 'lesson';
const attempt = (
  id: string,
  at: number,
  score: number,
  mode: 'full' | 'practice' = 'full',
): QuizAttemptRecord => ({
  id,
  at,
  score,
  total: 15,
  mode,
  passed: score >= 12,
  missed: [],
});

function tabA(): ProgressState {
  let s = markSectionRead(emptyProgress(), L, 'one-lab');
  s = recordQuizAttempt(s, L, attempt('a1', 100, 9));
  s = markLabPassed(s, L, 'one-lab', { queries: { value: 3, unit: 'queries', better: 'lower' } }, 500);
  s = setLabCode(s, L, 'one-lab', 'old code', 200);
  return setLastLocation(s, L, '/lessons/lesson#memory', 'Memory', 300);
}

function tabB(): ProgressState {
  let s = markSectionRead(emptyProgress(), L, 'memory');
  s = recordQuizAttempt(s, L, attempt('b1', 150, 13));
  s = recordQuizAttempt(s, L, attempt('b2', 160, 2, 'practice'));
  s = markLabPassed(
    s,
    L,
    'one-lab',
    {
      queries: { value: 1, unit: 'queries', better: 'lower' },
      speedup: { value: 40, unit: '×', better: 'higher' },
    },
    400,
  );
  s = setLabCode(s, L, 'one-lab', 'new code', 250);
  return setLastLocation(s, L, '/lessons/lesson#prompts', 'Prompts', 250);
}

describe('merge of two states', () => {
  const merged = mergeProgress(tabA(), tabB());
  const l = merged.lessons[L];

  it('unions completions', () => {
    expect(l?.sectionsRead).toEqual(['memory', 'one-lab']);
    expect(l?.quiz.attempts.map((a) => a.id)).toEqual(['a1', 'b1', 'b2']);
    expect(l?.quiz.fullAttempts).toBe(2);
  });

  it('keeps the best score and best figures, and the first pass time', () => {
    expect(l?.quiz.best).toBe(13);
    expect(l?.labs['one-lab']?.best.queries?.value).toBe(1);
    expect(l?.labs['one-lab']?.best.speedup?.value).toBe(40);
    expect(l?.labs['one-lab']?.passedAt).toBe(400);
  });

  it('keeps the latest code and location by timestamp', () => {
    expect(l?.code['one-lab']).toEqual({ code: 'new code', updatedAt: 250 });
    expect(merged.lastLocation?.label).toBe('Memory');
  });

  it('is commutative and idempotent (two tabs settle on the same text)', () => {
    expect(canonicalJson(mergeProgress(tabB(), tabA()))).toBe(canonicalJson(merged));
    expect(canonicalJson(mergeProgress(merged, merged))).toBe(canonicalJson(merged));
    expect(canonicalJson(mergeProgress(merged, tabA()))).toBe(canonicalJson(merged));
  });

  it('a practice round never sets the best score', () => {
    const s = recordQuizAttempt(emptyProgress(), L, attempt('p', 1, 15, 'practice'));
    expect(s.lessons[L]?.quiz.best).toBeNull();
    expect(s.lessons[L]?.quiz.fullAttempts).toBe(0);
  });

  it('keeps only the latest 50 attempts but still counts them all', () => {
    let s = emptyProgress();
    for (let i = 0; i < 60; i++) s = recordQuizAttempt(s, L, attempt(`x${i}`, i, i % 16));
    expect(s.lessons[L]?.quiz.attempts).toHaveLength(50);
    expect(s.lessons[L]?.quiz.attempts[0]?.id).toBe('x10');
    expect(s.lessons[L]?.quiz.fullAttempts).toBe(60);
    expect(s.lessons[L]?.quiz.best).toBe(15);
  });
});

describe('merge of a pruned attempt with its old copy', () => {
  it('keeps the missed ids both copies list, in either order', () => {
    const old = recordQuizAttempt(emptyProgress(), L, {
      ...attempt('a1', 100, 11),
      missed: ['gone', 'kept'],
    });
    const pruned = recordQuizAttempt(emptyProgress(), L, { ...attempt('a1', 100, 11), missed: ['kept'] });
    const ab = mergeProgress(old, pruned);
    const ba = mergeProgress(pruned, old);
    expect(ab.lessons[L]?.quiz.attempts).toEqual([{ ...attempt('a1', 100, 11), missed: ['kept'] }]);
    expect(canonicalJson(ab)).toBe(canonicalJson(ba));
    expect(ab.lessons[L]?.quiz.best).toBe(11);
  });
});

describe('reconcile across a reset', () => {
  it('the newer generation wins outright; equal generations merge', () => {
    const reset = resetProgress(tabA());
    expect(reconcile(reset, tabB())).toEqual(reset);
    expect(reconcile(tabB(), reset)).toEqual(reset);
    expect(reconcile(tabA(), tabB()).lessons[L]?.sectionsRead).toHaveLength(2);
  });
});
