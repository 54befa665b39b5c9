import {
  LIMITS,
  type LabCode,
  type LabFigure,
  type LabPatternRecord,
  type LabPredictionRecord,
  type LabPredictionRecordV3,
  type LabProgress,
  type LastLocation,
  type LessonProgress,
  type LessonProgressV1,
  type LessonProgressV2,
  type LessonProgressV3,
  type ProfileFinding,
  type ProgressV1,
  type ProgressV2,
  type ProgressV3,
  type ProgressV4,
  type QuizAttemptRecord,
  type QuizProgress,
} from './schema';

/** Thrown inside the validators; carries the path of the first bad field, e.g. "lessons.x.quiz.best". */
export class ProgressShapeError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path || 'the file'} ${problem}`);
    this.name = 'ProgressShapeError';
  }
}

type Obj = Record<string, unknown>;

function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new ProgressShapeError(path, 'must be an object');
  return v as Obj;
}

function entries(v: unknown, path: string, max: number): [string, unknown][] {
  const list = Object.entries(obj(v, path));
  if (list.length > max) throw new ProgressShapeError(path, `has more than ${max} entries`);
  for (const [key] of list) id(key, `${path} key`);
  return list;
}

function str(v: unknown, path: string, max: number = LIMITS.textChars): string {
  if (typeof v !== 'string') throw new ProgressShapeError(path, 'must be text');
  if (v.length > max) throw new ProgressShapeError(path, `is longer than ${max} characters`);
  return v;
}

function id(v: unknown, path: string): string {
  const s = str(v, path, LIMITS.idChars);
  if (s === '') throw new ProgressShapeError(path, 'must not be empty');
  return s;
}

function num(v: unknown, path: string, min = 0, max = Number.MAX_SAFE_INTEGER, whole = true): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ProgressShapeError(path, 'must be a number');
  if (whole && !Number.isInteger(v)) throw new ProgressShapeError(path, 'must be a whole number');
  if (v < min || v > max) throw new ProgressShapeError(path, `must be between ${min} and ${max}`);
  return v;
}

function idList(v: unknown, path: string, max: number): string[] {
  if (!Array.isArray(v)) throw new ProgressShapeError(path, 'must be a list');
  if (v.length > max) throw new ProgressShapeError(path, `has more than ${max} items`);
  return [...new Set(v.map((x, i) => id(x, `${path}[${i}]`)))].sort();
}

function figure(v: unknown, path: string): LabFigure {
  const o = obj(v, path);
  const better = o.better;
  if (better !== 'lower' && better !== 'higher')
    throw new ProgressShapeError(`${path}.better`, 'must be "lower" or "higher"');
  return {
    value: num(o.value, `${path}.value`, -Number.MAX_VALUE, Number.MAX_VALUE, false),
    unit: str(o.unit, `${path}.unit`, 40),
    better,
  };
}

function lab(v: unknown, path: string): LabProgress {
  const o = obj(v, path);
  const best: Record<string, LabFigure> = {};
  for (const [k, f] of entries(o.best, `${path}.best`, LIMITS.figuresPerLab))
    best[k] = figure(f, `${path}.best.${k}`);
  return { passedAt: num(o.passedAt, `${path}.passedAt`), best };
}

function code(v: unknown, path: string): LabCode {
  const o = obj(v, path);
  return {
    code: str(o.code, `${path}.code`, LIMITS.codeChars),
    updatedAt: num(o.updatedAt, `${path}.updatedAt`),
  };
}

function attempt(v: unknown, path: string): QuizAttemptRecord {
  const o = obj(v, path);
  const total = num(o.total, `${path}.total`, 1, 1000);
  const mode = o.mode;
  if (mode !== 'full' && mode !== 'practice')
    throw new ProgressShapeError(`${path}.mode`, 'must be "full" or "practice"');
  if (typeof o.passed !== 'boolean') throw new ProgressShapeError(`${path}.passed`, 'must be true or false');
  return {
    id: id(o.id, `${path}.id`),
    at: num(o.at, `${path}.at`),
    score: num(o.score, `${path}.score`, 0, total),
    total,
    mode,
    passed: o.passed,
    missed: idList(o.missed, `${path}.missed`, 1000),
  };
}

function quiz(v: unknown, path: string): QuizProgress {
  const o = obj(v, path);
  if (!Array.isArray(o.attempts)) throw new ProgressShapeError(`${path}.attempts`, 'must be a list');
  if (o.attempts.length > LIMITS.attemptsKept)
    throw new ProgressShapeError(`${path}.attempts`, `has more than ${LIMITS.attemptsKept} items`);
  const attempts = o.attempts.map((a, i) => attempt(a, `${path}.attempts[${i}]`));
  const bestTotal = o.bestTotal === null ? null : num(o.bestTotal, `${path}.bestTotal`, 1, 1000);
  const best = o.best === null ? null : num(o.best, `${path}.best`, 0, bestTotal ?? 1000);
  if ((best === null) !== (bestTotal === null))
    throw new ProgressShapeError(`${path}.best`, 'and bestTotal must both be set or both be null');
  return { attempts, best, bestTotal, fullAttempts: num(o.fullAttempts, `${path}.fullAttempts`) };
}

function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') throw new ProgressShapeError(path, 'must be true or false');
  return v;
}

function predictionV3(v: unknown, path: string): LabPredictionRecordV3 {
  const o = obj(v, path);
  return {
    choice: o.choice === null ? null : id(o.choice, `${path}.choice`),
    at: num(o.at, `${path}.at`),
    matched: o.matched === null ? null : bool(o.matched, `${path}.matched`),
  };
}

function finding(v: unknown, path: string): ProfileFinding {
  const o = obj(v, path);
  return {
    line: num(o.line, `${path}.line`, 1, 1_000_000),
    share: num(o.share, `${path}.share`, 0, 1, false),
    suspectShare: o.suspectShare === null ? null : num(o.suspectShare, `${path}.suspectShare`, 0, 1, false),
  };
}

function prediction(v: unknown, path: string): LabPredictionRecord {
  const o = obj(v, path);
  const found = o.found === undefined ? undefined : finding(o.found, `${path}.found`);
  return { ...predictionV3(v, path), ...(found ? { found } : {}) };
}

function pattern(v: unknown, path: string): LabPatternRecord {
  const o = obj(v, path);
  return {
    choice: id(o.choice, `${path}.choice`),
    correct: bool(o.correct, `${path}.correct`),
    at: num(o.at, `${path}.at`),
  };
}

function lessonV2(v: unknown, path: string): LessonProgressV2 {
  const o = obj(v, path);
  const labs: Record<string, LabProgress> = {};
  for (const [k, l] of entries(o.labs, `${path}.labs`, LIMITS.labsPerLesson))
    labs[k] = lab(l, `${path}.labs.${k}`);
  const codes: Record<string, LabCode> = {};
  for (const [k, c] of entries(o.code, `${path}.code`, LIMITS.labsPerLesson))
    codes[k] = code(c, `${path}.code.${k}`);
  return {
    sectionsRead: idList(o.sectionsRead, `${path}.sectionsRead`, LIMITS.sectionsPerLesson),
    labs,
    code: codes,
    quiz: quiz(o.quiz, `${path}.quiz`),
  };
}

function location(v: unknown, path: string): LastLocation | null {
  if (v === null) return null;
  const o = obj(v, path);
  const href = str(o.href, `${path}.href`);
  // Only same-site paths: a crafted file must not turn "continue" into a link elsewhere.
  if (!href.startsWith('/') || href.startsWith('//'))
    throw new ProgressShapeError(`${path}.href`, 'must be a path on this site');
  return {
    lesson: id(o.lesson, `${path}.lesson`),
    href,
    label: str(o.label, `${path}.label`),
    at: num(o.at, `${path}.at`),
  };
}

/** A v3 or v4 lesson: `record` checks each prediction of the version. */
function lessonWith<P>(record: (v: unknown, path: string) => P) {
  return (v: unknown, path: string) => {
    const o = obj(v, path);
    const predictions: Record<string, P> = {};
    for (const [k, p] of entries(o.predictions, `${path}.predictions`, LIMITS.labsPerLesson))
      predictions[k] = record(p, `${path}.predictions.${k}`);
    const patterns: Record<string, LabPatternRecord> = {};
    for (const [k, p] of entries(o.patterns, `${path}.patterns`, LIMITS.labsPerLesson))
      patterns[k] = pattern(p, `${path}.patterns.${k}`);
    return { ...lessonV2(v, path), predictions, patterns };
  };
}

const lessonV3: (v: unknown, path: string) => LessonProgressV3 = lessonWith(predictionV3);
const lessonV4: (v: unknown, path: string) => LessonProgress = lessonWith(prediction);

/** The fields v2, v3 and v4 share at the top level; `lesson` checks each lesson of the version. */
function progressOf<L>(o: Obj, lesson: (v: unknown, path: string) => L) {
  const lessons: Record<string, L> = {};
  for (const [k, l] of entries(o.lessons, 'lessons', LIMITS.lessons)) lessons[k] = lesson(l, `lessons.${k}`);
  return {
    generation: num(o.generation, 'generation'),
    lessons,
    lastLocation: location(o.lastLocation, 'lastLocation'),
  };
}

/** Checks a value claimed to be v4 progress; returns a clean copy (sets sorted, unknown keys dropped). */
export function validateV4(v: unknown): ProgressV4 {
  const o = obj(v, '');
  if (o.version !== 4) throw new ProgressShapeError('version', 'must be 4');
  return { version: 4, ...progressOf(o, lessonV4) };
}

/** Checks a value claimed to be v3 progress; returns a clean copy (sets sorted, unknown keys dropped). */
export function validateV3(v: unknown): ProgressV3 {
  const o = obj(v, '');
  if (o.version !== 3) throw new ProgressShapeError('version', 'must be 3');
  return { version: 3, ...progressOf(o, lessonV3) };
}

/** Checks a value claimed to be v2 progress; returns a clean copy (sets sorted, unknown keys dropped). */
export function validateV2(v: unknown): ProgressV2 {
  const o = obj(v, '');
  if (o.version !== 2) throw new ProgressShapeError('version', 'must be 2');
  return { version: 2, ...progressOf(o, lessonV2) };
}

/** Checks a value claimed to be v1 progress. */
export function validateV1(v: unknown): ProgressV1 {
  const o = obj(v, '');
  if (o.version !== 1) throw new ProgressShapeError('version', 'must be 1');
  const lessons: Record<string, LessonProgressV1> = {};
  for (const [k, raw] of entries(o.lessons, 'lessons', LIMITS.lessons)) {
    const p = `lessons.${k}`;
    const l = obj(raw, p);
    const codeMap: Record<string, string> = {};
    for (const [lab, c] of entries(l.code, `${p}.code`, LIMITS.labsPerLesson))
      codeMap[lab] = str(c, `${p}.code.${lab}`, LIMITS.codeChars);
    lessons[k] = {
      read: idList(l.read, `${p}.read`, LIMITS.sectionsPerLesson),
      labsPassed: idList(l.labsPassed, `${p}.labsPassed`, LIMITS.labsPerLesson),
      quizBest: num(l.quizBest, `${p}.quizBest`, 0, 1000),
      code: codeMap,
    };
  }
  const last = o.last === undefined ? undefined : str(o.last, 'last');
  return { version: 1, lessons, ...(last !== undefined ? { last } : {}) };
}
