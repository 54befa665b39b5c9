import { scoreQuestion } from './score';
import type { QuestionResult, QuizAnswer, QuizQuestion } from './types';

/** Share of questions needed to pass. 0.8 of 15 is 12. */
export const DEFAULT_PASS_RATIO = 0.8;

/** Fewest correct answers that pass: the ratio of the total, rounded up (80% of 15 → 12). */
export function passMark(total: number, ratio: number = DEFAULT_PASS_RATIO): number {
  // Small epsilon so 0.8 × 15 = 12.000000000000002 does not round up to 13.
  return Math.ceil(total * ratio - 1e-9);
}

export interface SectionTally {
  sectionId: string;
  correct: number;
  total: number;
}

export interface AttemptSummary {
  score: number;
  total: number;
  passMark: number;
  passed: boolean;
  /** Questions not answered at all (they count as missed). */
  unanswered: string[];
  /** Ids of questions answered wrongly or not at all, in the order they were asked. */
  missed: string[];
  results: QuestionResult[];
  /** Per section, in order of first appearance, to point the learner at what to reread. */
  bySection: SectionTally[];
}

/**
 * Scores a whole attempt. `askedIds` is the order the learner saw; only those questions count, so a
 * practice round over a subset is scored over that subset.
 */
export function summarizeAttempt(
  questions: readonly QuizQuestion[],
  askedIds: readonly string[],
  answers: Readonly<Record<string, QuizAnswer | undefined>>,
  ratio: number = DEFAULT_PASS_RATIO,
): AttemptSummary {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const results: QuestionResult[] = [];
  const missed: string[] = [];
  const unanswered: string[] = [];
  const sections = new Map<string, SectionTally>();
  for (const id of askedIds) {
    const q = byId.get(id);
    if (!q) continue;
    const answer = answers[id];
    const result = scoreQuestion(q, answer);
    results.push(result);
    if (!answer) unanswered.push(id);
    if (!result.correct) missed.push(id);
    const tally = sections.get(q.sectionId) ?? { sectionId: q.sectionId, correct: 0, total: 0 };
    tally.total += 1;
    if (result.correct) tally.correct += 1;
    sections.set(q.sectionId, tally);
  }
  const total = results.length;
  const score = total - missed.length;
  const mark = passMark(total, ratio);
  return {
    score,
    total,
    passMark: mark,
    passed: total > 0 && score >= mark,
    unanswered,
    missed,
    results,
    bySection: [...sections.values()],
  };
}

/** The questions to practise: those missed, in their original quiz order. */
export function missedSubset(
  questions: readonly QuizQuestion[],
  missedIds: readonly string[],
): QuizQuestion[] {
  const missed = new Set(missedIds);
  return questions.filter((q) => missed.has(q.id));
}
