import { describe, expect, it } from 'vitest';
import { loadProgress, migrateV1toV2 } from './migrate';
import { PROGRESS_VERSION, emptyProgress, type ProgressV1 } from './schema';

const v1: ProgressV1 = {
  version: 1,
  lessons: {
    'performance-bugs-in-ai-generated-code': {
      read: ['n-plus-one', 'six-patterns', 'n-plus-one'],
      labsPassed: ['n-plus-one'],
      quizBest: 11,
      code: { 'n-plus-one': 'const x = 1;' },
    },
    other: { read: [], labsPassed: [], quizBest: 0, code: {} },
  },
  last: '/lessons/performance-bugs-in-ai-generated-code#memory',
};

describe('migrations from every old version', () => {
  it('v1 → v2 keeps every section, lab, code and the best score', () => {
    const r = loadProgress(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fromVersion).toBe(1);
    expect(r.state.version).toBe(PROGRESS_VERSION);
    const l = r.state.lessons['performance-bugs-in-ai-generated-code'];
    expect(l?.sectionsRead).toEqual(['n-plus-one', 'six-patterns']);
    expect(l?.labs['n-plus-one']).toEqual({ passedAt: 0, best: {} });
    expect(l?.code['n-plus-one']).toEqual({ code: 'const x = 1;', updatedAt: 0 });
    expect(l?.quiz).toMatchObject({ best: 11, bestTotal: 15, fullAttempts: 1, attempts: [] });
    expect(r.state.lessons.other?.quiz.best).toBeNull();
    expect(r.state.lastLocation).toMatchObject({
      lesson: 'performance-bugs-in-ai-generated-code',
      href: '/lessons/performance-bugs-in-ai-generated-code#memory',
    });
  });

  it('v1 with an off-site "last" drops only that link', () => {
    expect(migrateV1toV2({ ...v1, last: '//evil.example/x' }).lastLocation).toBeNull();
  });

  it('the migrated v2 value is itself valid v2 (round trip)', () => {
    const r = loadProgress(v1);
    if (!r.ok) throw new Error(r.error);
    const again = loadProgress(JSON.parse(JSON.stringify(r.state)));
    expect(again).toEqual({ ok: true, state: r.state, fromVersion: 2 });
  });

  it('current version loads as is', () => {
    expect(loadProgress(emptyProgress())).toEqual({ ok: true, state: emptyProgress(), fromVersion: 2 });
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
