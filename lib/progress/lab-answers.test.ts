/** Predictions and named patterns (progress v3): updates, merging two copies, validation. */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { mergeProgress } from './merge';
import { loadProgress } from './migrate';
import { emptyProgress } from './schema';
import { nameLabPattern, setLabPrediction, setPredictionOutcome } from './updates';

const L = 'lesson';

describe('predictions and named patterns', () => {
  it('keep the first prediction, then record once whether the run bore it out', () => {
    const a = setLabPrediction(emptyProgress(), L, 'lab', 'users', 10);
    expect(setLabPrediction(a, L, 'lab', 'teams', 20)).toBe(a);
    const b = setPredictionOutcome(a, L, 'lab', true);
    expect(b.lessons[L]?.predictions.lab).toEqual({ choice: 'users', at: 10, matched: true });
    expect(setPredictionOutcome(b, L, 'lab', false)).toBe(b);
  });

  it('a skipped prediction is kept as skipped and never gets an outcome', () => {
    const s = setLabPrediction(emptyProgress(), L, 'lab', null, 10);
    expect(s.lessons[L]?.predictions.lab).toEqual({ choice: null, at: 10, matched: null });
    expect(setPredictionOutcome(s, L, 'lab', true)).toBe(s);
  });

  it('keep the first pattern named, and refuse bad ids', () => {
    const s = nameLabPattern(emptyProgress(), L, 'lab', 'one-lab', true, 5);
    expect(nameLabPattern(s, L, 'lab', 'pagination', false, 6)).toBe(s);
    expect(s.lessons[L]?.patterns.lab).toEqual({ choice: 'one-lab', correct: true, at: 5 });
    expect(nameLabPattern(emptyProgress(), L, 'lab', '', true, 5)).toEqual(emptyProgress());
  });

  it('merge: the earlier answer wins on both sides, and a measured prediction beats the same one unmeasured', () => {
    const early = setLabPrediction(emptyProgress(), L, 'lab', 'users', 10);
    const late = nameLabPattern(
      setLabPrediction(emptyProgress(), L, 'lab', 'teams', 20),
      L,
      'lab',
      'x',
      false,
      30,
    );
    const measured = setPredictionOutcome(early, L, 'lab', false);
    for (const [a, b] of [
      [early, late],
      [late, early],
    ] as const) {
      const m = mergeProgress(a, b);
      expect(m.lessons[L]?.predictions.lab?.choice).toBe('users');
      expect(m.lessons[L]?.patterns.lab?.choice).toBe('x');
    }
    expect(canonicalJson(mergeProgress(early, measured))).toBe(canonicalJson(mergeProgress(measured, early)));
    expect(mergeProgress(early, measured).lessons[L]?.predictions.lab?.matched).toBe(false);
  });

  it('round-trip through validation; a damaged answer is refused with its path', () => {
    const s = nameLabPattern(
      setLabPrediction(emptyProgress(), L, 'lab', 'users', 10),
      L,
      'lab',
      'memory',
      true,
      11,
    );
    expect(loadProgress(JSON.parse(JSON.stringify(s)))).toEqual({ ok: true, state: s, fromVersion: 3 });
    const bad = JSON.parse(JSON.stringify(s)) as { lessons: Record<string, { patterns: { lab: object } }> };
    bad.lessons[L]!.patterns.lab = { choice: 'memory', correct: 'yes', at: 11 };
    const r = loadProgress(bad);
    expect(r).toMatchObject({ ok: false, reason: 'shape' });
    if (!r.ok) expect(r.error).toContain('lessons.lesson.patterns.lab.correct must be true or false');
  });
});
