import { mergeProgress } from './merge';
import {
  LIMITS,
  emptyLesson,
  emptyProgress,
  type LabFigure,
  type LessonProgress,
  type ProfileFinding,
  type ProgressState,
  type QuizAttemptRecord,
} from './schema';

/*
 * Pure updates, one per learner action. Each returns a new state (the input is never changed) and
 * returns the same object when nothing changes, so a store can skip a write.
 */

function withLesson(
  state: ProgressState,
  slug: string,
  update: (l: LessonProgress) => LessonProgress,
): ProgressState {
  const before = state.lessons[slug];
  if (!before && Object.keys(state.lessons).length >= LIMITS.lessons) return state;
  const after = update(before ?? emptyLesson());
  if (after === before) return state;
  return { ...state, lessons: { ...state.lessons, [slug]: after } };
}

const validId = (s: string) => s.length > 0 && s.length <= LIMITS.idChars;

export function markSectionRead(state: ProgressState, slug: string, sectionId: string): ProgressState {
  if (!validId(slug) || !validId(sectionId)) return state;
  return withLesson(state, slug, (l) => {
    if (l.sectionsRead.includes(sectionId) || l.sectionsRead.length >= LIMITS.sectionsPerLesson) return l;
    return { ...l, sectionsRead: [...l.sectionsRead, sectionId].sort() };
  });
}

/** Records an attempt (kept: the latest LIMITS.attemptsKept); full attempts may raise the best score. */
export function recordQuizAttempt(
  state: ProgressState,
  slug: string,
  attempt: QuizAttemptRecord,
): ProgressState {
  if (!validId(slug) || !validId(attempt.id) || attempt.total < 1) return state;
  const score = Math.max(0, Math.min(attempt.total, Math.round(attempt.score)));
  const clean: QuizAttemptRecord = { ...attempt, score, missed: [...new Set(attempt.missed)].sort() };
  const single = emptyProgress(state.generation);
  const lesson = emptyLesson();
  lesson.quiz = {
    attempts: [clean],
    best: clean.mode === 'full' ? score : null,
    bestTotal: clean.mode === 'full' ? clean.total : null,
    fullAttempts: clean.mode === 'full' ? 1 : 0,
  };
  single.lessons[slug] = lesson;
  // The merge already knows how to union attempts, keep the best and trim the list.
  return mergeProgress(state, single);
}

/**
 * After a quiz changed: drops, from every saved attempt of the lesson, the missed-question ids that the quiz
 * no longer asks (`questionIds` are the ids it asks now). Scores, totals, pass marks and the best score are
 * history and stay as they were; only the list that feeds "practise the ones I missed" is cut.
 */
export function pruneQuizAttempts(
  state: ProgressState,
  slug: string,
  questionIds: readonly string[],
): ProgressState {
  const lesson = state.lessons[slug];
  if (!lesson || questionIds.length === 0) return state;
  const known = new Set(questionIds);
  if (lesson.quiz.attempts.every((a) => a.missed.every((id) => known.has(id)))) return state;
  return withLesson(state, slug, (l) => ({
    ...l,
    quiz: {
      ...l.quiz,
      attempts: l.quiz.attempts.map((a) =>
        a.missed.every((id) => known.has(id)) ? a : { ...a, missed: a.missed.filter((id) => known.has(id)) },
      ),
    },
  }));
}

/** Marks a lab passed and keeps the better of the old and new figures. */
export function markLabPassed(
  state: ProgressState,
  slug: string,
  labId: string,
  figures: Record<string, LabFigure>,
  now: number,
): ProgressState {
  if (!validId(slug) || !validId(labId)) return state;
  const best: Record<string, LabFigure> = {};
  for (const [k, f] of Object.entries(figures).slice(0, LIMITS.figuresPerLab)) {
    if (validId(k) && Number.isFinite(f.value))
      best[k] = { value: f.value, unit: f.unit.slice(0, 40), better: f.better };
  }
  const single = emptyProgress(state.generation);
  single.lessons[slug] = { ...emptyLesson(), labs: { [labId]: { passedAt: now, best } } };
  return mergeProgress(state, single);
}

/** Saves the learner's code for a lab (capped at LIMITS.codeChars; longer code is not saved). */
export function setLabCode(
  state: ProgressState,
  slug: string,
  labId: string,
  code: string,
  now: number,
): ProgressState {
  if (!validId(slug) || !validId(labId) || code.length > LIMITS.codeChars) return state;
  return withLesson(state, slug, (l) => {
    if (l.code[labId]?.code === code) return l;
    if (!l.code[labId] && Object.keys(l.code).length >= LIMITS.labsPerLesson) return l;
    return { ...l, code: { ...l.code, [labId]: { code, updatedAt: now } } };
  });
}

/** Records the prediction made before a lab's first run (choice null: skipped). The first one stands. */
export function setLabPrediction(
  state: ProgressState,
  slug: string,
  labId: string,
  choice: string | null,
  now: number,
): ProgressState {
  if (!validId(slug) || !validId(labId) || (choice !== null && !validId(choice))) return state;
  return withLesson(state, slug, (l) => {
    if (l.predictions[labId] || Object.keys(l.predictions).length >= LIMITS.labsPerLesson) return l;
    return { ...l, predictions: { ...l.predictions, [labId]: { choice, at: now, matched: null } } };
  });
}

/** Records, once, whether the first run that measured it bore the learner's prediction out. */
export function setPredictionOutcome(
  state: ProgressState,
  slug: string,
  labId: string,
  matched: boolean,
): ProgressState {
  const p = state.lessons[slug]?.predictions[labId];
  if (!p || p.choice === null || p.matched !== null) return state;
  return withLesson(state, slug, (l) => ({
    ...l,
    predictions: { ...l.predictions, [labId]: { ...p, matched } },
  }));
}

/**
 * Records, once, what the first profile of a lab's starter found beside the line the learner suspected
 * (their choice is the line's number); for a skipped prediction the finding is kept without a verdict.
 */
export function setPredictionFound(
  state: ProgressState,
  slug: string,
  labId: string,
  found: ProfileFinding,
): ProgressState {
  const p = state.lessons[slug]?.predictions[labId];
  if (!p || p.found || !validFinding(found)) return state;
  const skipped = p.choice === null;
  const kept: ProfileFinding = { ...found, suspectShare: skipped ? null : found.suspectShare };
  const matched = skipped ? null : p.choice === String(found.line);
  return withLesson(state, slug, (l) => ({
    ...l,
    predictions: { ...l.predictions, [labId]: { ...p, matched: p.matched ?? matched, found: kept } },
  }));
}

const share = (x: number | null) => x === null || (Number.isFinite(x) && x >= 0 && x <= 1);

function validFinding(f: ProfileFinding): boolean {
  return Number.isSafeInteger(f.line) && f.line >= 1 && share(f.share) && share(f.suspectShare);
}

/** Records the pattern the learner named after passing a lab. The first answer stands. */
export function nameLabPattern(
  state: ProgressState,
  slug: string,
  labId: string,
  choice: string,
  correct: boolean,
  now: number,
): ProgressState {
  if (!validId(slug) || !validId(labId) || !validId(choice)) return state;
  return withLesson(state, slug, (l) => {
    if (l.patterns[labId] || Object.keys(l.patterns).length >= LIMITS.labsPerLesson) return l;
    return { ...l, patterns: { ...l.patterns, [labId]: { choice, correct, at: now } } };
  });
}

export function setLastLocation(
  state: ProgressState,
  slug: string,
  href: string,
  label: string,
  now: number,
): ProgressState {
  if (!validId(slug) || !href.startsWith('/') || href.startsWith('//') || href.length > LIMITS.textChars)
    return state;
  const prev = state.lastLocation;
  if (prev && prev.href === href && prev.lesson === slug) return state;
  return { ...state, lastLocation: { lesson: slug, href, label: label.slice(0, LIMITS.textChars), at: now } };
}

/** A fresh start that wins over every older copy (other tabs included). */
export function resetProgress(state: ProgressState): ProgressState {
  return emptyProgress(state.generation + 1);
}
