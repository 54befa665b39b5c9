/**
 * Quiz content and answer types. Content is data (lessons/<slug>/quiz.ts); scoring lives in score.ts.
 * Every id is stable so that answers survive shuffling: answers refer to question ids and choice ids,
 * never to positions on screen.
 */

/** One option of a single-choice or multiple-select question. */
export interface QuizChoice {
  id: string;
  text: string;
  /**
   * Why this option is right or wrong, in one or two sentences. Shown after checking, next to the choice.
   * Every wrong option has its own rationale: "that's wrong" alone teaches nothing.
   */
  why: string;
}

interface QuestionBase {
  /** Stable id, unique within the quiz (used in saved attempts, so never reuse one for a new question). */
  id: string;
  /** Anchor id of the lesson section the question tests; the review links there. */
  sectionId: string;
  /** The question as asked. */
  prompt: string;
  /** The general explanation shown after checking, whatever was answered. */
  explanation: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
  kind: 'single';
  choices: QuizChoice[];
  /** Id of the one correct choice. */
  correct: string;
}

/** Scored all-or-nothing: right only when exactly the correct set is selected. */
export interface MultiSelectQuestion extends QuestionBase {
  kind: 'multi';
  choices: QuizChoice[];
  /** Ids of every correct choice (at least one). */
  correct: string[];
}

export interface CodeLine {
  /** The line as shown (indentation kept). */
  text: string;
  /**
   * Rationale when the learner picks this line. Lines without one (blank lines, braces) cannot be picked.
   */
  why?: string;
}

/** Show a short snippet; the learner picks the line that makes it slow. */
export interface SpotLineQuestion extends QuestionBase {
  kind: 'spot-line';
  /** Language of the snippet, for the caption ("TypeScript", "Python", "SQL"). */
  language: string;
  lines: CodeLine[];
  /** 1-based number of the slow line. */
  correctLine: number;
}

/** How close an entered number must be. */
export type NumberTolerance =
  { kind: 'exact' } | { kind: 'absolute'; plusMinus: number } | { kind: 'relative'; percent: number };

/** A typical wrong number with its own rationale (e.g. forgetting the first query of an N+1). */
export interface CommonWrongNumber {
  value: number;
  why: string;
}

export interface NumberQuestion extends QuestionBase {
  kind: 'number';
  answer: number;
  tolerance: NumberTolerance;
  /** Unit shown beside the input, e.g. "queries". */
  unit?: string;
  commonWrong: CommonWrongNumber[];
  /** Rationale for any other wrong number. */
  otherWrong: string;
}

export interface OrderStep {
  id: string;
  text: string;
  /** Why the step sits at its place; shown when the learner put it elsewhere. */
  why: string;
}

/** Put the steps in order; scored all-or-nothing on the whole order. */
export interface OrderQuestion extends QuestionBase {
  kind: 'order';
  /** The steps in the correct order. */
  steps: OrderStep[];
}

export type QuizQuestion =
  SingleChoiceQuestion | MultiSelectQuestion | SpotLineQuestion | NumberQuestion | OrderQuestion;

export type QuestionKind = QuizQuestion['kind'];

export interface Quiz {
  lessonSlug: string;
  title: string;
  /** Share of questions needed to pass, e.g. 0.8. */
  passRatio: number;
  questions: QuizQuestion[];
  /**
   * Ids of questions this quiz used to ask. Saved attempts may still name them; they are never reused for a
   * new question (a test checks it), so an old answer can never be scored against a different question.
   */
  retiredQuestionIds?: string[];
}

/** What the learner answered. Ids, not positions. */
export type QuizAnswer =
  | { kind: 'single'; choiceId: string }
  | { kind: 'multi'; choiceIds: string[] }
  | { kind: 'spot-line'; line: number }
  | { kind: 'number'; text: string }
  | { kind: 'order'; stepIds: string[] };

/** One rationale shown after checking, optionally tied to a choice/line/step id. */
export interface FeedbackNote {
  /** Choice id, step id, `line-<n>` or `number`. */
  target: string;
  tone: 'right' | 'wrong' | 'missed';
  text: string;
}

export interface QuestionResult {
  questionId: string;
  correct: boolean;
  /** Notes for what the learner chose (and what they missed), in display order. */
  notes: FeedbackNote[];
}
