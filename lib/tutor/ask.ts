/** The tutor's one entry point for a typed question: retrieve, then compose (or refuse). */
import { composeAnswer, refusal } from './compose-answer';
import { retrieve, type Retrieval } from './retrieve';
import type { TutorIndex } from './search-index';
import type { TutorAnswer } from './types';

/** Longest question accepted; longer input is cut, never rejected. */
export const MAX_QUESTION_CHARS = 500;

export interface AskResult {
  answer: TutorAnswer;
  retrieval: Retrieval | null;
}

export function ask(index: TutorIndex, question: string): AskResult {
  const q = question.trim().slice(0, MAX_QUESTION_CHARS);
  if (q.length === 0) return { answer: refusal(null), retrieval: null };
  const retrieval = retrieve(index, q);
  const answer = composeAnswer(retrieval);
  // The section the answer is quoted from leads the ranking (it can differ from the best-scoring section
  // when that one matched only through an example or code, which is never quoted).
  const from = answer.kind === 'answer' ? answer.citations[0]?.sectionId : undefined;
  const lead = retrieval.sections.findIndex((s) => s.sectionId === from);
  if (lead > 0) retrieval.sections.unshift(...retrieval.sections.splice(lead, 1));
  return { answer, retrieval };
}
