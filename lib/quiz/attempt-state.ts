/**
 * The state of one quiz round on the page, as a reducer: the round (mode, subset, seed), answers, results
 * of checked questions, input errors, the question last worked on, and whether the round was restored
 * from a saved draft. Pure, so the quiz runner stays thin and this is tested without a DOM.
 */
import type { QuizDraft } from './draft';
import { isAnswered, scoreQuestion } from './score';
import type { QuestionResult, QuizAnswer, QuizQuestion } from './types';

export type RoundMode = 'full' | 'practice';

export interface Round {
  mode: RoundMode;
  ids: string[] | null;
  seed: number;
}

export interface AttemptState {
  round: Round;
  answers: Record<string, QuizAnswer>;
  results: Record<string, QuestionResult>;
  /** Ids in the order they were checked (what a draft stores). */
  checked: string[];
  errors: Record<string, string>;
  current: string | null;
  /** Bumped whenever the round is replaced, so question cards start afresh (no focus jumps on restore). */
  generation: number;
  /** Set when this round came back from a saved draft; cleared by a new round. */
  resumed: boolean;
  /** False until saved drafts have been looked at, so nothing is written over one before it is read. */
  loaded: boolean;
  announcement: string;
}

export type AttemptAction =
  | { type: 'answer'; id: string; answer: QuizAnswer }
  | { type: 'error'; id: string; message: string }
  | { type: 'checked'; id: string; answer: QuizAnswer; result: QuestionResult; announcement: string }
  | { type: 'finish'; answers: Record<string, QuizAnswer>; announcement: string }
  | { type: 'start'; round: Round; announcement: string }
  | { type: 'restore'; draft: QuizDraft | null; questions: readonly QuizQuestion[]; announcement: string };

export function initialAttempt(seed: number): AttemptState {
  return {
    round: { mode: 'full', ids: null, seed },
    answers: {},
    results: {},
    checked: [],
    errors: {},
    current: null,
    generation: 0,
    resumed: false,
    loaded: false,
    announcement: '',
  };
}

function without<T>(record: Record<string, T>, id: string): Record<string, T> {
  if (!(id in record)) return record;
  const next = { ...record };
  delete next[id];
  return next;
}

export function attemptReducer(state: AttemptState, action: AttemptAction): AttemptState {
  switch (action.type) {
    case 'answer':
      if (state.results[action.id]) return state;
      return {
        ...state,
        answers: { ...state.answers, [action.id]: action.answer },
        errors: without(state.errors, action.id),
        current: action.id,
      };
    case 'error':
      return { ...state, errors: { ...state.errors, [action.id]: action.message }, current: action.id };
    case 'checked':
      if (state.results[action.id]) return state;
      return {
        ...state,
        answers: { ...state.answers, [action.id]: action.answer },
        results: { ...state.results, [action.id]: action.result },
        checked: [...state.checked, action.id],
        errors: without(state.errors, action.id),
        current: action.id,
        announcement: action.announcement,
      };
    case 'finish':
      return { ...state, answers: action.answers, resumed: false, announcement: action.announcement };
    case 'start':
      return {
        ...initialAttempt(action.round.seed),
        round: action.round,
        generation: state.generation + 1,
        loaded: true,
        announcement: action.announcement,
      };
    case 'restore': {
      if (state.loaded) return state; // only the first look at storage counts
      const d = action.draft;
      if (!d) return { ...state, loaded: true };
      const byId = new Map(action.questions.map((q) => [q.id, q]));
      const results: Record<string, QuestionResult> = {};
      for (const id of d.checked) {
        const q = byId.get(id);
        if (q) results[id] = scoreQuestion(q, d.answers[id]);
      }
      return {
        ...initialAttempt(d.seed),
        round: { mode: d.mode, ids: d.ids, seed: d.seed },
        answers: d.answers,
        results,
        checked: d.checked.filter((id) => results[id]),
        current: d.current,
        generation: state.generation + 1,
        resumed: true,
        loaded: true,
        announcement: action.announcement,
      };
    }
  }
}

/** True when the round holds anything worth saving. */
export function hasWork(input: Pick<AttemptState, 'answers' | 'checked'>): boolean {
  return input.checked.length > 0 || Object.keys(input.answers).length > 0;
}

/** How many of the asked questions hold an answer (checked or not). */
export function answeredCount(
  questions: readonly QuizQuestion[],
  answers: Readonly<Record<string, QuizAnswer | undefined>>,
): number {
  return questions.filter((q) => isAnswered(q, answers[q.id])).length;
}

/**
 * The question to carry on with: the last one worked on if it is not checked yet, else the next unchecked
 * one after it in display order (wrapping round), else null when every question is checked.
 */
export function resumeAt(
  order: readonly string[],
  checked: ReadonlySet<string>,
  current: string | null,
): string | null {
  const start = current === null ? 0 : Math.max(0, order.indexOf(current));
  for (let k = 0; k < order.length; k++) {
    const id = order[(start + k) % order.length] as string;
    if (!checked.has(id)) return id;
  }
  return null;
}
