import type {
  FeedbackNote,
  MultiSelectQuestion,
  NumberQuestion,
  NumberTolerance,
  OrderQuestion,
  QuestionResult,
  QuizAnswer,
  QuizQuestion,
  SingleChoiceQuestion,
  SpotLineQuestion,
} from './types';

/** Result of reading what the learner typed into a number question. */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

const MAX_NUMBER_INPUT = 40;

/**
 * Reads a typed number. Accepts digit grouping with commas, spaces, underscores or thin spaces
 * ("10,001", "10 001") and a decimal point. Anything else gets a message instead of a silent zero.
 */
export function parseNumberInput(text: string): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a number.' };
  if (trimmed.length > MAX_NUMBER_INPUT) return { ok: false, message: 'That is too long to be a number.' };
  const compact = trimmed.replace(/[\s,_\u2009\u202f]/g, '');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(compact)) {
    return { ok: false, message: `“${trimmed}” is not a number. Use digits only, e.g. 1001.` };
  }
  const value = Number(compact);
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large.' };
  return { ok: true, value };
}

/** True when `value` is within the tolerance of `answer`. */
export function withinTolerance(value: number, answer: number, tolerance: NumberTolerance): boolean {
  switch (tolerance.kind) {
    case 'exact':
      return value === answer;
    case 'absolute':
      return Math.abs(value - answer) <= tolerance.plusMinus;
    case 'relative':
      return Math.abs(value - answer) <= (Math.abs(answer) * tolerance.percent) / 100;
  }
}

/** Describes a tolerance for the learner, e.g. "exactly" or "within ±5%". */
export function describeTolerance(tolerance: NumberTolerance): string {
  switch (tolerance.kind) {
    case 'exact':
      return 'must be exact';
    case 'absolute':
      return `within ±${tolerance.plusMinus}`;
    case 'relative':
      return `within ±${tolerance.percent}%`;
  }
}

/** True when the answer holds something to check (a choice, a line, some text, a full order). */
export function isAnswered(question: QuizQuestion, answer: QuizAnswer | undefined): boolean {
  if (!answer || answer.kind !== question.kind) return false;
  switch (answer.kind) {
    case 'single':
      return answer.choiceId !== '';
    case 'multi':
      return answer.choiceIds.length > 0;
    case 'spot-line':
      return answer.line > 0;
    case 'number':
      return answer.text.trim() !== '';
    case 'order':
      return answer.stepIds.length > 0;
  }
}

function scoreSingle(q: SingleChoiceQuestion, choiceId: string): QuestionResult {
  const chosen = q.choices.find((c) => c.id === choiceId);
  const correct = choiceId === q.correct;
  const notes: FeedbackNote[] = [];
  if (chosen) notes.push({ target: chosen.id, tone: correct ? 'right' : 'wrong', text: chosen.why });
  if (!correct) {
    const right = q.choices.find((c) => c.id === q.correct);
    if (right) notes.push({ target: right.id, tone: 'missed', text: right.why });
  }
  return { questionId: q.id, correct, notes };
}

/** All-or-nothing: correct only when the selected set equals the correct set exactly. */
function scoreMulti(q: MultiSelectQuestion, choiceIds: string[]): QuestionResult {
  const picked = new Set(choiceIds);
  const right = new Set(q.correct);
  const notes: FeedbackNote[] = [];
  let correct = true;
  for (const c of q.choices) {
    const isPicked = picked.has(c.id);
    const isRight = right.has(c.id);
    if (isPicked !== isRight) correct = false;
    if (isPicked) notes.push({ target: c.id, tone: isRight ? 'right' : 'wrong', text: c.why });
    else if (isRight) notes.push({ target: c.id, tone: 'missed', text: c.why });
  }
  for (const id of picked) if (!q.choices.some((c) => c.id === id)) correct = false;
  return { questionId: q.id, correct, notes };
}

function scoreSpotLine(q: SpotLineQuestion, line: number): QuestionResult {
  const correct = line === q.correctLine;
  const notes: FeedbackNote[] = [];
  const picked = q.lines[line - 1];
  if (picked?.why)
    notes.push({ target: `line-${line}`, tone: correct ? 'right' : 'wrong', text: picked.why });
  if (!correct) {
    const right = q.lines[q.correctLine - 1];
    if (right?.why) notes.push({ target: `line-${q.correctLine}`, tone: 'missed', text: right.why });
  }
  return { questionId: q.id, correct, notes };
}

function scoreNumber(q: NumberQuestion, text: string): QuestionResult {
  const parsed = parseNumberInput(text);
  if (!parsed.ok) {
    return {
      questionId: q.id,
      correct: false,
      notes: [{ target: 'number', tone: 'wrong', text: parsed.message }],
    };
  }
  const correct = withinTolerance(parsed.value, q.answer, q.tolerance);
  if (correct) return { questionId: q.id, correct, notes: [] };
  const known = q.commonWrong.find((w) => withinTolerance(parsed.value, w.value, q.tolerance));
  return {
    questionId: q.id,
    correct,
    notes: [{ target: 'number', tone: 'wrong', text: known ? known.why : q.otherWrong }],
  };
}

/** All-or-nothing on the whole order; notes explain each step placed in the wrong position. */
function scoreOrder(q: OrderQuestion, stepIds: string[]): QuestionResult {
  const notes: FeedbackNote[] = [];
  let correct = stepIds.length === q.steps.length;
  q.steps.forEach((step, index) => {
    if (stepIds[index] !== step.id) {
      correct = false;
      const placedAt = stepIds.indexOf(step.id);
      const where = placedAt < 0 ? 'you left it out' : `you put it at ${placedAt + 1}`;
      notes.push({
        target: step.id,
        tone: 'wrong',
        text: `Belongs at step ${index + 1}; ${where}. ${step.why}`,
      });
    }
  });
  return { questionId: q.id, correct, notes };
}

/** Scores one answer. A missing answer, or one of the wrong kind, is simply not correct. */
export function scoreQuestion(question: QuizQuestion, answer: QuizAnswer | undefined): QuestionResult {
  if (!answer || answer.kind !== question.kind) {
    return { questionId: question.id, correct: false, notes: [] };
  }
  switch (question.kind) {
    case 'single':
      return scoreSingle(question, (answer as Extract<QuizAnswer, { kind: 'single' }>).choiceId);
    case 'multi':
      return scoreMulti(question, (answer as Extract<QuizAnswer, { kind: 'multi' }>).choiceIds);
    case 'spot-line':
      return scoreSpotLine(question, (answer as Extract<QuizAnswer, { kind: 'spot-line' }>).line);
    case 'number':
      return scoreNumber(question, (answer as Extract<QuizAnswer, { kind: 'number' }>).text);
    case 'order':
      return scoreOrder(question, (answer as Extract<QuizAnswer, { kind: 'order' }>).stepIds);
  }
}

/** The correct answer in words, for the review. */
export function describeCorrectAnswer(question: QuizQuestion): string {
  switch (question.kind) {
    case 'single':
      return question.choices.find((c) => c.id === question.correct)?.text ?? '';
    case 'multi':
      return question.choices
        .filter((c) => question.correct.includes(c.id))
        .map((c) => c.text)
        .join('; ');
    case 'spot-line':
      return `Line ${question.correctLine}: ${question.lines[question.correctLine - 1]?.text.trim() ?? ''}`;
    case 'number':
      return `${question.answer}${question.unit ? ` ${question.unit}` : ''} (${describeTolerance(question.tolerance)})`;
    case 'order':
      return question.steps.map((s, i) => `${i + 1}. ${s.text}`).join(' ');
  }
}
