/**
 * An unfinished quiz attempt, kept in localStorage so a reload does not lose it: which round (full or
 * practice, and its shuffle seed), the answers given so far, which were checked, and the question last
 * worked on. Results are not stored; they are scored again from the answers on restore, so a stored draft
 * can never claim a result its answers do not earn.
 *
 * Reading is defensive: anything that does not fit the quiz as it is now (bad JSON, another version,
 * unknown ids, answers of the wrong shape, a shuffle that no longer reproduces) is discarded, never thrown.
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

  const asked = askedQuestions(quiz, ids as string[] | null);
  if (ids !== null && asked.length !== (ids as string[]).length) return null; // unknown practice ids
  // The seed must still produce the stored order: if the questions changed, the draft is stale.
  if (!isStringArray(order) || !sameList(order, arrangeQuiz(asked, seed).questionIds)) return null;

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
