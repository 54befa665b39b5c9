import { describe, expect, it } from 'vitest';
import { LIMITS, emptyProgress } from './schema';
import {
  markLabPassed,
  markSectionRead,
  pruneQuizAttempts,
  recordQuizAttempt,
  resetProgress,
  setLabCode,
  setLastLocation,
} from './updates';

const L = 'lesson';

describe('pure progress updates', () => {
  it('return the same object when nothing changes (so no write happens)', () => {
    const s = markSectionRead(emptyProgress(), L, 'a');
    expect(markSectionRead(s, L, 'a')).toBe(s);
    const c = setLabCode(s, L, 'lab', 'x', 1);
    expect(setLabCode(c, L, 'lab', 'x', 2)).toBe(c);
    const loc = setLastLocation(s, L, '/lessons/lesson#b', 'B', 1);
    expect(setLastLocation(loc, L, '/lessons/lesson#b', 'B', 2)).toBe(loc);
  });

  it('never change the input', () => {
    const s = emptyProgress();
    markSectionRead(s, L, 'a');
    expect(s.lessons).toEqual({});
  });

  it('refuse bad ids, off-site links and oversized code', () => {
    const s = emptyProgress();
    expect(markSectionRead(s, '', 'a')).toBe(s);
    expect(markSectionRead(s, L, 'x'.repeat(LIMITS.idChars + 1))).toBe(s);
    expect(setLastLocation(s, L, 'https://elsewhere.example/', 'x', 1)).toBe(s);
    expect(setLastLocation(s, L, '//elsewhere.example/', 'x', 1)).toBe(s);
    expect(setLabCode(s, L, 'lab', 'x'.repeat(LIMITS.codeChars + 1), 1)).toBe(s);
  });

  it('keep code with its time and the latest location', () => {
    let s = setLabCode(emptyProgress(), L, 'lab', 'one', 5);
    s = setLabCode(s, L, 'lab', 'two', 9);
    expect(s.lessons[L]?.code.lab).toEqual({ code: 'two', updatedAt: 9 });
    s = setLastLocation(s, L, '/lessons/lesson#memory', 'Memory', 10);
    expect(s.lastLocation).toEqual({ lesson: L, href: '/lessons/lesson#memory', label: 'Memory', at: 10 });
  });

  it('keep the first pass time and the best figure of each kind', () => {
    let s = markLabPassed(emptyProgress(), L, 'lab', { ms: { value: 40, unit: 'ms', better: 'lower' } }, 100);
    s = markLabPassed(
      s,
      L,
      'lab',
      { ms: { value: 55, unit: 'ms', better: 'lower' }, q: { value: 2, unit: 'queries', better: 'lower' } },
      200,
    );
    expect(s.lessons[L]?.labs.lab).toEqual({
      passedAt: 100,
      best: {
        ms: { value: 40, unit: 'ms', better: 'lower' },
        q: { value: 2, unit: 'queries', better: 'lower' },
      },
    });
    const bad = markLabPassed(s, L, 'lab', { ms: { value: Number.NaN, unit: 'ms', better: 'lower' } }, 300);
    expect(bad.lessons[L]?.labs.lab?.best.ms?.value).toBe(40);
  });

  it('clamp a quiz score into range and bump the generation on reset', () => {
    const s = recordQuizAttempt(emptyProgress(), L, {
      id: 'a',
      at: 1,
      score: 99,
      total: 15,
      mode: 'full',
      passed: true,
      missed: [],
    });
    expect(s.lessons[L]?.quiz.best).toBe(15);
    const r = resetProgress(s);
    expect(r).toEqual({ ...emptyProgress(), generation: 1 });
  });

  it('prune missed ids a changed quiz no longer asks, keeping scores, best and counts', () => {
    const base = { at: 1, total: 15, mode: 'full' as const, passed: false };
    let s = recordQuizAttempt(emptyProgress(), L, { ...base, id: 'a', score: 10, missed: ['gone', 'kept'] });
    s = recordQuizAttempt(s, L, { ...base, id: 'b', at: 2, score: 14, passed: true, missed: ['kept'] });
    const p = pruneQuizAttempts(s, L, ['kept', 'other']);
    expect(p.lessons[L]?.quiz).toEqual({
      ...s.lessons[L]!.quiz,
      attempts: [
        { ...base, id: 'a', score: 10, missed: ['kept'] },
        { ...base, id: 'b', at: 2, score: 14, passed: true, missed: ['kept'] },
      ],
    });
    // Untouched attempts are the same objects, and nothing to prune means no write at all.
    expect(p.lessons[L]?.quiz.attempts[1]).toBe(s.lessons[L]?.quiz.attempts[1]);
    expect(pruneQuizAttempts(p, L, ['kept', 'other'])).toBe(p);
    expect(pruneQuizAttempts(s, 'no-such-lesson', ['kept'])).toBe(s);
    // An empty id list is a quiz that failed to load, not a quiz with no questions: change nothing.
    expect(pruneQuizAttempts(s, L, [])).toBe(s);
  });
});
