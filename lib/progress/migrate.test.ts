import { describe, expect, it } from 'vitest';
import { loadProgress, migrateV1toV2 } from './migrate';
import { PROGRESS_VERSION, emptyProgress, type ProgressV1 } from './schema';

/** Progress as the v2 app saved it (its export shape, with a passed lab, code, a quiz attempt). */
const v2Blob = {
  version: 2,
  generation: 4,
  lessons: {
    'some-lesson': {
      sectionsRead: ['memory', 'one-lab'],
      labs: {
        'one-lab': {
          passedAt: 1764230400000,
          best: { queries: { value: 1, unit: 'queries', better: 'lower' } },
        },
      },
      code: { 'one-lab': { code: 'export function usersWithTeams() {}', updatedAt: 1764230300000 } },
      quiz: {
        attempts: [
          {
            id: 'a1',
            at: 1764230000000,
            score: 12,
            total: 15,
            mode: 'full',
            passed: true,
            missed: ['q11', 'q3', 'q9'],
          },
        ],
        best: 12,
        bestTotal: 15,
        fullAttempts: 1,
      },
    },
  },
  lastLocation: {
    lesson: 'some-lesson',
    href: '/lessons/some-lesson/labs/one-lab',
    label: 'Lab 1',
    at: 1764230400000,
  },
};

/** Progress as the v3 app saved it: a prediction measured, one skipped, a named pattern. */
const v3Blob = {
  version: 3,
  generation: 2,
  lessons: {
    'some-lesson': {
      ...v2Blob.lessons['some-lesson'],
      predictions: {
        'one-lab': { choice: 'per-user', at: 1764230100000, matched: true },
        'two-lab': { choice: null, at: 1764230200000, matched: null },
      },
      patterns: { 'one-lab': { choice: 'one-lab', correct: true, at: 1764230500000 } },
    },
  },
  lastLocation: v2Blob.lastLocation,
};

const v1: ProgressV1 = {
  version: 1,
  lessons: {
    'some-lesson': {
      read: ['one-lab', 'x-section', 'one-lab'],
      labsPassed: ['one-lab'],
      quizBest: 11,
      code: { 'one-lab': 'const x = 1;' },
    },
    other: { read: [], labsPassed: [], quizBest: 0, code: {} },
  },
  last: '/lessons/some-lesson#memory',
};

describe('migrations from every old version', () => {
  it('v3 → v4 keeps every prediction and named pattern; no prediction has a profile finding yet', () => {
    const r = loadProgress(JSON.parse(JSON.stringify(v3Blob)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fromVersion).toBe(3);
    expect(r.state).toEqual({ ...v3Blob, version: 4 });
    const l = r.state.lessons['some-lesson'];
    expect(Object.values(l?.predictions ?? {}).some((p) => 'found' in p)).toBe(false);
  });

  it('v3 data carrying a finding it could not have had drops it (v3 never saved one)', () => {
    const odd = JSON.parse(JSON.stringify(v3Blob)) as typeof v3Blob;
    const lesson = odd.lessons['some-lesson'];
    (lesson.predictions['two-lab'] as object) = { ...lesson.predictions['two-lab'], found: 'x' };
    const r = loadProgress(odd);
    expect(r.ok && r.state.lessons['some-lesson']?.predictions['two-lab']).toEqual(
      v3Blob.lessons['some-lesson'].predictions['two-lab'],
    );
  });

  it('v2 → v4 keeps everything v2 saved and starts with no predictions or named patterns', () => {
    const r = loadProgress(JSON.parse(JSON.stringify(v2Blob)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fromVersion).toBe(2);
    expect(r.state.version).toBe(4);
    expect(r.state.generation).toBe(4);
    expect(r.state.lastLocation).toEqual(v2Blob.lastLocation);
    const before = v2Blob.lessons['some-lesson'];
    const l = r.state.lessons['some-lesson'];
    expect(l).toEqual({ ...before, predictions: {}, patterns: {} });
  });

  it('v1 → v4 keeps every section, lab, code and the best score', () => {
    const r = loadProgress(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fromVersion).toBe(1);
    expect(r.state.version).toBe(PROGRESS_VERSION);
    const l = r.state.lessons['some-lesson'];
    expect(l?.sectionsRead).toEqual(['one-lab', 'x-section']);
    expect(l?.labs['one-lab']).toEqual({ passedAt: 0, best: {} });
    expect(l?.code['one-lab']).toEqual({ code: 'const x = 1;', updatedAt: 0 });
    expect(l?.quiz).toMatchObject({ best: 11, bestTotal: 15, fullAttempts: 1, attempts: [] });
    expect(r.state.lessons.other?.quiz.best).toBeNull();
    expect(r.state.lastLocation).toMatchObject({
      lesson: 'some-lesson',
      href: '/lessons/some-lesson#memory',
    });
  });

  it('v1 with an off-site "last" drops only that link', () => {
    expect(migrateV1toV2({ ...v1, last: '//evil.example/x' }).lastLocation).toBeNull();
  });

  it('a migrated value is itself valid in the current version (round trip)', () => {
    for (const old of [v1, v2Blob, v3Blob]) {
      const r = loadProgress(old);
      if (!r.ok) throw new Error(r.error);
      const again = loadProgress(JSON.parse(JSON.stringify(r.state)));
      expect(again).toEqual({ ok: true, state: r.state, fromVersion: PROGRESS_VERSION });
    }
  });

  it('current version loads as is', () => {
    expect(loadProgress(emptyProgress())).toEqual({
      ok: true,
      state: emptyProgress(),
      fromVersion: PROGRESS_VERSION,
    });
  });

  it('a damaged v2 value is refused with the path of the bad field', () => {
    const bad = JSON.parse(JSON.stringify(v2Blob)) as typeof v2Blob;
    (bad.lessons['some-lesson'].quiz as { best: unknown }).best = 'twelve';
    const r = loadProgress(bad);
    expect(r).toMatchObject({ ok: false, reason: 'shape' });
    if (!r.ok) expect(r.error).toContain('quiz.best must be a number');
  });

  it('refuses newer, unknown and damaged data with a reason', () => {
    expect(loadProgress({ ...emptyProgress(), version: 9 })).toMatchObject({ ok: false, reason: 'newer' });
    expect(loadProgress({ version: 0 })).toMatchObject({ ok: false, reason: 'unknown-version' });
    expect(loadProgress('text')).toMatchObject({ ok: false, reason: 'unknown-version' });
    const bad = loadProgress({ ...v1, lessons: { x: { ...v1.lessons.other, quizBest: 'ten' } } });
    expect(bad).toMatchObject({ ok: false, reason: 'shape' });
    if (!bad.ok) expect(bad.error).toContain('lessons.x.quizBest must be a number');
  });
});
