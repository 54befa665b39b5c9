import {
  PROGRESS_VERSION,
  emptyQuiz,
  type LabCode,
  type LabProgress,
  type ProgressState,
  type ProgressV1,
  type ProgressV2,
  type ProgressV3,
} from './schema';
import { ProgressShapeError, validateV1, validateV2, validateV3, validateV4 } from './validate';

/** Total of the quiz when v1 saved only a bare best score (v1 shipped with the 15-question quiz). */
export const V1_QUIZ_TOTAL = 15;

/** v1 → v2: nothing is dropped; facts v1 never stored (times, figures, attempt list) start empty or 0. */
export function migrateV1toV2(v1: ProgressV1): ProgressV2 {
  const lessons: ProgressV2['lessons'] = {};
  for (const [slug, l] of Object.entries(v1.lessons)) {
    const labs: Record<string, LabProgress> = {};
    for (const lab of l.labsPassed) labs[lab] = { passedAt: 0, best: {} };
    const code: Record<string, LabCode> = {};
    for (const [lab, text] of Object.entries(l.code)) code[lab] = { code: text, updatedAt: 0 };
    const hasQuiz = l.quizBest > 0;
    lessons[slug] = {
      sectionsRead: [...l.read],
      labs,
      code,
      quiz: {
        ...emptyQuiz(),
        best: hasQuiz ? Math.min(l.quizBest, V1_QUIZ_TOTAL) : null,
        bestTotal: hasQuiz ? V1_QUIZ_TOTAL : null,
        fullAttempts: hasQuiz ? 1 : 0,
      },
    };
  }
  const last = v1.last && v1.last.startsWith('/') && !v1.last.startsWith('//') ? v1.last : null;
  const lessonOfLast = last?.match(/^\/lessons\/([^/#?]+)/)?.[1] ?? '';
  return {
    version: 2,
    generation: 0,
    lessons,
    lastLocation:
      last && lessonOfLast ? { lesson: lessonOfLast, href: last, label: 'Where you left off', at: 0 } : null,
  };
}

/** v2 → v3: every v2 fact is kept; no lab has a prediction or a named pattern yet. */
export function migrateV2toV3(v2: ProgressV2): ProgressV3 {
  const lessons: ProgressV3['lessons'] = {};
  for (const [slug, l] of Object.entries(v2.lessons)) {
    lessons[slug] = { ...l, predictions: {}, patterns: {} };
  }
  return { version: 3, generation: v2.generation, lessons, lastLocation: v2.lastLocation };
}

/** v3 → v4: every v3 fact is kept; no prediction has a profile finding yet. */
export function migrateV3toV4(v3: ProgressV3): ProgressState {
  return { ...v3, version: 4 };
}

export type LoadResult =
  | { ok: true; state: ProgressState; fromVersion: number }
  | { ok: false; error: string; reason: 'shape' | 'newer' | 'unknown-version' };

/**
 * Reads progress of any known version, checks it and migrates it to the current version, one step at a
 * time. Never throws: a bad value yields an error message that names the first bad field.
 */
export function loadProgress(data: unknown): LoadResult {
  const version =
    typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return {
      ok: false,
      reason: 'unknown-version',
      error: 'It has no version number, so it is not Hotpath progress.',
    };
  }
  if (version > PROGRESS_VERSION) {
    return {
      ok: false,
      reason: 'newer',
      error: `It was saved by a newer Hotpath (progress format v${version}); this one reads up to v${PROGRESS_VERSION}.`,
    };
  }
  try {
    switch (version) {
      case 1: {
        const v3 = migrateV2toV3(migrateV1toV2(validateV1(data)));
        return { ok: true, state: migrateV3toV4(v3), fromVersion: 1 };
      }
      case 2:
        return { ok: true, state: migrateV3toV4(migrateV2toV3(validateV2(data))), fromVersion: 2 };
      case 3:
        return { ok: true, state: migrateV3toV4(validateV3(data)), fromVersion: 3 };
      case 4:
        return { ok: true, state: validateV4(data), fromVersion: 4 };
      default:
        return {
          ok: false,
          reason: 'unknown-version',
          error: `Progress format v${version} is not one Hotpath ever wrote.`,
        };
    }
  } catch (e) {
    if (e instanceof ProgressShapeError)
      return { ok: false, reason: 'shape', error: `It is damaged: ${e.message}.` };
    throw e;
  }
}
