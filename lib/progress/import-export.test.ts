import { describe, expect, it } from 'vitest';
import {
  applyImport,
  exportFileName,
  exportProgress,
  importChangesNothing,
  parseImport,
} from './import-export';
import { PROGRESS_VERSION, emptyProgress } from './schema';
import { markSectionRead, recordQuizAttempt, resetProgress } from './updates';

const L = 'lesson';
const saved = recordQuizAttempt(markSectionRead(emptyProgress(), L, 'memory'), L, {
  id: 'a',
  at: 5,
  score: 12,
  total: 15,
  mode: 'full',
  passed: true,
  missed: ['q1', 'q2', 'q3'],
});

describe('export and import', () => {
  it('round-trips: export → reset → import restores everything', () => {
    const file = exportProgress(saved, Date.UTC(2026, 10, 27));
    const afterReset = resetProgress(saved);
    const parsed = parseImport(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const restored = applyImport(afterReset, parsed.state);
    expect(restored.lessons).toEqual(saved.lessons);
    expect(restored.generation).toBe(afterReset.generation);
    expect(importChangesNothing(restored, applyImport(restored, parsed.state))).toBe(true);
  });

  it('names the file by date', () => {
    expect(exportFileName(Date.UTC(2026, 10, 27, 9))).toBe('hotpath-progress-2026-11-27.json');
  });

  it('imports a v1 file by migrating it', () => {
    const v1 = {
      format: 'hotpath-progress',
      version: 1,
      lessons: { [L]: { read: ['a'], labsPassed: [], quizBest: 7, code: {} } },
    };
    const r = parseImport(JSON.stringify(v1));
    expect(r).toMatchObject({ ok: true, fromVersion: 1 });
  });

  it.each([
    ['not JSON', '{oops', 'not valid JSON'],
    ['JSON of another kind', '[1,2,3]', 'not a Hotpath progress export'],
    ['no marker', JSON.stringify(emptyProgress()), 'not a Hotpath progress export'],
    [
      'a newer format',
      JSON.stringify({ ...emptyProgress(), format: 'hotpath-progress', version: PROGRESS_VERSION + 1 }),
      'newer Hotpath',
    ],
    [
      'a damaged field',
      JSON.stringify({ ...JSON.parse(exportProgress(saved, 0)), generation: -1 }),
      'generation must be between',
    ],
    [
      'a score above its total',
      exportProgress(saved, 0).replace('"score": 12', '"score": 99'),
      'lessons.lesson.quiz.attempts[0].score must be between 0 and 15',
    ],
    [
      'an off-site continue link',
      JSON.stringify({
        ...JSON.parse(exportProgress(saved, 0)),
        lastLocation: { lesson: L, href: 'https://x.example', label: 'x', at: 1 },
      }),
      'must be a path on this site',
    ],
    ['a huge file', ' '.repeat(2_000_001), 'too large'],
  ])('rejects %s with a clear error', (_name, text, message) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it('an import never loses newer local work', () => {
    const newer = markSectionRead(saved, L, 'prompts');
    const r = parseImport(exportProgress(saved, 0));
    if (!r.ok) throw new Error(r.error);
    expect(applyImport(newer, r.state).lessons[L]?.sectionsRead).toEqual(['memory', 'prompts']);
  });
});
