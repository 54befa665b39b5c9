/**
 * The saved shape of a learner's progress, by version. The current version is what the app writes; every
 * older version has a migration in migrate.ts (and a test), so an update never drops saved progress.
 */

export const PROGRESS_VERSION = 4;

/** Bounds, so saved progress (and an imported file) can never grow without limit. */
export const LIMITS = {
  lessons: 100,
  sectionsPerLesson: 200,
  labsPerLesson: 100,
  figuresPerLab: 20,
  attemptsKept: 50,
  codeChars: 100_000,
  idChars: 120,
  textChars: 300,
  importBytes: 2_000_000,
} as const;

// ---------- v1 (first release): flat per-lesson facts, one best quiz score, code without timestamps ----------

export interface LessonProgressV1 {
  read: string[];
  labsPassed: string[];
  quizBest: number;
  code: Record<string, string>;
}

export interface ProgressV1 {
  version: 1;
  lessons: Record<string, LessonProgressV1>;
  /** Href of the last page visited. */
  last?: string;
}

// ---------- v2: per-lesson labs with figures and times, code with timestamps, quiz attempts ----------

/** A figure reached in a lab, e.g. { value: 1, unit: 'queries', better: 'lower' }. */
export interface LabFigure {
  value: number;
  unit: string;
  better: 'lower' | 'higher';
}

export interface LabProgress {
  /** When the lab was first passed (ms since epoch); 0 when unknown (migrated data). */
  passedAt: number;
  /** Best figure per measured quantity, kept across passes. */
  best: Record<string, LabFigure>;
}

export interface LabCode {
  code: string;
  /** ms since epoch; 0 when unknown. The newer copy wins when two tabs disagree. */
  updatedAt: number;
}

export interface QuizAttemptRecord {
  /** Unique per attempt (so two tabs' attempts are both kept). */
  id: string;
  /** ms since epoch. */
  at: number;
  score: number;
  total: number;
  /** 'full' attempts count towards the best score; 'practice' rounds over missed questions do not. */
  mode: 'full' | 'practice';
  passed: boolean;
  /** Question ids missed, for "practise the ones I missed" after a reload. */
  missed: string[];
}

export interface QuizProgress {
  attempts: QuizAttemptRecord[];
  /** Best full-quiz score, or null before any; kept even when old attempts are trimmed. */
  best: number | null;
  /** Total of the quiz the best score was out of. */
  bestTotal: number | null;
  /** Full attempts ever made (attempts[] only keeps the latest LIMITS.attemptsKept). */
  fullAttempts: number;
}

export interface LessonProgressV2 {
  /** Section ids read, sorted. */
  sectionsRead: string[];
  labs: Record<string, LabProgress>;
  code: Record<string, LabCode>;
  quiz: QuizProgress;
}

export interface LastLocation {
  lesson: string;
  href: string;
  label: string;
  at: number;
}

export interface ProgressV2 {
  version: 2;
  /**
   * Bumped by reset. When two copies disagree, the higher generation wins outright (a reset in one tab
   * clears the others); equal generations are merged.
   */
  generation: number;
  lessons: Record<string, LessonProgressV2>;
  lastLocation: LastLocation | null;
}

// ---------- v3: v2 plus, per lab, the prediction made before its first run and the pattern named ----------

/** What the learner predicted about a lab's starter before its first run. */
export interface LabPredictionRecordV3 {
  /** The option chosen (for a line prediction, the line's number); null when the learner skipped. */
  choice: string | null;
  /** ms since epoch. The first prediction stands: a prediction is made once, before the first run. */
  at: number;
  /** Whether the run (or, for a line, the profile) bore it out; null until measured, or when skipped. */
  matched: boolean | null;
}

/** The pattern the learner named once they had passed a lab. */
export interface LabPatternRecord {
  /** The pattern id chosen. */
  choice: string;
  correct: boolean;
  /** ms since epoch. The first answer stands. */
  at: number;
}

export interface LessonProgressV3 extends LessonProgressV2 {
  predictions: Record<string, LabPredictionRecordV3>;
  patterns: Record<string, LabPatternRecord>;
}

export interface ProgressV3 {
  version: 3;
  /** As in v2: bumped by reset; the higher generation wins outright, equal generations are merged. */
  generation: number;
  lessons: Record<string, LessonProgressV3>;
  lastLocation: LastLocation | null;
}

// ---------- v4 (current): v3 plus, beside a line prediction, what the first profile of the starter found ----------

/** What the first profile of a lab's starter found, kept beside the line the learner suspected. */
export interface ProfileFinding {
  /** The profiler's first hot spot: its line in the starter. */
  line: number;
  /** Its share of the time, 0..1. */
  share: number;
  /** The share of the line the learner suspected (0 when it never ran); null when they skipped. */
  suspectShare: number | null;
}

export interface LabPredictionRecord extends LabPredictionRecordV3 {
  /** A line prediction's profile finding, kept once (absent until the starter is profiled). */
  found?: ProfileFinding;
}

export interface LessonProgress extends LessonProgressV2 {
  predictions: Record<string, LabPredictionRecord>;
  patterns: Record<string, LabPatternRecord>;
}

export interface ProgressV4 {
  version: 4;
  /** As in v2: bumped by reset; the higher generation wins outright, equal generations are merged. */
  generation: number;
  lessons: Record<string, LessonProgress>;
  lastLocation: LastLocation | null;
}

export type ProgressState = ProgressV4;

export function emptyQuiz(): QuizProgress {
  return { attempts: [], best: null, bestTotal: null, fullAttempts: 0 };
}

export function emptyLesson(): LessonProgress {
  return { sectionsRead: [], labs: {}, code: {}, quiz: emptyQuiz(), predictions: {}, patterns: {} };
}

export function emptyProgress(generation = 0): ProgressState {
  return { version: PROGRESS_VERSION, generation, lessons: {}, lastLocation: null };
}
