/**
 * Predictions, with a line prediction's profile finding, and named patterns (progress v3 and v4): updates,
 * merging two copies, validation.
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { mergeProgress } from './merge';
import { loadProgress } from './migrate';
import { emptyProgress } from './schema';
import { nameLabPattern, setLabPrediction, setPredictionFound, setPredictionOutcome } from './updates';

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
    expect(loadProgress(JSON.parse(JSON.stringify(s)))).toEqual({ ok: true, state: s, fromVersion: 4 });
    const bad = JSON.parse(JSON.stringify(s)) as { lessons: Record<string, { patterns: { lab: object } }> };
    bad.lessons[L]!.patterns.lab = { choice: 'memory', correct: 'yes', at: 11 };
    const r = loadProgress(bad);
    expect(r).toMatchObject({ ok: false, reason: 'shape' });
    if (!r.ok) expect(r.error).toContain('lessons.lesson.patterns.lab.correct must be true or false');
  });

  it('a line prediction keeps, once, what the first profile of the starter found, and whether it was the line', () => {
    const found = { line: 42, share: 0.97, suspectShare: 0.004 };
    const a = setLabPrediction(emptyProgress(), L, 'lab', '22', 10);
    const b = setPredictionFound(a, L, 'lab', found);
    expect(b.lessons[L]?.predictions.lab).toEqual({ choice: '22', at: 10, matched: false, found });
    expect(setPredictionFound(b, L, 'lab', { ...found, line: 7 })).toBe(b);
    const right = setPredictionFound(setLabPrediction(emptyProgress(), L, 'lab', '42', 10), L, 'lab', found);
    expect(right.lessons[L]?.predictions.lab?.matched).toBe(true);
    // Nothing to compare before a prediction (even a skipped one) is kept; nonsense is refused.
    expect(setPredictionFound(emptyProgress(), L, 'lab', found)).toEqual(emptyProgress());
    expect(setPredictionFound(a, L, 'lab', { ...found, share: 3 })).toBe(a);
    expect(setPredictionFound(a, L, 'lab', { ...found, line: 0 })).toBe(a);
  });

  it('a skipped line prediction keeps the finding without a verdict or a suspect', () => {
    const s = setPredictionFound(setLabPrediction(emptyProgress(), L, 'lab', null, 10), L, 'lab', {
      line: 42,
      share: 0.9,
      suspectShare: 0.1,
    });
    expect(s.lessons[L]?.predictions.lab).toEqual({
      choice: null,
      at: 10,
      matched: null,
      found: { line: 42, share: 0.9, suspectShare: null },
    });
  });

  it('merge prefers the copy that kept a finding; validation keeps it and refuses a damaged one', () => {
    const plain = setLabPrediction(emptyProgress(), L, 'lab', null, 10);
    const found = setPredictionFound(plain, L, 'lab', { line: 3, share: 0.5, suspectShare: null });
    for (const [x, y] of [
      [plain, found],
      [found, plain],
    ] as const)
      expect(mergeProgress(x, y).lessons[L]?.predictions.lab?.found).toEqual({
        line: 3,
        share: 0.5,
        suspectShare: null,
      });
    expect(loadProgress(JSON.parse(JSON.stringify(found)))).toEqual({
      ok: true,
      state: found,
      fromVersion: 4,
    });
    const bad = JSON.parse(JSON.stringify(found)) as {
      lessons: Record<string, { predictions: { lab: { found: { share: unknown } } } }>;
    };
    bad.lessons[L]!.predictions.lab.found.share = 'most';
    const r = loadProgress(bad);
    expect(r).toMatchObject({ ok: false, reason: 'shape' });
    if (!r.ok) expect(r.error).toContain('lessons.lesson.predictions.lab.found.share must be a number');
  });
});
