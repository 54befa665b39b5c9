import { canonicalJson } from './canonical-json';
import {
  LIMITS,
  PROGRESS_VERSION,
  emptyLesson,
  type LabCode,
  type LabFigure,
  type LabPatternRecord,
  type LabPredictionRecord,
  type LabProgress,
  type LastLocation,
  type LessonProgress,
  type ProgressState,
  type QuizAttemptRecord,
  type QuizProgress,
} from './schema';

/*
 * Merging two copies of progress (two tabs, or an import into existing progress). The rules make the merge
 * commutative and idempotent, so two tabs that merge each other's writes settle on the same value:
 * completions are unioned, scores and figures keep the best, code keeps the newest copy.
 */

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function mergeRecords<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  pick: (x: T, y: T) => T,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of union(Object.keys(a), Object.keys(b))) {
    const x = a[key];
    const y = b[key];
    out[key] = x !== undefined && y !== undefined ? pick(x, y) : ((x ?? y) as T);
  }
  return out;
}

function betterFigure(x: LabFigure, y: LabFigure): LabFigure {
  if (x.value === y.value) return x.unit <= y.unit ? x : y;
  const lower = x.value < y.value ? x : y;
  const higher = lower === x ? y : x;
  // Directions should agree; when they do not, "lower is better" is the safer reading for costs.
  const better = x.better === 'higher' && y.better === 'higher' ? 'higher' : 'lower';
  return better === 'lower' ? lower : higher;
}

function mergeLab(x: LabProgress, y: LabProgress): LabProgress {
  const known = [x.passedAt, y.passedAt].filter((t) => t > 0);
  return {
    passedAt: known.length ? Math.min(...known) : 0,
    best: mergeRecords(x.best, y.best, betterFigure),
  };
}

function newerCode(x: LabCode, y: LabCode): LabCode {
  if (x.updatedAt !== y.updatedAt) return x.updatedAt > y.updatedAt ? x : y;
  return x.code >= y.code ? x : y;
}

/** Orders two records of the same kind deterministically (for ties), whatever their field order. */
function tieBreak<T>(x: T, y: T): T {
  return canonicalJson(x) <= canonicalJson(y) ? x : y;
}

/**
 * The first prediction stands; the same prediction once measured (matched set, or a profile's finding
 * kept) beats it unmeasured.
 */
function firstPrediction(x: LabPredictionRecord, y: LabPredictionRecord): LabPredictionRecord {
  if (x.at !== y.at) return x.at < y.at ? x : y;
  if ((x.matched === null) !== (y.matched === null)) return x.matched === null ? y : x;
  if (!x.found !== !y.found) return x.found ? x : y;
  return tieBreak(x, y);
}

/** The first pattern named stands. */
function firstPattern(x: LabPatternRecord, y: LabPatternRecord): LabPatternRecord {
  return x.at !== y.at ? (x.at < y.at ? x : y) : tieBreak(x, y);
}

function byTime(a: QuizAttemptRecord, b: QuizAttemptRecord): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function fullIn(list: readonly QuizAttemptRecord[]): number {
  return list.filter((a) => a.mode === 'full').length;
}

/**
 * Two copies of the same attempt (same id and time) differ only when one had its missed ids pruned after a
 * quiz update: keep the ids both still list, so the merge is the same whichever copy comes first.
 */
function sameAttempt(a: QuizAttemptRecord, b: QuizAttemptRecord): QuizAttemptRecord {
  const inB = new Set(b.missed);
  const missed = a.missed.filter((id) => inB.has(id));
  return missed.length === a.missed.length ? a : { ...a, missed };
}

function mergeQuiz(x: QuizProgress, y: QuizProgress): QuizProgress {
  const byId = new Map<string, QuizAttemptRecord>();
  for (const a of [...x.attempts, ...y.attempts]) {
    const seen = byId.get(a.id);
    if (!seen || byTime(seen, a) < 0) byId.set(a.id, a);
    else if (byTime(seen, a) === 0) byId.set(a.id, sameAttempt(seen, a));
  }
  const all = [...byId.values()].sort(byTime);
  // Full attempts no longer in the lists (trimmed, or migrated from v1) are carried as a count.
  const older = Math.max(x.fullAttempts - fullIn(x.attempts), y.fullAttempts - fullIn(y.attempts), 0);
  const best = pickBest(x, y);
  return {
    attempts: all.slice(-LIMITS.attemptsKept),
    best: best.best,
    bestTotal: best.bestTotal,
    fullAttempts: fullIn(all) + older,
  };
}

function pickBest(x: QuizProgress, y: QuizProgress): Pick<QuizProgress, 'best' | 'bestTotal'> {
  if (x.best === null || x.bestTotal === null) return { best: y.best, bestTotal: y.bestTotal };
  if (y.best === null || y.bestTotal === null) return { best: x.best, bestTotal: x.bestTotal };
  const rx = x.best / x.bestTotal;
  const ry = y.best / y.bestTotal;
  if (rx !== ry) return rx > ry ? x : y;
  return x.best >= y.best
    ? { best: x.best, bestTotal: x.bestTotal }
    : { best: y.best, bestTotal: y.bestTotal };
}

function mergeLesson(x: LessonProgress, y: LessonProgress): LessonProgress {
  return {
    sectionsRead: union(x.sectionsRead, y.sectionsRead),
    labs: mergeRecords(x.labs, y.labs, mergeLab),
    code: mergeRecords(x.code, y.code, newerCode),
    quiz: mergeQuiz(x.quiz, y.quiz),
    predictions: mergeRecords(x.predictions, y.predictions, firstPrediction),
    patterns: mergeRecords(x.patterns, y.patterns, firstPattern),
  };
}

function laterLocation(x: LastLocation | null, y: LastLocation | null): LastLocation | null {
  if (!x || !y) return x ?? y;
  if (x.at !== y.at) return x.at > y.at ? x : y;
  return x.href >= y.href ? x : y;
}

/** Merges the content of two copies, whatever their generations (used for import). */
export function mergeProgress(a: ProgressState, b: ProgressState): ProgressState {
  const lessons = mergeRecords(a.lessons, b.lessons, mergeLesson);
  // Normalise single-sided lessons too, so the result does not depend on which side had them.
  for (const key of Object.keys(lessons))
    lessons[key] = mergeLesson(lessons[key] ?? emptyLesson(), emptyLesson());
  return {
    version: PROGRESS_VERSION,
    generation: Math.max(a.generation, b.generation),
    lessons,
    lastLocation: laterLocation(a.lastLocation, b.lastLocation),
  };
}

/**
 * Reconciles this tab's copy with another (another tab's write, or what is in storage). A reset bumps the
 * generation, and the higher generation wins outright so a reset is not undone by an older copy; equal
 * generations are merged.
 */
export function reconcile(local: ProgressState, incoming: ProgressState): ProgressState {
  if (local.generation !== incoming.generation) {
    const winner = local.generation > incoming.generation ? local : incoming;
    return mergeProgress(winner, winner);
  }
  return mergeProgress(local, incoming);
}
