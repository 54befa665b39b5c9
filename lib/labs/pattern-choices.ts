/**
 * The answers offered when a learner names the pattern of a lab they passed: every row of the lesson's
 * pattern table, then any pattern a lab teaches that the table does not list (named after the section
 * that lab practises). Pure; the lesson and its labs are passed in.
 */
import type { Lesson } from '@/lib/lesson/types';
import type { Lab } from './types';

export interface PatternChoice {
  id: string;
  label: string;
}

export function patternChoices(
  lesson: Pick<Lesson, 'patterns' | 'sections'>,
  labs: readonly Pick<Lab, 'pattern' | 'sectionId'>[],
): PatternChoice[] {
  const out: PatternChoice[] = lesson.patterns.map((p) => ({ id: p.id, label: p.pattern }));
  for (const lab of labs) {
    if (out.some((c) => c.id === lab.pattern)) continue;
    const section = lesson.sections.find((s) => s.id === lab.sectionId);
    out.push({ id: lab.pattern, label: section?.title ?? lab.pattern });
  }
  return out;
}

/** One line of feedback on a named pattern. */
export function patternFeedback(
  choices: readonly PatternChoice[],
  chosen: string,
  lab: Pick<Lab, 'pattern' | 'patternNote'>,
): { correct: boolean; text: string } {
  const right = choices.find((c) => c.id === lab.pattern)?.label ?? lab.pattern;
  const correct = chosen === lab.pattern;
  return {
    correct,
    text: correct ? `Yes: ${right}. ${lab.patternNote}` : `Not quite: this was ${right}. ${lab.patternNote}`,
  };
}
