/**
 * An unfinished quiz attempt, kept in localStorage so a reload does not lose it: which round (full or
 * practice, and its shuffle seed), the answers given so far, which were checked, and the question last
 * worked on. Results are not stored; they are scored again from the answers on restore, so a stored draft
 * can never claim a result its answers do not earn.
 *
 * Reading is defensive: anything that does not fit the quiz as it is now (bad JSON, another version,
 * unknown ids, answers of the wrong shape, a shuffle that no longer reproduces) is discarded, never thrown.
 * One exception keeps a learner's work across a quiz update: when the set of questions itself changed since
 * the draft was saved (questions retired or added), the answers to questions still asked, in a shape that
 * still fits, are kept and the others set aside; the round is rearranged from its seed.
 */
import type { StorageLike } from '@/lib/progress/persist-storage';
import { draftKey } from './draft-key';
import { isAnswered, parseNumberInput } from './score';
import { arrangeQuiz } from './shuffle';
import type { Quiz, QuizAnswer, QuizQuestion } from './types';

export const DRAFT_VERSION = 1;

/** A draft of the 15-question quiz is about 1 KB; anything far larger is not ours. */
export const MAX_DRAFT_CHARS = 32_000;

/** Same limit as the number input's maxLength. */
const MAX_NUMBER_TEXT = 40;

export type DraftMode = 'full' | 'practice';

/** What is stored. `order` is the question order the seed produced, kept to detect changed content. */
export interface QuizDraft {
  v: typeof DRAFT_VERSION;
  slug: string;
  mode: DraftMode;
  /** The practice subset, or null for a full attempt. */
  ids: string[] | null;
  seed: number;
  order: string[];
  answers: Record<string, QuizAnswer>;
  /** Ids of the questions already checked, in the order they were checked. */
  checked: string[];
  /** The question last answered or checked. */
  current: string | null;
  /** When it was saved (ms since epoch). */
  at: number;
  /**
   * Only on a draft read back after the quiz changed: how many saved answers were set aside because their
   * question was retired or no longer accepts that answer. Never stored.
   */
  setAside?: number;
}

export interface DraftInput {
  mode: DraftMode;
  ids: string[] | null;
  seed: number;
  order: readonly string[];
  answers: Readonly<Record<string, QuizAnswer>>;
  checked: readonly string[];
  current: string | null;
}

export function makeDraft(slug: string, input: DraftInput, now: number): QuizDraft {
  return {
    v: DRAFT_VERSION,
    slug,
    mode: input.mode,
    ids: input.ids ? [...input.ids] : null,
    seed: input.seed,
    order: [...input.order],
    answers: { ...input.answers },
    checked: [...input.checked],
    current: input.current,
    at: now,
  };
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

function unique(xs: readonly string[]): boolean {
  return new Set(xs).size === xs.length;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function isPermutation(xs: readonly string[], of: readonly string[]): boolean {
  return xs.length === of.length && unique(xs) && xs.every((x) => of.includes(x));
}

/** An answer that fits its question: right kind, ids that exist, a line that can be picked, short text. */
export function validAnswer(q: QuizQuestion, a: unknown): a is QuizAnswer {
  if (!isObject(a) || a.kind !== q.kind) return false;
  switch (q.kind) {
    case 'single':
      return typeof a.choiceId === 'string' && q.choices.some((c) => c.id === a.choiceId);
    case 'multi':
      return (
        isStringArray(a.choiceIds) &&
        unique(a.choiceIds) &&
        a.choiceIds.every((id) => q.choices.some((c) => c.id === id))
      );
    case 'spot-line': {
      const line = a.line;
      return (
        typeof line === 'number' &&
        Number.isInteger(line) &&
        line >= 1 &&
        line <= q.lines.length &&
        q.lines[line - 1]?.why !== undefined
      );
    }
    case 'number':
      return typeof a.text === 'string' && a.text.length <= MAX_NUMBER_TEXT;
    case 'order':
      return (
        isStringArray(a.stepIds) &&
        isPermutation(
          a.stepIds,
          q.steps.map((s) => s.id),
        )
      );
  }
}

/** The questions a round asks: all of them, or the practice subset in quiz order. */
function askedQuestions(quiz: Quiz, ids: readonly string[] | null): QuizQuestion[] {
  if (!ids) return quiz.questions;
  const wanted = new Set(ids);
  return quiz.questions.filter((q) => wanted.has(q.id));
}

/**
 * Parses stored text into a draft that fits `quiz`, or null. Never throws; null means "start fresh"
 * (nothing stored, or something stored that cannot be trusted).
 */
export function parseDraft(raw: string | null, quiz: Quiz): QuizDraft | null {
  if (raw === null || raw.length > MAX_DRAFT_CHARS) return null;
  let d: unknown;
  try {
    d = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(d) || d.v !== DRAFT_VERSION || d.slug !== quiz.lessonSlug) return null;

  const { mode, ids, seed, order, answers, checked, current, at } = d;
  if (mode !== 'full' && mode !== 'practice') return null;
  if (mode === 'full' ? ids !== null : !isStringArray(ids) || ids.length === 0 || !unique(ids)) return null;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed >= 2 ** 31) return null;
  if (typeof at !== 'number' || !Number.isFinite(at)) return null;

  if (!isStringArray(order) || !unique(order)) return null;
  const asked = askedQuestions(quiz, ids as string[] | null);
  const askedIds = asked.map((q) => q.id);
  // Saved before the quiz changed: the questions it asked are not the ones asked now.
  const quizChanged =
    !isPermutation(order, askedIds) || (ids !== null && asked.length !== (ids as string[]).length);
  if (quizChanged) return salvage(quiz, { mode, seed, at, asked, answers, checked, current });
  // Same questions: the seed must still produce the stored order, or the draft was tampered with.
  if (!sameList(order, arrangeQuiz(asked, seed).questionIds)) return null;

  const byId = new Map(asked.map((q) => [q.id, q]));
  if (!isObject(answers)) return null;
  const goodAnswers: Record<string, QuizAnswer> = {};
  for (const [id, a] of Object.entries(answers)) {
    const q = byId.get(id);
    if (!q || !validAnswer(q, a)) return null;
    goodAnswers[id] = a;
  }

  if (!isStringArray(checked) || !unique(checked)) return null;
  for (const id of checked) {
    const q = byId.get(id);
    const a = goodAnswers[id];
    if (!q || !isAnswered(q, a)) return null;
    if (a?.kind === 'number' && !parseNumberInput(a.text).ok) return null;
  }
  if (current !== null && (typeof current !== 'string' || !byId.has(current))) return null;

  return {
    v: DRAFT_VERSION,
    slug: quiz.lessonSlug,
    mode,
    ids: ids as string[] | null,
    seed,
    order,
    answers: goodAnswers,
    checked,
    current: current as string | null,
    at,
  };
}

/**
 * A draft saved before the quiz's questions changed: keeps what still fits (answers to questions still
 * asked, in a shape the question still accepts; checks of those answers; the current question if still
 * asked) and counts what it set aside. A practice round keeps the questions of its subset still in the quiz;
 * a round with nothing left to ask, or a saved shape that is not a draft at all, is discarded.
 */
function salvage(
  quiz: Quiz,
  d: {
    mode: DraftMode;
    seed: number;
    at: number;
    asked: QuizQuestion[];
    answers: unknown;
    checked: unknown;
    current: unknown;
  },
): QuizDraft | null {
  const { mode, seed, at, asked } = d;
  if (asked.length === 0 || !isObject(d.answers)) return null;
  if (!isStringArray(d.checked) || !unique(d.checked)) return null;
  if (d.current !== null && typeof d.current !== 'string') return null;
  const byId = new Map(asked.map((q) => [q.id, q]));
  const answers: Record<string, QuizAnswer> = {};
  let setAside = 0;
  for (const [id, a] of Object.entries(d.answers)) {
    const q = byId.get(id);
    if (q && validAnswer(q, a)) answers[id] = a;
    else setAside++;
  }
  const checked = d.checked.filter((id) => {
    const q = byId.get(id);
    const a = answers[id];
    return q !== undefined && isAnswered(q, a) && (a?.kind !== 'number' || parseNumberInput(a.text).ok);
  });
  const current = typeof d.current === 'string' && byId.has(d.current) ? d.current : null;
  return {
    v: DRAFT_VERSION,
    slug: quiz.lessonSlug,
    mode,
    ids: mode === 'practice' ? asked.map((q) => q.id) : null,
    seed,
    order: arrangeQuiz(asked, seed).questionIds,
    answers,
    checked,
    current,
    at,
    setAside,
  };
}

// Storage: every call swallows errors (storage blocked, full, or unavailable on the server).

export function readDraft(storage: StorageLike | null, quiz: Quiz): QuizDraft | null {
  if (!storage) return null;
  const key = draftKey(quiz.lessonSlug);
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  const draft = parseDraft(raw, quiz);
  if (raw !== null && !draft) removeDraft(storage, quiz.lessonSlug); // discard what cannot be used
  return draft;
}

/** Saves a draft; returns false when storage refused (the attempt goes on, it just will not survive). */
export function writeDraft(storage: StorageLike | null, draft: QuizDraft): boolean {
  if (!storage) return false;
  try {
    storage.setItem(draftKey(draft.slug), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(storage: StorageLike | null, slug: string): void {
  try {
    storage?.removeItem(draftKey(slug));
  } catch {
    // Nothing to do: a draft that cannot be removed is validated again on the next read.
  }
}
