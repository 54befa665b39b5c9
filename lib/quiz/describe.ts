import type { QuizAnswer, QuizQuestion } from './types';

/** What the learner answered, in words, for the review. */
export function describeGivenAnswer(question: QuizQuestion, answer: QuizAnswer | undefined): string {
  if (!answer || answer.kind !== question.kind) return 'No answer';
  switch (answer.kind) {
    case 'single': {
      if (question.kind !== 'single') return 'No answer';
      return question.choices.find((c) => c.id === answer.choiceId)?.text ?? 'No answer';
    }
    case 'multi': {
      if (question.kind !== 'multi' || answer.choiceIds.length === 0) return 'No answer';
      return question.choices
        .filter((c) => answer.choiceIds.includes(c.id))
        .map((c) => c.text)
        .join('; ');
    }
    case 'spot-line': {
      if (question.kind !== 'spot-line') return 'No answer';
      const line = question.lines[answer.line - 1];
      return line ? `Line ${answer.line}: ${line.text.trim()}` : 'No answer';
    }
    case 'number':
      return answer.text.trim() === '' ? 'No answer' : answer.text.trim();
    case 'order': {
      if (question.kind !== 'order') return 'No answer';
      return answer.stepIds
        .map((id, i) => `${i + 1}. ${question.steps.find((s) => s.id === id)?.text ?? id}`)
        .join(' ');
    }
  }
}
